import { hermitianEigen } from "../../src/linalg/eigen.js";
import { Operator } from "../../src/operators/operator.js";
import { bohrComponents } from "../../src/physics/bohr-components.js";
import { eigenOf, hamiltonianEigenOf } from "../../src/physics/hamiltonian-eigen.js";
import type { Bath, HamiltonianTerm, Problem } from "../../src/physics/problem.js";
import { defineMarkovianEngine } from "../../src/plugins/markovian-engine.js";
import { lindbladDissipator } from "../../src/superoperators/lindblad-form.js";
import { sandwichGenerator } from "../../src/superoperators/sandwich-generator.js";
import type { SandwichSuperoperator } from "../../src/superoperators/sandwich-superoperator.js";
import { rateAt } from "../../src/superoperators/secular-components.js";
import { secularRealGenerator } from "../../src/superoperators/secular-real-generator.js";

/** Largest number of states on a bath's sites (with the Jordan-Wigner strings they need) this engine treats. */
const LOCAL_SPACE_LIMIT = 1024;

/**
 * The part of H_S that acts on the bath's own sites alone: the sum of the Hamiltonian terms whose
 * support lies inside `bath.sites`. For flipflop-qubits and the left bath this is (ε/2)σz0.
 */
export function localHamiltonian(problem: Problem, bath: Bath): Operator {
  const terms = problem.hamiltonianTerms.filter((term) =>
    term.support.every((site) => bath.sites.includes(site)),
  );
  return Operator.sum(
    problem.space,
    terms.map((term) => ({ re: 1, operator: term.operator })),
    `local H of ${bath.name}`,
  );
}

/**
 * The local Hamiltonian of a bath, built once per list of Hamiltonian terms and set of sites: the problems
 * of a sweep that keeps H_S share their terms (case-structure.ts), and with them this operator, its
 * eigendecomposition and the jump operators cached on it.
 */
const localHamiltonians = new WeakMap<readonly HamiltonianTerm[], Map<string, Operator>>();

function sharedLocalHamiltonian(problem: Problem, bath: Bath): Operator {
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

/** The sites a bath's jump operators live on: its own, and those of the Jordan-Wigner strings they carry. */
function localSites(problem: Problem, bath: Bath): number[] {
  const sites = new Set<number>(bath.sites);
  for (const s of sharedLocalHamiltonian(problem, bath).actsOn) sites.add(s);
  for (const channel of bath.channels) for (const s of channel.operator.actsOn) sites.add(s);
  return [...sites].sort((a, b) => a - b);
}

function localDimension(problem: Problem, sites: readonly number[]): number {
  return sites.reduce((size, s) => size * problem.space.dims[s], 1);
}

/**
 * The jump operators of one bath: the Bohr components A(ω) of each channel operator with respect to the
 * bath's local Hamiltonian, computed on the bath's sites only (a D×D problem for D states there) and kept
 * as operators on those sites, with rates S(ω) from the bath's noise spectrum.
 */
function localJumps(problem: Problem, bath: Bath): { operator: Operator; rate: number }[] {
  const sites = localSites(problem, bath);
  const eigen = hermitianEigen(sharedLocalHamiltonian(problem, bath).restrictedTo(sites));
  const jumps: { operator: Operator; rate: number }[] = [];
  for (const channel of bath.channels) {
    for (const component of bohrComponents(channel.operator.restrictedTo(sites), eigen)) {
      const rate = rateAt(bath, channel, component.omega);
      if (rate === 0) continue;
      const label = `${channel.label}(ω=${Number(component.omega.toPrecision(6))})`;
      jumps.push({
        operator: Operator.onSites(problem.space, sites, component.operator, label, bath.sites),
        rate,
      });
    }
  }
  return jumps;
}

/**
 * Local Lindblad master equation. Rule: each bath acts only on its own sites, so its jump operators are
 * the Bohr components of its coupling operator with respect to the local Hamiltonian — the terms of H_S
 * supported on the bath's sites alone — with rates from the bath's noise spectrum at those local
 * frequencies. Inter-site couplings enter only the coherent part −i[H_S, ρ]. For flipflop-qubits the
 * jump operators are σ⁻ and σ⁺ of the bath's site at the bare frequency ε (paper 000 Sec. III). Every
 * operator stays local, so the generator is applied at a cost of a few n² operations per term.
 */
export default defineMarkovianEngine({
  id: "local-lindblad",
  title: "Local Lindblad",
  description:
    "Each bath's jump operators are the Bohr components of its coupling operator with respect to the terms of " +
    "H_S acting on the bath's sites alone (σ∓ at the bare frequency for a qubit), the inter-site coupling entering " +
    "only the coherent part. Accurate for weak inter-site coupling; known to miss the Gibbs state and to allow " +
    "second-law violations in some regimes.",
  traits: { approximation: "local", markovian: true, lindbladForm: true },
  supports(problem) {
    for (const bath of problem.baths) {
      const size = localDimension(problem, localSites(problem, bath));
      if (size > LOCAL_SPACE_LIMIT) {
        return `bath ${bath.name} acts on ${size} local states, above the limit ${LOCAL_SPACE_LIMIT} of this engine`;
      }
    }
    return true;
  },
  form: () => "sandwich",
  generator(problem) {
    const n = problem.dimension;
    const bathDissipators: Record<string, SandwichSuperoperator> = {};
    for (const bath of problem.baths)
      bathDissipators[bath.name] = lindbladDissipator(n, localJumps(problem, bath));
    return sandwichGenerator(problem, bathDissipators);
  },
  realGenerator(problem) {
    if (problem.dimension > 8) return undefined;
    return secularRealGenerator(problem, (bath) => eigenOf(sharedLocalHamiltonian(problem, bath).dense()));
  },
  eigen: hamiltonianEigenOf,
});
