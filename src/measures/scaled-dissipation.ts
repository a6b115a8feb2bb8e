import { addScaledInPlace, type ComplexMatrix } from "../linalg/complex-matrix.js";
import type { DenseGenerator, MarkovianGenerator } from "../superoperators/markovian-generator.js";
import { type Superoperator, SumSuperoperator } from "../superoperators/superoperator.js";

/**
 * L_s = −i[H,·] + s·Σ_α D_α + (extra terms): every bath dissipator scaled by s, i.e. the same engine at
 * all system-bath couplings multiplied by s when the dissipators are linear in the coupling (a flat
 * spectral density of strength Γ → sΓ, as in paper 000). Used for the Γ → 0 limit (eq. (23)) and the
 * Γ-independence of the global steady state (eq. (22)).
 */
export function scaledDissipation(generator: MarkovianGenerator, s: number): Superoperator {
  return new SumSuperoperator([
    { weight: 1, superoperator: generator.liouvillian },
    ...Object.values(generator.bathDissipators).map((d) => ({ weight: s - 1, superoperator: d })),
  ]);
}

/** The same for a generator written out as matrices. */
export function scaledDissipationMatrix(generator: DenseGenerator, s: number): ComplexMatrix {
  const scaled = generator.liouvillian.clone();
  for (const d of Object.values(generator.bathDissipators)) addScaledInPlace(scaled, d, s - 1);
  return scaled;
}
