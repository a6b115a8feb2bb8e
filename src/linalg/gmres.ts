/**
 * Restarted GMRES(k) with right preconditioning for complex linear systems A x = b (Saad, Iterative
 * Methods for Sparse Linear Systems, 2nd ed., Alg. 6.9 and Sec. 9.3.2): it minimises the true residual
 * ‖b − A M⁻¹ u‖ over the Krylov space of A M⁻¹ and returns x = M⁻¹ u. Vectors are interleaved complex
 * Float64Arrays of length 2N; `apply` writes y = A x and `precondition` y = M⁻¹ x into caller-given
 * outputs. Arnoldi by modified Gram-Schmidt with one reorthogonalisation, the Hessenberg matrix reduced
 * by complex Givens rotations.
 */
export interface GmresOptions {
  /** Stop when ‖b − A x‖ ≤ tolerance·‖b‖. */
  tolerance: number;
  /** Krylov vectors kept before a restart. */
  restart: number;
  /** Total iterations (matrix-vector products) allowed. */
  maxIterations: number;
  /** Starting guess (default 0). */
  initial?: Float64Array;
}

export interface GmresResult {
  x: Float64Array;
  iterations: number;
  /** ‖b − A x‖ / ‖b‖ at the end. */
  relativeResidual: number;
  converged: boolean;
}

type LinearMap = (x: Float64Array, y: Float64Array) => void;

