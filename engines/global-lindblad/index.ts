import { hermitianEigen } from "../../src/linalg/eigen.js";
import { hamiltonianSuperoperator, lindbladDissipator } from "../../src/linalg/superoperator.js";
import { secularBathDissipator } from "../../src/physics/secular-bath-dissipator.js";
import { defineMarkovianEngine, sumGenerator } from "../../src/plugins/markovian-engine.js";

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
    const eigen = hermitianEigen(problem.hamiltonian);
    const bathDissipators = Object.fromEntries(
      problem.baths.map((bath) => [bath.name, secularBathDissipator(bath, eigen, problem.dimension)]),
    );
    const extra = problem.extraDissipators.map((d) => lindbladDissipator(d.operator, d.rate));
    const liouvillian = sumGenerator(hamiltonianSuperoperator(problem.hamiltonian), [
      ...Object.values(bathDissipators),
      ...extra,
    ]);
    return { liouvillian, bathDissipators };
  },
});
