import { maximiseI3322 } from "../src/measures/i3322.js";
import { compareWithBound, notApplicable } from "../src/plugins/outcome.js";
import { defineProperty } from "../src/plugins/property.js";

const QUANTUM_MAXIMUM = 5;
const TOLERANCE = 1e-9;

/**
 * The maximal I3322 value of the steady state over projective measurements (see-saw from seeded random
 * starts) is at most 5, the quantum maximum of the ±1 form of the Bell operator (001_a04d396bbf339a9e.txt
 * eqs. (6)-(8)); above 4 the state is Bell nonlocal. The value is the maximum found.
 */
export default defineProperty({
  id: "i3322-bound",
  title: "I3322 at most 5",
  source: "Collins & Gisin, J. Phys. A 37, 1775 (2004); 001_a04d396bbf339a9e.txt eqs. (6)-(8)",
  requires: { capabilities: ["steadyState"], maxDimension: 4 },
  appliesTo: (context) =>
    context.problem.sites.length === 2 && context.problem.space.isQubitSpace
      ? true
      : "I3322 needs exactly two qubits",
  check(context) {
    const rho = context.steadyState()?.rho;
    if (!rho) return notApplicable("no unique steady state (see the warnings)");
    const { value } = maximiseI3322(rho, { seed: context.seed });
    return compareWithBound({
      value,
      bound: QUANTUM_MAXIMUM,
      tolerance: TOLERANCE,
      holds: value <= QUANTUM_MAXIMUM + TOLERANCE,
      quantity: `max Tr[B3322 ρ] (seed ${context.seed})`,
      relation: "≤",
      details: value <= QUANTUM_MAXIMUM + TOLERANCE ? undefined : { steadyState: rho.toJSON() },
    });
  },
});