export function gmres(
  apply: LinearMap,
  precondition: LinearMap,
  b: Float64Array,
  options: GmresOptions,
): GmresResult {
  const length = b.length;
  const k = Math.max(1, options.restart);
  const bNorm = norm(b);
  const x = options.initial ? options.initial.slice() : new Float64Array(length);
  if (bNorm === 0)
    return { x: new Float64Array(length), iterations: 0, relativeResidual: 0, converged: true };
  const target = options.tolerance * bNorm;
  const basis: Float64Array[] = [];
  for (let j = 0; j <= k; j++) basis.push(new Float64Array(length));
  // Hessenberg matrix H (k+1)×k, column-major complex: H[i + j(k+1)]
  const hRe = new Float64Array((k + 1) * k);
  const hIm = new Float64Array((k + 1) * k);
  const cs = new Float64Array(k);
  const snRe = new Float64Array(k);
  const snIm = new Float64Array(k);
  const gRe = new Float64Array(k + 1);
  const gIm = new Float64Array(k + 1);
  const preconditioned = new Float64Array(length);
  const w = new Float64Array(length);
  let iterations = 0;
  let residualNorm = Number.POSITIVE_INFINITY;

  while (iterations < options.maxIterations) {
    // r = b − A x
    const r = basis[0];
    if (iterations === 0 && !options.initial) r.set(b);
    else {
      apply(x, w);
      for (let t = 0; t < length; t++) r[t] = b[t] - w[t];
    }
    const beta = norm(r);
    residualNorm = beta;
    if (beta <= target) break;
    for (let t = 0; t < length; t++) r[t] /= beta;
    gRe.fill(0);
    gIm.fill(0);
    gRe[0] = beta;
    hRe.fill(0);
    hIm.fill(0);
    let j = 0;
    for (; j < k && iterations < options.maxIterations; j++) {
      iterations++;
      precondition(basis[j], preconditioned);
      apply(preconditioned, w);
      // modified Gram-Schmidt, twice
      for (let pass = 0; pass < 2; pass++) {
        for (let i = 0; i <= j; i++) {
          const [pr, pi] = innerProduct(basis[i], w);
          hRe[i + j * (k + 1)] += pr;
          hIm[i + j * (k + 1)] += pi;
          const v = basis[i];
          for (let t = 0; t < length; t += 2) {
            w[t] -= pr * v[t] - pi * v[t + 1];
            w[t + 1] -= pr * v[t + 1] + pi * v[t];
          }
        }
      }
      const h = norm(w);
      hRe[j + 1 + j * (k + 1)] = h;
      if (h > 0) {
        const next = basis[j + 1];
        for (let t = 0; t < length; t++) next[t] = w[t] / h;
      }
      // apply the previous rotations to the new column
      for (let i = 0; i < j; i++) {
        const a = i + j * (k + 1);
        const c = a + 1;
        const [xr, xi, yr, yi] = [hRe[a], hIm[a], hRe[c], hIm[c]];
        // [x; y] ← [c x + s y; −conj(s) x + c y]
        hRe[a] = cs[i] * xr + (snRe[i] * yr - snIm[i] * yi);
        hIm[a] = cs[i] * xi + (snRe[i] * yi + snIm[i] * yr);
        hRe[c] = -(snRe[i] * xr + snIm[i] * xi) + cs[i] * yr;
        hIm[c] = -(snRe[i] * xi - snIm[i] * xr) + cs[i] * yi;
      }
      // new rotation annihilating H[j+1, j]
      const a = j + j * (k + 1);
      const [ar, ai, br, bi] = [hRe[a], hIm[a], hRe[a + 1], hIm[a + 1]];
      const aAbs = Math.hypot(ar, ai);
      const bAbs = Math.hypot(br, bi);
      const rho = Math.hypot(aAbs, bAbs);
      if (rho === 0) {
        cs[j] = 1;
        snRe[j] = 0;
        snIm[j] = 0;
      } else if (aAbs === 0) {
        cs[j] = 0;
        // s = conj(b)/|b| so that s·b = |b|
        snRe[j] = br / bAbs;
        snIm[j] = -bi / bAbs;
      } else {
        cs[j] = aAbs / rho;
        // s = (a/|a|)·conj(b)/ρ
        const ur = ar / aAbs;
        const ui = ai / aAbs;
        snRe[j] = (ur * br + ui * bi) / rho;
        snIm[j] = (ui * br - ur * bi) / rho;
      }
      hRe[a] = cs[j] * ar + (snRe[j] * br - snIm[j] * bi);
      hIm[a] = cs[j] * ai + (snRe[j] * bi + snIm[j] * br);
      hRe[a + 1] = 0;
      hIm[a + 1] = 0;
      const [gr, gi] = [gRe[j], gIm[j]];
      gRe[j] = cs[j] * gr;
      gIm[j] = cs[j] * gi;
      gRe[j + 1] = -(snRe[j] * gr + snIm[j] * gi);
      gIm[j + 1] = -(snRe[j] * gi - snIm[j] * gr);
      residualNorm = Math.hypot(gRe[j + 1], gIm[j + 1]);
      if (residualNorm <= target || h === 0) {
        j++;
        break;
      }
    }
    // y = H⁻¹ g (upper triangular j×j), u = Σ y_i v_i, x += M⁻¹ u
    const yRe = new Float64Array(j);
    const yIm = new Float64Array(j);
    for (let i = j - 1; i >= 0; i--) {
      let sr = gRe[i];
      let si = gIm[i];
      for (let l = i + 1; l < j; l++) {
        const hr = hRe[i + l * (k + 1)];
        const hi = hIm[i + l * (k + 1)];
        sr -= hr * yRe[l] - hi * yIm[l];
        si -= hr * yIm[l] + hi * yRe[l];
      }
      const dr = hRe[i + i * (k + 1)];
      const di = hIm[i + i * (k + 1)];
      const d2 = dr * dr + di * di;
      yRe[i] = (sr * dr + si * di) / d2;
      yIm[i] = (si * dr - sr * di) / d2;
    }
    w.fill(0);
    for (let i = 0; i < j; i++) {
      const v = basis[i];
      const [cr, ci] = [yRe[i], yIm[i]];
      for (let t = 0; t < length; t += 2) {
        w[t] += cr * v[t] - ci * v[t + 1];
        w[t + 1] += cr * v[t + 1] + ci * v[t];
      }
    }
    precondition(w, preconditioned);
    for (let t = 0; t < length; t++) x[t] += preconditioned[t];
    if (residualNorm <= target) break;
  }
  // the true residual of the returned x
  apply(x, w);
  let trueNorm = 0;
  for (let t = 0; t < length; t++) trueNorm += (b[t] - w[t]) ** 2;
  const relativeResidual = Math.sqrt(trueNorm) / bNorm;
  return { x, iterations, relativeResidual, converged: relativeResidual <= options.tolerance * 10 };
}

function norm(v: Float64Array): number {
  let s = 0;
  for (let t = 0; t < v.length; t++) s += v[t] * v[t];
  return Math.sqrt(s);
}

/** ⟨u, v⟩ = Σ conj(u_t) v_t. */
function innerProduct(u: Float64Array, v: Float64Array): [number, number] {
  let re = 0;
  let im = 0;
  for (let t = 0; t < u.length; t += 2) {
    re += u[t] * v[t] + u[t + 1] * v[t + 1];
    im += u[t] * v[t + 1] - u[t + 1] * v[t];
  }
  return [re, im];
}
