import type { ComplexMatrix } from "../linalg/complex-matrix.js";

/** ‖A‖₁ = max_j Σ_i |a_ij| (largest column sum): a bound on the fastest rate in exp(Aτ). */
export function oneNormOf(a: ComplexMatrix): number {
  let best = 0;
  for (let j = 0; j < a.cols; j++) {
    let sum = 0;
    for (let i = 0; i < a.rows; i++)
      sum += Math.hypot(a.data[2 * (i * a.cols + j)], a.data[2 * (i * a.cols + j) + 1]);
    best = Math.max(best, sum);
  }
  return best;
}
