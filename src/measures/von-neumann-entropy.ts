import type { ComplexMatrix } from "../linalg/complex-matrix.js";
import { hermitianEigenvalues } from "../linalg/eigen.js";

/**
 * Eigenvalues of a density matrix may come out of a solver slightly negative through rounding. Values in
 * [−NEGATIVE_EIGENVALUE_TOLERANCE, 0) are treated as 0; anything more negative means ρ is not a density
 * matrix (not positive semidefinite).
 */
export const NEGATIVE_EIGENVALUE_TOLERANCE = 1e-12;

/**
 * Von Neumann entropy S(ρ) = −Tr ρ ln ρ = −Σ_k p_k ln p_k in nats, from the eigenvalues p_k of ρ
 * (0 ln 0 = 0). ρ is taken as given (no renormalisation): pass a state with Tr ρ = 1.
 * Throws a RangeError if an eigenvalue is below −NEGATIVE_EIGENVALUE_TOLERANCE.
 */
export function vonNeumannEntropy(rho: ComplexMatrix): number {
  return entropyOfSpectrum(hermitianEigenvalues(rho));
}

/** S = −Σ_k p_k ln p_k for the eigenvalues p_k of a density matrix (same clipping rule as above). */
export function entropyOfSpectrum(eigenvalues: ArrayLike<number>): number {
  let entropy = 0;
  for (let k = 0; k < eigenvalues.length; k++) {
    const p = eigenvalues[k];
    if (p > 0) {
      entropy -= p * Math.log(p);
    } else if (!(p >= -NEGATIVE_EIGENVALUE_TOLERANCE)) {
      throw new RangeError(`invalid argument. not a density matrix: eigenvalue ${p}.`);
    }
  }
  return entropy;
}
