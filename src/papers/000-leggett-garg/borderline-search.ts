import { brentRoot, RootFindingError } from "../../measures/root-finding.js";

/**
 * How the borderlines of paper 000 Fig. 3a (000_47becd3a7196453b.txt Sec. IV, eq. (25)) are searched in the
 * mean temperature T_M, for the engines and for the paper's analytic MLGI alike: the first sign change of a
 * function of T_M on a geometric scan, refined by Brent's method in ln T_M, and the curvature of the MLGI in
 * the bias ΔT at ΔT = 0 as a second difference.
 */

/** Relative precision of the borderline temperatures. */
const RELATIVE_TOLERANCE = 1e-7;
/** ΔT = ±h with h = this × T_M for the second difference in ΔT. */
const RELATIVE_BIAS_STEP = 1e-2;
/** Temperature scan for a bracket: from T_LOW (where r₂₃ ~ e^{−2V/T} is still ≫ round-off) upwards by a constant factor. */
export const T_LOW = 0.3;
export const T_HIGH = 1e6;
const SCAN_FACTOR = 1.5;

/** First sign change of f on the geometric grid T_LOW · SCAN_FACTOR^k, refined by Brent's method in ln T. */
export function firstSignChange(f: (T: number) => number, what: string): number {
  let previousT = T_LOW;
  let previous = f(previousT);
  for (let T = T_LOW * SCAN_FACTOR; T <= T_HIGH; T *= SCAN_FACTOR) {
    const value = f(T);
    if (Math.sign(value) !== Math.sign(previous) && value !== 0) {
      if (previous === 0) return previousT;
      const root = brentRoot((u) => f(Math.exp(u)), Math.log(previousT), Math.log(T), RELATIVE_TOLERANCE);
      return Math.exp(root);
    }
    previousT = T;
    previous = value;
  }
  throw new RootFindingError(`${what}: no sign change for ${T_LOW} ≤ T_M ≤ ${T_HIGH}`);
}

/** ∂²M/∂ΔT² at ΔT = 0 as (M(h) − 2M(0) + M(−h))/h², h = 1e-2 T_M. */
export function biasCurvature(mlgi: (TM: number, dT: number) => number, TM: number): number {
  const h = RELATIVE_BIAS_STEP * TM;
  return (mlgi(TM, h) - 2 * mlgi(TM, 0) + mlgi(TM, -h)) / (h * h);
}
