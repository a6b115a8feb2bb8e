/**
 * Root finding and maximum refinement on an interval, for the Leggett-Garg maximum (paper 000 eq. (19))
 * and the borderlines in the (Γ, T_M) plane (paper 000 Sec. IV, eq. (25)).
 */

/** Failure to find a root: reported by the callers as a finding, never replaced by a guess. */
export class RootFindingError extends Error {
  override name = "RootFindingError";
}

/**
 * A zero of a continuous f on [a, b] with f(a)·f(b) ≤ 0, by Brent's method (inverse quadratic
 * interpolation safeguarded by bisection; Brent, "Algorithms for Minimization without Derivatives",
 * 1973, ch. 4). Stops when the bracket is narrower than `tolerance` (absolute, in x).
 */
export function brentRoot(
  f: (x: number) => number,
  a: number,
  b: number,
  tolerance: number,
  maxIterations = 200,
): number {
  let fa = f(a);
  let fb = f(b);
  if (fa === 0) return a;
  if (fb === 0) return b;
  if (!(fa * fb < 0)) {
    throw new RootFindingError(`no sign change on [${a}, ${b}]: f = ${fa}, ${fb}`);
  }
  let c = a;
  let fc = fa;
  let d = b - a;
  let e = d;
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    if (fb * fc > 0) {
      c = a;
      fc = fa;
      d = b - a;
      e = d;
    }
    if (Math.abs(fc) < Math.abs(fb)) {
      a = b;
      b = c;
      c = a;
      fa = fb;
      fb = fc;
      fc = fa;
    }
    const tol = 2 * Number.EPSILON * Math.abs(b) + 0.5 * tolerance;
    const m = 0.5 * (c - b);
    if (Math.abs(m) <= tol || fb === 0) return b;
    if (Math.abs(e) >= tol && Math.abs(fa) > Math.abs(fb)) {
      const s = fb / fa;
      let p: number;
      let q: number;
      if (a === c) {
        p = 2 * m * s;
        q = 1 - s;
      } else {
        const r = fb / fc;
        const t = fa / fc;
        p = s * (2 * m * t * (t - r) - (b - a) * (r - 1));
        q = (t - 1) * (r - 1) * (s - 1);
      }
      if (p > 0) q = -q;
      else p = -p;
      if (2 * p < Math.min(3 * m * q - Math.abs(tol * q), Math.abs(e * q))) {
        e = d;
        d = p / q;
      } else {
        d = m;
        e = m;
      }
    } else {
      d = m;
      e = m;
    }
    a = b;
    fa = fb;
    b += Math.abs(d) > tol ? d : m > 0 ? tol : -tol;
    fb = f(b);
  }
  throw new RootFindingError(`no convergence in ${maxIterations} iterations on [${a}, ${c}]`);
}

/**
 * The maximum of a smooth f inside [lo, hi], given f′(lo) ≥ 0 ≥ f′(hi): Newton's method on f′ = 0
 * using f″, falling back to bisection of the bracket whenever a Newton step leaves it or f″ ≥ 0.
 * `derivatives(x)` returns [f′(x), f″(x)]. Converges to |Δx| ≤ tolerance.
 */
export function refineMaximum(
  derivatives: (x: number) => [number, number],
  lo: number,
  hi: number,
  tolerance: number,
  maxIterations = 100,
): number {
  let x = 0.5 * (lo + hi);
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    const [slope, curvature] = derivatives(x);
    if (slope > 0) lo = x;
    else hi = x;
    const newton = curvature < 0 ? x - slope / curvature : Number.NaN;
    const next = newton > lo && newton < hi ? newton : 0.5 * (lo + hi);
    const step = Math.abs(next - x);
    x = next;
    if (step <= tolerance || hi - lo <= tolerance) return x;
  }
  throw new RootFindingError(
    `maximum refinement did not converge in ${maxIterations} iterations on [${lo}, ${hi}]`,
  );
}
