import { type HermitianEigenDecomposition, hermitianEigen } from "../linalg/eigen.js";
import type { Problem } from "./problem.js";

const cache = new WeakMap<Problem, HermitianEigenDecomposition>();

/**
 * The eigendecomposition of the problem's H_S, computed once per problem and shared by the engines and
 * the measures (global jump operators, energy coherence). Treat it as read-only.
 */
export function hamiltonianEigenOf(problem: Problem): HermitianEigenDecomposition {
  let eigen = cache.get(problem);
  if (!eigen) {
    eigen = hermitianEigen(problem.hamiltonian);
    cache.set(problem, eigen);
  }
  return eigen;
}
