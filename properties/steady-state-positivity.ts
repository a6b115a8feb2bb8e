import { hermitianEigen } from "../src/linalg/eigen.js";
import { compareWithBound, notApplicable } from "../src/plugins/outcome.js";
import { defineProperty } from "../src/plugins/property.js";

const TOLERANCE = 1e-10;

/** The steady state is a density matrix: its smallest eigenvalue is ≥ 0 (up to round-off). */
export default defineProperty({
  id: "steady-state-positivity",
  title: "Positivity of the steady state",
  source: "A density matrix is positive semidefinite (postulate); Redfield-type equations may violate it",
  requires: { capabilities: ["steadyState"], maxDimension: 512 },
  check(context) {
    const result = context.steadyState();
    if (!result?.rho) return notApplicable("no unique steady state (see the warnings)");
    const smallest = hermitianEigen(result.rho).values[0];
    return compareWithBound({
      value: smallest,
      bound: 0,
      tolerance: TOLERANCE,
      holds: smallest >= -TOLERANCE,
      quantity: "smallest eigenvalue of ρ_ss",
      relation: "≥",
    });
  },
});
