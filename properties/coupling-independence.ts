import { maxAbsDifference } from "../src/linalg/complex-matrix.js";
import { solveSteadyState } from "../src/solvers/steady-state.js";
import type { SteadyStateMethod } from "../src/solvers/steady-state-result.js";
import { scaledDissipation } from "../src/measures/scaled-dissipation.js";
import { compareWithBound, notApplicable } from "../src/plugins/outcome.js";
import { defineProperty } from "../src/plugins/property.js";

const TOLERANCE = 1e-9;
const SCALES = [0.1, 10];

/**
 * The steady state of the global master equation does not depend on the system-bath coupling Γ
 * (paper 000, 000_47becd3a7196453b.txt eq. (22) and the sentence after it): with a non-degenerate
 * spectrum it is fixed by rate equations whose rates are all proportional to Γ. Checked by scaling every
 * bath dissipator by 0.1 and 10. Local and Redfield equations mix Γ with the coherent coupling V and are
 * not expected to obey it.
 */
export default defineProperty({
  id: "coupling-independence",
  title: "Global steady state independent of Γ (eq. 22)",
  source: "000_47becd3a7196453b.txt eq. (22)",
  requires: { capabilities: ["generator", "steadyState"], approximations: ["secular"] },
  appliesTo: (context) =>
    context.problem.extraDissipators.length > 0
      ? "extra dissipators do not scale with the bath coupling"
      : true,
  check(context) {
    const generator = context.generator();
    const rho = context.steadyState()?.rho;
    if (!generator || !rho) return notApplicable("no unique steady state or no generator");
    const deviations = SCALES.map((s) => {
      const scaled = solveSteadyState(scaledDissipation(generator, s), {
        method: context.options.method as SteadyStateMethod,
      }).rho;
      return scaled ? maxAbsDifference(scaled, rho) : Number.POSITIVE_INFINITY;
    });
    const worst = Math.max(...deviations);
    return compareWithBound({
      value: worst,
      bound: 0,
      tolerance: TOLERANCE,
      holds: worst <= TOLERANCE,
      quantity: "max |ρ_ss(sΓ) − ρ_ss(Γ)|, s = 0.1, 10",
      relation: "≈",
    });
  },
});
