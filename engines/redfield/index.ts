import { hamiltonianEigenOf } from "../../src/physics/hamiltonian-eigen.js";
import { assembleMarkovianGenerator, defineMarkovianEngine } from "../../src/plugins/markovian-engine.js";
import { REDFIELD_OPTIONS, redfieldPairSelection } from "./options.js";
import { addRedfieldBathDissipatorInPlace } from "./redfield-dissipator.js";

/**
 * Bloch-Redfield master equation: Born-Markov without the secular approximation (Lamb shift neglected).
 * Each bath contributes the double sum over the Bohr components of its coupling operator with respect to
 * the whole H_S (redfield-dissipator.ts; 001_a04d396bbf339a9e.txt eqs. (18)-(20)). It keeps the
 * coherences between non-degenerate levels that the global (secular) equation discards, and it need not
 * be completely positive. The per-bath dissipators give the currents (001_a04d396bbf339a9e.txt eqs. (29)-(30)).
 */
export default defineMarkovianEngine({
  id: "redfield",
  title: "Bloch-Redfield",
  description:
    "Bloch-Redfield master equation: Born-Markov without the secular approximation, the double sum " +
    "Σ_{ω,ω'} ½S(ω)[A(ω)ρA(ω')† − A(ω')†A(ω)ρ] + h.c. over the Bohr components of each bath's coupling " +
    "operator in the eigenbasis of H_S. Keeps steady-state coherences between non-degenerate levels; may " +
    "violate complete positivity. Lamb shift neglected. Options select a partial-secular form.",
  options: REDFIELD_OPTIONS,
  supports: () => true,
  generator(problem, options) {
    const pairs = redfieldPairSelection(options);
    const eigen = hamiltonianEigenOf(problem);
    return assembleMarkovianGenerator(problem, (target, bath) =>
      addRedfieldBathDissipatorInPlace(target, bath, eigen, pairs),
    );
  },
});
