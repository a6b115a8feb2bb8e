import { adjoint, ComplexMatrix, multiply } from "../linalg/complex-matrix.js";
import { hermitianEigen } from "../linalg/eigen.js";

/**
 * Grand-canonical Gibbs state ρ = exp(−(H − μN)/T) / Z, computed in the eigenbasis of K = H − μN with
 * the smallest eigenvalue subtracted (no overflow at low T). Requires T > 0 and [H, N] = 0 when μ ≠ 0.
 */
export function gibbsState(
  hamiltonian: ComplexMatrix,
  temperature: number,
  numberOperator?: ComplexMatrix,
  chemicalPotential = 0,
): ComplexMatrix {
  if (!(temperature > 0) || !Number.isFinite(temperature)) {
    throw new RangeError(`invalid argument. Temperature must be positive and finite. Value: ${temperature}.`);
  }
  let grand = hamiltonian;
  if (chemicalPotential !== 0) {
    if (!numberOperator)
      throw new TypeError("invalid argument. A chemical potential needs the number operator.");
    grand = hamiltonian.clone();
    for (let k = 0; k < grand.data.length; k++) grand.data[k] -= chemicalPotential * numberOperator.data[k];
  }
  const { values, vectors } = hermitianEigen(grand);
  const weights = Array.from(values, (e) => Math.exp(-(e - values[0]) / temperature));
  const partition = weights.reduce((a, b) => a + b, 0);
  const diagonal = ComplexMatrix.diagonal(weights.map((w) => w / partition));
  return multiply(multiply(vectors, diagonal), adjoint(vectors));
}
