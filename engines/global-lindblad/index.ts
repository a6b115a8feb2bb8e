import { hamiltonianEigenOf } from "../../src/physics/hamiltonian-eigen.js";
import { addSecularBathDissipatorInPlace } from "../../src/physics/secular-bath-dissipator.js";
import { secularRealGenerator } from "../../src/physics/secular-real-generator.js";
import { assembleMarkovianGenerator, defineMarkovianEngine } from "../../src/plugins/markovian-engine.js";

/**
 * Global Lindblad (Davies) master equation: Born-Markov and full secular approximation in the eigenbasis
 * of the whole system Hamiltonian H_S. Each bath's jump operators are the Bohr components A(ω) of its
 * coupling operator with respect to H_S, weighted by the bath's noise spectrum S(ω). Lamb shift neglected.
 */
export default defineMarkovianEngine({
  id: "global-lindblad",
  title: "Global Lindblad",
  description:
    "Born-Markov-secular (Davies) master equation in the eigenbasis of the full H_S: jump operators are the " +
    "Bohr components of each bath's coupling operator with respect to H_S, rates from the bath's noise spectrum " +
    "S(ω). Thermodynamically consistent; blind to coherences between non-degenerate levels. Lamb shift neglected.",
  supports: () => true,
  generator(problem) {
    const eigen = hamiltonianEigenOf(problem);
    return assembleMarkovianGenerator(problem, (target, bath) =>
      addSecularBathDissipatorInPlace(target, bath, eigen),
    );
  },
  realGenerator(problem) {
    const eigen = hamiltonianEigenOf(problem);
    return secularRealGenerator(problem, () => eigen);
  },
});
