import { addScaledInPlace, ComplexMatrix } from "../../src/linalg/complex-matrix.js";
import { eigenOf } from "../../src/physics/hamiltonian-eigen.js";
import type { Bath, HamiltonianTerm, Problem } from "../../src/physics/problem.js";
import { addSecularBathDissipatorInPlace } from "../../src/physics/secular-bath-dissipator.js";
import { secularRealGenerator } from "../../src/physics/secular-real-generator.js";
import { assembleMarkovianGenerator, defineMarkovianEngine } from "../../src/plugins/markovian-engine.js";

/**
 * The part of H_S that acts on the bath's own sites alone: the sum of the Hamiltonian terms whose
 * support lies inside `bath.sites`. For flipflop-qubits and the left bath this is (ε/2)σz0.
 */
export function localHamiltonian(problem: Problem, bath: Bath): ComplexMatrix {
  const local = ComplexMatrix.zeros(problem.dimension);
  for (const term of problem.hamiltonianTerms) {
    if (term.support.every((site) => bath.sites.includes(site))) addScaledInPlace(local, term.operator, 1);
  }
  return local;
}

/**
 * The local Hamiltonian of a bath, built once per list of Hamiltonian terms and set of sites: the problems
 * of a sweep that keeps H_S share their terms (build-problem.ts), and with them this matrix, its
 * eigendecomposition and the jump operators cached on it.
 */
const localHamiltonians = new WeakMap<readonly HamiltonianTerm[], Map<string, ComplexMatrix>>();

function sharedLocalHamiltonian(problem: Problem, bath: Bath): ComplexMatrix {
  let perSites = localHamiltonians.get(problem.hamiltonianTerms);
  if (!perSites) {
    perSites = new Map();
    localHamiltonians.set(problem.hamiltonianTerms, perSites);
  }
  const key = bath.sites.join(",");
  let local = perSites.get(key);
  if (!local) {
    local = localHamiltonian(problem, bath);
    perSites.set(key, local);
  }
  return local;
}

/**
 * Local Lindblad master equation. Rule: each bath acts only on its own sites, so its jump operators are
 * the Bohr components of its coupling operator with respect to the local Hamiltonian — the terms of H_S
 * supported on the bath's sites alone — with rates from the bath's noise spectrum at those local
 * frequencies. Inter-site couplings enter only the coherent part −i[H_S, ρ]. For flipflop-qubits the
 * jump operators are σ⁻ and σ⁺ of the bath's site at the bare frequency ε (paper 000 Sec. III).
 */
export default defineMarkovianEngine({
  id: "local-lindblad",
  title: "Local Lindblad",
  description:
    "Each bath's jump operators are the Bohr components of its coupling operator with respect to the terms of " +
    "H_S acting on the bath's sites alone (σ∓ at the bare frequency for a qubit), the inter-site coupling entering " +
    "only the coherent part. Accurate for weak inter-site coupling; known to miss the Gibbs state and to allow " +
    "second-law violations in some regimes.",
  supports: () => true,
  generator(problem) {
    return assembleMarkovianGenerator(problem, (target, bath) =>
      addSecularBathDissipatorInPlace(target, bath, eigenOf(sharedLocalHamiltonian(problem, bath))),
    );
  },
  realGenerator(problem) {
    return secularRealGenerator(problem, (bath) => eigenOf(sharedLocalHamiltonian(problem, bath)));
  },
});
