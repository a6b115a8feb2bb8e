import { hamiltonianEigenOf } from "../../src/physics/hamiltonian-eigen.js";
import { edgeHamiltonian, missingOrders } from "../../src/physics/perturbative-orders.js";
import { defineMarkovianEngine } from "../../src/plugins/markovian-engine.js";
import {
  bathLocalSites,
  localRedfieldDissipator,
} from "../../src/superoperators/local-redfield-dissipator.js";
import { sandwichGenerator } from "../../src/superoperators/sandwich-generator.js";
import type { SandwichSuperoperator } from "../../src/superoperators/sandwich-superoperator.js";

/** Largest number of states on a bath's sites (its local Hamiltonian is diagonalised densely there). */
const LOCAL_SPACE_LIMIT = 1024;

/**
 * The master equation of paper 003 in the weak-coupling limit (eqs. (15)-(19)): L = L0 + λL1 + λ²L2 with
 * L0 + λL1 = −i[H_S, ·] (H_S = H0 + λ(H_I + H̄_SB), the case's terms of order 0 and 1) and L2 = D_L + D_R
 * the heat-bath superoperators of eq. (7) whose S is built on the edge spin's own H0 (eq. (12)): a local
 * Redfield form (local-redfield-dissipator.ts). Between the local Lindblad equation (secular in the edge's
 * frequencies) and full Bloch-Redfield (Bohr components of the whole H_S).
 */
export default defineMarkovianEngine({
  id: "weak-coupling-limit",
  title: "Weak-coupling limit (paper 003)",
  description:
    "The quantum master equation of 003_cb0e800cb11a91bb.txt eqs. (15)-(19): −i[H_S, ρ] plus, for each bath, " +
    "the Redfield dissipator of eq. (7) with S built on the bath site's own zeroth-order Hamiltonian (eq. (12)), " +
    "the imaginary part of Ξ neglected. Spin-spin and spin-bath couplings of the same small order λ; needs the " +
    "order of each Hamiltonian term in the case. Not of Lindblad form.",
  traits: { approximation: "weak-coupling", markovian: true, lindbladForm: false },
  supports(problem) {
    const missing = missingOrders(problem);
    if (missing) return missing;
    for (const bath of problem.baths) {
      const sites = bathLocalSites(bath, edgeHamiltonian(problem, bath));
      const size = sites.reduce((product, s) => product * problem.space.dims[s], 1);
      if (size > LOCAL_SPACE_LIMIT) {
        return `bath ${bath.name} acts on ${size} local states, above the limit ${LOCAL_SPACE_LIMIT} of this engine`;
      }
    }
    return true;
  },
  form: () => "sandwich",
  generator(problem) {
    const bathDissipators: Record<string, SandwichSuperoperator> = {};
    for (const bath of problem.baths) {
      bathDissipators[bath.name] = localRedfieldDissipator(
        problem,
        bath,
        edgeHamiltonian(problem, bath),
      ).dissipator;
    }
    return sandwichGenerator(problem, bathDissipators);
  },
  eigen: hamiltonianEigenOf,
});
