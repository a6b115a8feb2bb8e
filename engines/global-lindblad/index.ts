import { hamiltonianEigenOf } from "../../src/physics/hamiltonian-eigen.js";
import { defineMarkovianEngine } from "../../src/plugins/markovian-engine.js";
import { secularRealGenerator } from "../../src/superoperators/secular-real-generator.js";
import { secularGenerator } from "./secular-generator.js";

/**
 * Largest Hilbert-space dimension (nine spins): 8 s and 1.1 GB for the tilted Ising chain at N = 9 on
 * two cores, 54 s and 3.9 GB at N = 10 (bench/chain-ness.ts).
 */
const GLOBAL_LINDBLAD_LIMIT = 512;

/**
 * Global Lindblad (Davies) master equation: Born-Markov and full secular approximation in the eigenbasis
 * of the whole system Hamiltonian H_S. Each bath's jump operators are the Bohr components A(ω) of its
 * coupling operator with respect to H_S, weighted by the bath's noise spectrum S(ω). Lamb shift neglected.
 * Built in the eigenbasis as rate equations plus decaying coherences (secular-generator.ts); two- and
 * three-level systems keep their cached real-basis form for fast sweeps.
 */
export default defineMarkovianEngine({
  id: "global-lindblad",
  title: "Global Lindblad",
  description:
    "Born-Markov-secular (Davies) master equation in the eigenbasis of the full H_S: jump operators are the " +
    "Bohr components of each bath's coupling operator with respect to H_S, rates from the bath's noise spectrum " +
    "S(ω). Thermodynamically consistent; blind to coherences between non-degenerate levels. Lamb shift neglected.",
  traits: { approximation: "secular", markovian: true, lindbladForm: true },
  supports: (problem) =>
    problem.dimension <= GLOBAL_LINDBLAD_LIMIT
      ? true
      : `Hilbert-space dimension ${problem.dimension} exceeds the limit ${GLOBAL_LINDBLAD_LIMIT} of this engine ` +
        "(it diagonalises H_S densely and keeps the Bohr components of each coupling: 54 s and 3.9 GB at 1024); " +
        "try the perturbative engine",
  form: (problem) => (problem.extraDissipators.length === 0 ? "secular" : "other"),
  generator: (problem) => secularGenerator(problem, hamiltonianEigenOf(problem)),
  realGenerator(problem) {
    if (problem.dimension > 8) return undefined;
    const eigen = hamiltonianEigenOf(problem);
    return secularRealGenerator(problem, () => eigen);
  },
  eigen: hamiltonianEigenOf,
});
