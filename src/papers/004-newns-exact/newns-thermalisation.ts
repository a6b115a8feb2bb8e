import { integrateAdaptive } from "../../physics/newns/adaptive-quadrature.js";
import { eigenmodeCorrelationOfState } from "../../physics/newns/eigenmode-correlation.js";
import { bandBreakPoints, energyDistribution } from "../../physics/newns/energy-distribution.js";
import { newnsModelOfProblem } from "../../physics/newns/newns-model.js";
import { fermiDirac } from "../../physics/thermal.js";
import { compareWithBound, notApplicable } from "../../plugins/outcome.js";
import { defineProperty } from "../../plugins/property.js";

/** The exact steady state is computed to ~1e-10 absolute; this independent quadrature to 1e-12. */
const TOLERANCE = 1e-8;

/**
 * Thermalisation of the exact solution (004_3bda4ae6cebee785.txt eq. (38)): when both leads have the same
 * temperature and chemical potential, fL = fR = f, the steady-state correlation matrix is diagonal in the
 * eigenmode basis with C_jj(∞) = ∫dω φ_j(ω) f(ω), φ_j of eq. (35) (tending to f(E_j) as Γ → 0). The
 * integral is recomputed here by its own quadrature over the band; the value is the largest of |C12| and
 * |C_jj − ∫φ_j f|.
 */
export default defineProperty({
  id: "newns-thermalisation",
  title: "Exact state at equal leads: C diagonal, C_jj = ∫φ_j f (eq. 38)",
  source: "004_3bda4ae6cebee785.txt eqs. (35), (38)",
  scope: "case",
  requires: { approximations: ["exact"], capabilities: ["steadyState"] },
  appliesTo(context) {
    const [left, right] = context.problem.baths;
    if (left.temperature !== right.temperature || left.chemicalPotential !== right.chemicalPotential) {
      return "the leads differ in temperature or chemical potential: no common equilibrium";
    }
    return true;
  },
  check(context) {
    const rho = context.steadyState()?.rho;
    const model = newnsModelOfProblem(context.problem);
    if (!rho || typeof model === "string") return notApplicable("no exact steady state");
    const C = eigenmodeCorrelationOfState(model, rho);
    const [mu] = model.chemicalPotentials;
    const [T] = model.temperatures;
    const { Omega } = model;
    // ∫φ_j f over the band in q, ω = −Ω cos q (dω = Ω sin q dq)
    const { values: occupations } = integrateAdaptive(
      (q, out) => {
        const omega = -Omega * Math.cos(q);
        const weight = Omega * Math.sin(q) * fermiDirac(omega, mu, T);
        out[0] = energyDistribution(model, 0, omega) * weight;
        out[1] = energyDistribution(model, 1, omega) * weight;
      },
      2,
      0,
      Math.PI,
      bandBreakPoints(model),
      { absoluteTolerance: 1e-12 },
    );
    const coherence = Math.hypot(C.re(0, 1), C.im(0, 1));
    const populationError = Math.max(
      Math.abs(C.re(0, 0) - occupations[0]),
      Math.abs(C.re(1, 1) - occupations[1]),
    );
    const value = Math.max(coherence, populationError);
    return compareWithBound({
      value,
      bound: 0,
      tolerance: TOLERANCE,
      holds: value <= TOLERANCE,
      quantity: "max(|C12|, |C_jj − ∫φ_j f|)",
      relation: "=",
      details: {
        C11: C.re(0, 0),
        C22: C.re(1, 1),
        broadenedOccupations: [...occupations],
        weakCouplingLimit: model.energies.map((e) => fermiDirac(e, mu, T)),
      },
    });
  },
});
