import type { ComplexMatrix } from "../linalg/complex-matrix.js";
import { type HermitianEigenDecomposition, hermitianEigen } from "../linalg/eigen.js";
import type { Problem } from "./problem.js";

const cache = new WeakMap<ComplexMatrix, HermitianEigenDecomposition>();

/**
 * The eigendecomposition of the problem's H_S, computed once per H_S matrix and shared by the engines and
 * the measures (global jump operators, energy coherence), and by the problems of a sweep that share one
 * H_S (build-problem.ts). Treat both as read-only.
 */
export function hamiltonianEigenOf(problem: Problem): HermitianEigenDecomposition {
  return eigenOf(problem.hamiltonian.dense());
}

/** The eigendecomposition of a Hermitian matrix, computed once per matrix object (treat both as read-only). */
export function eigenOf(hamiltonian: ComplexMatrix): HermitianEigenDecomposition {
  let eigen = cache.get(hamiltonian);
  if (!eigen) {
    eigen = hermitianEigen(hamiltonian);
    cache.set(hamiltonian, eigen);
  }
  return eigen;
}
