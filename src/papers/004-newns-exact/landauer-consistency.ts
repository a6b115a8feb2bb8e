import { siteCorrelationOfState } from "../../physics/newns/gaussian-state.js";
import { compareWithBound, notApplicable } from "../../plugins/outcome.js";
import { newnsModelOfProblem } from "../../physics/newns/newns-model.js";
import { defineProperty } from "../../plugins/property.js";

const TOLERANCE = 1e-8;

/**
 * In the exact steady state of paper 004 the particle current is homogeneous: the Landauer current from
 * the left lead (eq. 43) equals the internal current g·Im⟨cL† cR⟩ (eq. 42 and the text after it) and the
 * right lead's current, J^P_L = J^P_S = −J^P_R, and J^E_L = −J^E_R (004_3bda4ae6cebee785.txt Sec. III D).
 * The value is the largest of the three mismatches.
 */
export default defineProperty({
  id: "landauer-consistency",
  title: "Landauer currents consistent with the internal current",
  source: "004_3bda4ae6cebee785.txt eqs. (42)-(45)",
  scope: "case",
  requires: { approximations: ["exact"], capabilities: ["steadyState", "currents"] },
  check(context) {
    const rho = context.steadyState()?.rho;
    const all = context.currents();
    const model = newnsModelOfProblem(context.problem);
    if (!rho || !all || typeof model === "string") return notApplicable("no steady state or currents");
    const [left, right] = context.problem.baths.map((bath) => all[bath.name]);
    const currents = { left, right };
    const { g } = model;
    const internal = g * siteCorrelationOfState(rho).im(0, 1);
    const value = Math.max(
      Math.abs(currents.left.particle - internal),
      Math.abs(currents.left.particle + currents.right.particle),
      Math.abs(currents.left.energy + currents.right.energy),
    );
    return compareWithBound({
      value,
      bound: 0,
      tolerance: TOLERANCE,
      holds: value <= TOLERANCE,
      quantity: "max(|J^P_L − g Im C_LR|, |J^P_L + J^P_R|, |J^E_L + J^E_R|)",
      relation: "=",
      details: { internal, currents },
    });
  },
});
