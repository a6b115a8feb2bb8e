import { refineMaximum } from "./root-finding.js";
import { oneNormOf } from "./superoperator-norm.js";
import type { GeneratorCorrelation } from "./two-time-correlation.js";

/**
 * Leggett-Garg quantities of paper 000 (000_47becd3a7196453b.txt) in the steady state, with t₁ = 0,
 * t₂ = τ, t₃ = 2τ:
 *   C(τ) = 1 − 4p₊ + 4 Re g(τ)                       eq. (18)
 *   F(0, τ, 2τ) = 1 − 4p₊ + 4 Re[2g(τ) − g(2τ)] ≤ 1    eq. (19) (the LGI; quantum mechanics allows up to 3/2)
 *   MLGI = max_τ F − 1 over the first window where F > 1 (Sec. III B).
 */

/** The tolerance in τ to which the position of the maximal violation is refined. */
export const TAU_TOLERANCE = 1e-9;
/** F − 1 must exceed this to count as a violation (round-off in F is ~1e-15). */
const VIOLATION_THRESHOLD = 1e-12;

export interface LgiCurve {
  tau: number[];
  F: number[];
  C: number[];
}

export interface MaximalViolation {
  /** max F − 1 over the first violation window, 0 when F ≤ 1 up to the horizon. */
  mlgi: number;
  /** Where the maximum is, refined to TAU_TOLERANCE; null without violation. */
  tauAtMax: number | null;
  /** The first window [start, end] where F > 1, its ends roots of F = 1 to 1e-9 (end null if it is still open at the horizon). */
  window: [number, number | null] | null;
}

export interface ScanOptions {
  /** Grid step of the scan before refinement (default 0.5/‖L‖₁: ≥ 12 points per fastest period). */
  step?: number;
  /** Scan up to this τ (default 100/‖L‖₁, ≈ 16 periods of the fastest oscillation). */
  horizon?: number;
}

/** C(τ) of eq. (18) from Re g(τ). */
export function correlationFromG(pPlus: number, reG: number): number {
  return 1 - 4 * pPlus + 4 * reG;
}

/** F(0, τ, 2τ) of eq. (19) from Re g(τ) and Re g(2τ). */
export function lgiFromG(pPlus: number, reGTau: number, reGTwoTau: number): number {
  return 1 - 4 * pPlus + 4 * (2 * reGTau - reGTwoTau);
}

/** C and F on the grid τ_k = k·tauMax/(points − 1). */
export function lgiCurve(correlation: GeneratorCorrelation, tauMax: number, points: number): LgiCurve {
  const step = points > 1 ? tauMax / (points - 1) : 0;
  const g = correlation.realOnGrid(step, 2 * points - 1);
  const tau: number[] = [];
  const F: number[] = [];
  const C: number[] = [];
  for (let k = 0; k < points; k++) {
    tau.push(k * step);
    C.push(correlationFromG(correlation.pPlus, g[k]));
    F.push(lgiFromG(correlation.pPlus, g[k], g[2 * k]));
  }
  return { tau, F, C };
}

/** F(0, τ, 2τ) at one τ (one matrix exponential). */
export function lgiAt(correlation: GeneratorCorrelation, tau: number): number {
  const [[gTau], [gTwoTau]] = correlation.realDerivativesAtTauAndTwoTau(tau);
  return lgiFromG(correlation.pPlus, gTau, gTwoTau);
}

/**
 * MLGI: scans F on a grid (g on τ_k and 2τ_k from one propagator), finds the first window where F > 1
 * — it opens at τ = 0 when F″(0) = −8 Re g″(0) > 0, since F(0) = 1 and F′(0) = 0 — and refines the
 * maximum inside it by Newton's method on F′(τ) = 4 Re[2g′(τ) − 2g′(2τ)] with
 * F″(τ) = 4 Re[2g″(τ) − 4g″(2τ)], to TAU_TOLERANCE in τ.
 */
export function maximalViolation(
  correlation: GeneratorCorrelation,
  options: ScanOptions = {},
): MaximalViolation {
  const norm = oneNormOf(correlation.liouvillian);
  const step = options.step ?? 0.5 / norm;
  const horizon = options.horizon ?? 100 / norm;
  const count = Math.max(2, Math.ceil(horizon / step));
  const g = correlation.realGrid(step);
  const p = correlation.pPlus;
  const opensAtZero = -8 * correlation.secondDerivativeAtZero() > 0;
  let start: number | null = opensAtZero ? 0 : null;
  let best = 0;
  let bestValue = 1;
  let end: number | null = null;
  for (let k = 1; k <= count; k++) {
    const F = lgiFromG(p, g(k), g(2 * k));
    const violated = F - 1 > VIOLATION_THRESHOLD;
    if (start === null) {
      if (!violated) continue;
      start = (k - 1) * step;
    }
    if (violated && F > bestValue) {
      best = k;
      bestValue = F;
    }
    if (!violated) {
      end = k * step;
      break;
    }
  }
  if (start === null) return { mlgi: 0, tauAtMax: null, window: null };
  const derivatives = (tau: number): [number, number] => {
    const [[, g1, g2], [, h1, h2]] = correlation.realDerivativesAtTauAndTwoTau(tau);
    return [4 * (2 * g1 - 2 * h1), 4 * (2 * g2 - 4 * h2)];
  };
  const lo = Math.max(0, (best - 1) * step);
  const hi = (best + 1) * step;
  const tauAtMax = refineMaximum(derivatives, lo, hi, TAU_TOLERANCE);
  const mlgi = Math.max(0, lgiAt(correlation, tauAtMax) - 1);
  // the window's ends are roots of F(τ) = 1 between the grid points that bracket them
  const excess = (tau: number) => lgiAt(correlation, tau) - 1;
  const opening = start === 0 ? 0 : bisectRoot(excess, start, start + step, TAU_TOLERANCE);
  const closing = end === null ? null : bisectRoot(excess, end - step, end, TAU_TOLERANCE);
  return { mlgi, tauAtMax, window: [opening, closing] };
}

/** A root of f in [a, b] where f changes sign, by bisection to `tolerance` in the argument. */
function bisectRoot(f: (x: number) => number, a: number, b: number, tolerance: number): number {
  let [lo, hi] = [a, b];
  let fLo = f(lo);
  while (hi - lo > tolerance) {
    const mid = (lo + hi) / 2;
    const fMid = f(mid);
    if (Math.sign(fMid) === Math.sign(fLo)) [lo, fLo] = [mid, fMid];
    else hi = mid;
  }
  return (lo + hi) / 2;
}
