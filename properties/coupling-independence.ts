import { maxAbsDifference } from "../src/linalg/complex-matrix.js";
import { steadyState } from "../src/linalg/steady-state.js";
import { scaledDissipation } from "../src/measures/scaled-dissipation.js";
import { compareWithBound, notApplicable } from "../src/plugins/outcome.js";
import { defineProperty, type PropertyContext } from "../src/plugins/property.js";

const TOLERANCE = 1e-9;
const SCALES = [0.1, 10];

/** True for the global (secular) master equation, directly or as the base of the kraus engine. */
function isGlobal(context: PropertyContext): boolean {
  return (
    context.engine.id === "global-lindblad" ||
    (context.engine.id === "kraus" && String(context.options.base ?? "global-lindblad") === "global-lindblad")
  );
}

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
  appliesTo: (context) =>
    !isGlobal(context)
      ? "a property of the global (secular) master equation"
      : context.problem.extraDissipators.length > 0
        ? "extra dissipators do not scale with the bath coupling"
        : true,
  check(context) {
    const generator = context.generator();
    const rho = context.steadyState()?.rho;
    if (!generator || !rho) return notApplicable("no unique steady state or no generator");
    const deviations = SCALES.map((s) => {
      const scaled = steadyState(scaledDissipation(generator, s)).rho;
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
