import { addScaledInPlace, ComplexMatrix, scale } from "../../src/linalg/complex-matrix.js";
import { parseInitialState } from "../../src/physics/named-states.js";

/** λ|ψ−⟩⟨ψ−| + (1 − λ)1/4: the Werner state of visibility λ (the singlet at λ = 1; a state only for λ ≤ 1). */
export function werner(visibility: number): ComplexMatrix {
  const rho = scale(parseInitialState("psi-", 2), visibility);
  return addScaledInPlace(rho, ComplexMatrix.identity(4), (1 - visibility) / 4);
}
