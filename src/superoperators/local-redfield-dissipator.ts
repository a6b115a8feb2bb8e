import { addScaledInPlace, ComplexMatrix } from "../linalg/complex-matrix.js";
import { hermitianEigen } from "../linalg/eigen.js";
import { Operator } from "../operators/operator.js";
import { bohrComponents } from "../physics/bohr-components.js";
import type { Bath, Problem } from "../physics/problem.js";
import { type SandwichTerm, SandwichSuperoperator } from "./sandwich-superoperator.js";
import { rateAt } from "./secular-components.js";

/** One channel of a local Redfield dissipator: Λ = Σ_ω ½S(ω) A(ω) and the channel operator A itself. */
export interface LocalRedfieldTerm {
  lambda: Operator;
  coupling: Operator;
}

/** The sites a bath's operators live on: its own, those of its local Hamiltonian and of its channels. */
export function bathLocalSites(bath: Bath, localHamiltonian: Operator): number[] {
  const sites = new Set<number>(bath.sites);
  for (const s of localHamiltonian.actsOn) sites.add(s);
  for (const channel of bath.channels) for (const s of channel.operator.actsOn) sites.add(s);
  return [...sites].sort((a, b) => a - b);
}

/**
 * The heat-bath superoperator of paper 003 (003_cb0e800cb11a91bb.txt eqs. (7), (12), (13)): a Redfield
 * dissipator D ρ = −([X, Sρ] + h.c.) whose S is built on a local Hamiltonian H_e of the bath's own sites,
 * S = Σ_pq Ξ(E_p − E_q)|E_p⟩⟨E_p|X|E_q⟩⟨E_q| with Re Ξ = ½Φ̃ (the imaginary part neglected, App. B).
 * In the suite's terms, with A(ω) the Bohr components of the channel operator A = X with respect to H_e
 * and S(ω) the bath's noise spectrum (the rate of a component removing energy ω):
 *   D(ρ) = Σ_ω ½S(ω) [A(ω) ρ A† − A† A(ω) ρ] + h.c. = Λ ρ A† + A ρ Λ† − A†Λ ρ − ρ Λ†A,
 * Λ = Σ_ω ½S(ω)A(ω): the Bloch-Redfield form of redfield-dissipator.ts with every pair kept, but local,
 * so that every operator acts on the bath's sites alone and D is applied in a few n² operations.
 */
export function localRedfieldDissipator(
  problem: Problem,
  bath: Bath,
  localHamiltonian: Operator,
): { dissipator: SandwichSuperoperator; terms: LocalRedfieldTerm[] } {
  const sites = bathLocalSites(bath, localHamiltonian);
  const eigen = hermitianEigen(localHamiltonian.restrictedTo(sites));
  const terms: LocalRedfieldTerm[] = [];
  for (const channel of bath.channels) {
    const size = eigen.values.length;
    const lambda = new ComplexMatrix(size, size);
    for (const component of bohrComponents(channel.operator.restrictedTo(sites), eigen)) {
      addScaledInPlace(lambda, component.operator, rateAt(bath, channel, component.omega) / 2);
    }
    const label = `Λ[${channel.label}]`;
    terms.push({
      lambda: Operator.onSites(problem.space, sites, lambda, label, bath.sites),
      coupling: channel.operator,
    });
  }
  const sandwiches: SandwichTerm[] = terms.flatMap(({ lambda, coupling }) => [
    { weight: 1, left: lambda, right: coupling },
    { weight: 1, left: coupling, right: lambda },
  ]);
  const effective = terms.map(({ lambda, coupling }) => ({
    re: -1,
    im: 0,
    operator: coupling.adjoint().times(lambda),
  }));
  return { dissipator: new SandwichSuperoperator(problem.dimension, effective, sandwiches), terms };
}
