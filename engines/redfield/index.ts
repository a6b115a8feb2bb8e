import { bohrFrequencyClusters } from "../../src/physics/bohr-frequencies.js";
import { hamiltonianEigenOf } from "../../src/physics/hamiltonian-eigen.js";
import { DENSE_OPERATOR_LIMIT } from "../../src/operators/operator.js";
import { defineMarkovianEngine } from "../../src/plugins/markovian-engine.js";
import { sandwichGenerator } from "../../src/superoperators/sandwich-generator.js";
import type { SandwichSuperoperator } from "../../src/superoperators/sandwich-superoperator.js";
import { REDFIELD_OPTIONS, redfieldPairSelection } from "./options.js";
import { redfieldBathDissipator } from "./redfield-dissipator.js";

/**
 * Largest Hilbert-space dimension of this engine: its dissipators are dense n×n operators (Λ), so each
 * application costs about 8n³ operations; at n = 256 (eight spins) a steady state takes seconds.
 */
const REDFIELD_LIMIT = 256;

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
  traits: { approximation: "bloch-redfield", markovian: true, lindbladForm: false },
  options: REDFIELD_OPTIONS,
  supports: (problem) =>
    problem.dimension <= Math.min(REDFIELD_LIMIT, DENSE_OPERATOR_LIMIT)
      ? true
      : `Hilbert-space dimension ${problem.dimension} (Liouvillian dimension ${problem.dimension ** 2}) exceeds the limit ${REDFIELD_LIMIT} of this engine, whose dissipators are dense n×n operators`,
  form: () => "sandwich",
  generator(problem, options) {
    const pairs = redfieldPairSelection(options);
    const eigen = hamiltonianEigenOf(problem);
    const clusters = bohrFrequencyClusters(eigen.values);
    const bathDissipators: Record<string, SandwichSuperoperator> = {};
    for (const bath of problem.baths) {
      bathDissipators[bath.name] = redfieldBathDissipator(bath, eigen, clusters, pairs);
    }
    return sandwichGenerator(problem, bathDissipators);
  },
  eigen: hamiltonianEigenOf,
});
