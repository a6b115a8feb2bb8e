import { addScaledInPlace, type ComplexMatrix } from "../../linalg/complex-matrix.js";
import { steadyStateOfMatrix as steadyState } from "../../solvers/dense-steady-state.js";
import { epaGenerator } from "../../physics/newns/epa-generator.js";
import { epaRates } from "../../physics/newns/epa-rates.js";
import { siteCorrelationOfState } from "../../physics/newns/gaussian-state.js";
import { type NewnsModel, newnsModel, newnsModelOfProblem } from "../../physics/newns/newns-model.js";
import { exactSteadyState } from "../../physics/newns/steady-state-correlation.js";
import { compareWithBound, notApplicable } from "../../plugins/outcome.js";
import { defineProperty } from "../../plugins/property.js";

/** Couplings at which the error is measured, as fractions of the problem's Γ. */
const COUPLING_FRACTIONS = [1, 0.5, 0.25];
/** Accepted distance of the fitted log-log slope from 1 (first order in Γ/Ω). */
const SLOPE_TOLERANCE = 0.3;
/** Errors below this are round-off and quadrature noise of the exact solution (~1e-10), not EPA error. */
const ROUND_OFF = 1e-8;

/** Largest entry of |C_EPA − C_exact| (site basis, C_αβ = Tr[ρ c_α† c_β]). */
function correlationError(model: NewnsModel, epaState: ComplexMatrix): number {
  const epa = siteCorrelationOfState(epaState);
  const exact = exactSteadyState(model).siteCorrelation;
  let worst = 0;
  for (let a = 0; a < 2; a++)
    for (let b = 0; b < 2; b++)
      worst = Math.max(worst, Math.hypot(epa.re(a, b) - exact.re(a, b), epa.im(a, b) - exact.im(a, b)));
  return worst;
}

/** The steady state of the asymptotic EPA generator L = −i[H_S, ·] + L_L + L_R + L_int (eqs. 50-51, 55-56). */
function epaSteadyState(model: NewnsModel, hamiltonian: ComplexMatrix): ComplexMatrix | null {
  const pieces = epaGenerator(model, hamiltonian, epaRates(model));
  const liouvillian = pieces.coherent.clone();
  for (const part of [...pieces.bath, pieces.interference]) addScaledInPlace(liouvillian, part, 1);
  return steadyState(liouvillian).rho;
}

/** Least-squares slope of y against x. */
function fittedSlope(x: readonly number[], y: readonly number[]): number {
  const mx = x.reduce((a, b) => a + b, 0) / x.length;
  const my = y.reduce((a, b) => a + b, 0) / y.length;
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < x.length; i++) {
    sxy += (x[i] - mx) * (y[i] - my);
    sxx += (x[i] - mx) ** 2;
  }
  return sxy / sxx;
}

/**
 * The exponential-propagator approximation G_j(t) ≈ e^{−iE_j t − Γ_j t/2} (eq. 53) neglects terms of order
 * Γ/Ω (004_3bda4ae6cebee785.txt Sec. IV B and Appendix E, error bound ∝ Γ/Ω). Its steady-state correlation
 * matrix is compared with the exact one (eq. 32) at the problem's Γ (the engine's steady state) and at Γ/2,
 * Γ/4 with the other parameters fixed; the property holds when the error falls about linearly, i.e. the
 * least-squares slope of log error against log Γ lies within 1 ± 0.3, or when every error is below the
 * 1e-8 accuracy of the comparison. The value is the fitted slope.
 */
export default defineProperty({
  id: "epa-accuracy",
  title: "EPA error of first order in Γ/Ω",
  source: "004_3bda4ae6cebee785.txt eqs. (32), (53) and Appendix E",
  scope: "case",
  requires: { approximations: ["asymptotic"], capabilities: ["steadyState", "currents"] },
  check(context) {
    const rho = context.steadyState()?.rho;
    const model = newnsModelOfProblem(context.problem);
    if (!rho || typeof model === "string") return notApplicable("no unique EPA steady state");
    const couplings = COUPLING_FRACTIONS.map((fraction) => fraction * model.Gamma);
    const errors = couplings.map((Gamma, i) => {
      if (i === 0) return correlationError(model, rho);
      // a smaller Γ keeps the relaxation condition eq. (34) satisfied
      const weaker = newnsModel({
        h: model.h,
        delta: model.delta,
        g: model.g,
        Gamma,
        Omega: model.Omega,
        TL: model.temperatures[0],
        TR: model.temperatures[1],
        muL: model.chemicalPotentials[0],
        muR: model.chemicalPotentials[1],
      });
      const state = epaSteadyState(weaker, context.problem.hamiltonian.dense());
      return state ? correlationError(weaker, state) : Number.POSITIVE_INFINITY;
    });
    const details = { couplings, errors };
    if (errors.every((e) => e <= ROUND_OFF)) {
      return compareWithBound({
        value: Math.max(...errors),
        bound: 0,
        tolerance: ROUND_OFF,
        holds: true,
        quantity: "max |C_EPA − C_exact| at Γ, Γ/2, Γ/4",
        relation: "≈",
        details,
      });
    }
    const slope = fittedSlope(couplings.map(Math.log), errors.map(Math.log));
    return compareWithBound({
      value: slope,
      bound: 1,
      tolerance: SLOPE_TOLERANCE,
      holds: Math.abs(slope - 1) <= SLOPE_TOLERANCE,
      quantity: `slope of log|C_EPA − C_exact| against log Γ (errors ${errors.map((e) => e.toExponential(2)).join(", ")})`,
      relation: "≈",
      details,
    });
  },
});
