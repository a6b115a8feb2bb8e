import { addScaledInPlace, ComplexMatrix, scale } from "../../src/linalg/complex-matrix.js";
import { SiteSpace } from "../../src/operators/site-space.js";
import { parseInitialState } from "../../src/physics/named-states.js";

/** Two spins, the space of the named two-qubit states. */
export const TWO_QUBITS = new SiteSpace([
  { name: "q0", kind: "spin", levels: 2 },
  { name: "q1", kind: "spin", levels: 2 },
]);

/** λ|ψ−⟩⟨ψ−| + (1 − λ)1/4: the Werner state of visibility λ (the singlet at λ = 1; a state only for λ ≤ 1). */
export function werner(visibility: number): ComplexMatrix {
  const rho = scale(parseInitialState("psi-", TWO_QUBITS), visibility);
  return addScaledInPlace(rho, ComplexMatrix.identity(4), (1 - visibility) / 4);
}
