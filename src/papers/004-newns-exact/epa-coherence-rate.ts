import { eigenmodeCorrelationOfState } from "../../physics/newns/eigenmode-correlation.js";
import { epaRates } from "../../physics/newns/epa-rates.js";
import { newnsModelOfProblem } from "../../physics/newns/newns-model.js";
import { compareWithBound, notApplicable } from "../../plugins/outcome.js";
import { defineProperty } from "../../plugins/property.js";

/** Tolerance relative to |Λ⁺12| + (Tr Γ/2 + Δ)|C12| (the steady state is solved to about round-off). */
const RELATIVE_TOLERANCE = 1e-9;
/** Absolute round-off of the steady-state coherence C12 (it vanishes at equal leads). */
const COHERENCE_ROUND_OFF = 1e-12;

/**
 * At the stationary point of the EPA equation of motion ∂_t C = i[H, C] − ½{Γ, C} + Λ⁺ (eq. 48 with
 * H = diag(E1, E2), Γ = diag(Γ1, Γ2), Λ⁺ of eq. 55) the eigenmode coherence C12 = Tr[ρ d1† d2] obeys
 * Λ⁺12 = (Tr[Γ]/2 − iΔ) C12 with Δ = E1 − E2 (004_3bda4ae6cebee785.txt Appendix F, after eq. (F5)).
 * Checked on the steady state of the engine at the problem's parameters.
 */
export default defineProperty({
  id: "epa-coherence-rate",
  title: "EPA steady-state coherence: Λ⁺12 = (Tr Γ/2 − iΔ) C12",
  source: "004_3bda4ae6cebee785.txt eqs. (48), (55) and Appendix F",
  scope: "case",
  requires: { approximations: ["asymptotic"], capabilities: ["steadyState"] },
  check(context) {
    const rho = context.steadyState()?.rho;
    const model = newnsModelOfProblem(context.problem);
    if (!rho || typeof model === "string") return notApplicable("no unique EPA steady state");
    const rates = epaRates(model);
    const C = eigenmodeCorrelationOfState(model, rho);
    const halfWidth = (rates.widths[0] + rates.widths[1]) / 2;
    const splitting = model.energies[0] - model.energies[1];
    // (Tr Γ/2 − iΔ)(C12re + i C12im)
    const predictedRe = halfWidth * C.re(0, 1) + splitting * C.im(0, 1);
    const predictedIm = halfWidth * C.im(0, 1) - splitting * C.re(0, 1);
    const lambdaRe = rates.gain.re(0, 1);
    const lambdaIm = rates.gain.im(0, 1);
    const value = Math.hypot(lambdaRe - predictedRe, lambdaIm - predictedIm);
    const scale =
      Math.hypot(lambdaRe, lambdaIm) + (halfWidth + Math.abs(splitting)) * Math.hypot(C.re(0, 1), C.im(0, 1));
    const tolerance = RELATIVE_TOLERANCE * scale + COHERENCE_ROUND_OFF * (halfWidth + Math.abs(splitting));
    return compareWithBound({
      value,
      bound: 0,
      tolerance,
      holds: value <= tolerance,
      quantity: "|Λ⁺12 − (Tr Γ/2 − iΔ) C12|",
      relation: "=",
      details: { lambdaPlus12: [lambdaRe, lambdaIm], C12: [C.re(0, 1), C.im(0, 1)], halfWidth, splitting },
    });
  },
});
