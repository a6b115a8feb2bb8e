import { energyCoherence } from "../src/measures/energy-coherence.js";
import type { Problem } from "../src/physics/problem.js";
import { compareWithBound, notApplicable } from "../src/plugins/outcome.js";
import { defineProperty } from "../src/plugins/property.js";

const TOLERANCE = 1e-8;

function equilibriumReason(problem: Problem): string | null {
  if (problem.baths.length === 0) return "the system has no bath";
  if (problem.extraDissipators.length > 0) return "non-thermal dissipators (noise) are present";
  const [first] = problem.baths;
  const same = problem.baths.every(
    (b) => b.temperature === first.temperature && b.chemicalPotential === first.chemicalPotential,
  );
  return same
    ? null
    : "the baths differ in temperature or chemical potential (out of equilibrium coherence is allowed)";
}

/**
 * At equilibrium (equal temperatures and chemical potentials) the steady state carries no coherence in the
 * energy eigenbasis, also for the non-secular Bloch-Redfield equation: "the population space and the
 * coherence space are decoupled" (001_a04d396bbf339a9e.txt eq. (28) and Sec. 5). Out of equilibrium the
 * Redfield steady state does carry some, which the report shows as the energyCoherence observable.
 * The value is the l1 norm of the off-diagonal part of ρ in the eigenbasis of H_S.
 */
export default defineProperty({
  id: "energy-coherence-at-equilibrium",
  title: "No energy coherence at equilibrium",
  source: "001_a04d396bbf339a9e.txt eq. (28) and Sec. 5",
  requires: { capabilities: ["steadyState"], maxDimension: 256 },
  appliesTo(context) {
    return equilibriumReason(context.problem) ?? true;
  },
  check(context) {
    const reason = equilibriumReason(context.problem);
    if (reason) return notApplicable(reason);
    const rho = context.steadyState()?.rho;
    if (!rho) return notApplicable("no unique steady state (see the warnings)");
    const value = energyCoherence(rho, context.problem.hamiltonian.dense());
    return compareWithBound({
      value,
      bound: 0,
      tolerance: TOLERANCE,
      holds: value <= TOLERANCE,
      quantity: "energy-basis coherence",
      relation: "=",
    });
  },
});
