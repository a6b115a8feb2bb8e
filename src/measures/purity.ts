import { assertSquare, type ComplexMatrix } from "../linalg/complex-matrix.js";

/**
 * Purity Tr ρ² = Σ_ij ρ_ij ρ_ji (= Σ_ij |ρ_ij|² for Hermitian ρ): 1 for a pure state, 1/d for the maximally
 * mixed state of dimension d. The real part is returned.
 */
export function purity(rho: ComplexMatrix): number {
  assertSquare(rho, "Density matrix");
  const n = rho.rows;
  const r = rho.data;
  let sum = 0;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const ij = 2 * (i * n + j);
      const ji = 2 * (j * n + i);
      sum += r[ij] * r[ji] - r[ij + 1] * r[ji + 1];
    }
  }
  return sum;
}
