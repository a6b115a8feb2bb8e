import { steadyStateOfMatrix as steadyState } from "../../solvers/dense-steady-state.js";
import { dichotomicObservable } from "../../measures/dichotomic-observable.js";
import { lgiCurve, maximalViolation } from "../../measures/leggett-garg.js";
import { scaledDissipationMatrix } from "../../measures/scaled-dissipation.js";
import { GeneratorCorrelation } from "../../measures/two-time-correlation.js";
import { PAULI_Z, siteOperator } from "../../physics/spin-operators.js";
import { compareWithBound, notApplicable } from "../../plugins/outcome.js";
import { defineProperty } from "../../plugins/property.js";

/** The bath dissipators are scaled by this factor: Γ → 1e-7 Γ. */
const COUPLING_SCALE = 1e-7;
const TOLERANCE = 1e-6;

/**
 * Paper 000 eq. (23): with the baths switched off (Γ → 0) the LGI function of Q = σz of qubit 0 in the
 * steady state of the flip-flop qubits is F(0, τ, 2τ) = 1 + r₂₃[2cos(2Vτ) − cos(4Vτ) − 1], r₂₃ the
 * population of the one-excitation subspace, so the maximal violation sits at Vτ = π/6 whatever the
 * temperatures. Checked with every bath dissipator scaled by 1e-7 (and the steady state of that
 * generator): the maximum position and the curve on 0 ≤ Vτ ≤ π.
 */
export default defineProperty({
  id: "lgi-unitary-limit",
  title: "LGI in the unitary limit: eq. (23), maximum at Vτ = π/6",
  source: "000_47becd3a7196453b.txt eq. (23)",
  scope: "case",
  arguments: { coupling: { description: "the flip-flop coupling V of eq. (21)" } },
  requires: { capabilities: ["generator"], maxDimension: 4 },
  appliesTo: (context) =>
    context.problem.sites.length === 2 && context.problem.space.isQubitSpace
      ? true
      : "eq. (23) is about two flip-flop-coupled qubits",
  check(context) {
    const generator = context.denseGenerator();
    if (!generator) return notApplicable("the engine has no generator");
    const V = Number(context.arguments.coupling);
    const liouvillian = scaledDissipationMatrix(generator, COUPLING_SCALE);
    const rho = steadyState(liouvillian).rho;
    if (!rho) return notApplicable("the weak-coupling generator has no unique steady state");
    const projector = dichotomicObservable(siteOperator(PAULI_Z, 0, 2), "Z0").projectorPlus;
    const correlation = new GeneratorCorrelation(liouvillian, projector, rho);
    const r23 = rho.re(1, 1) + rho.re(2, 2);
    const curve = lgiCurve(correlation, Math.PI / V, 61);
    const curveError = Math.max(
      ...curve.tau.map((t, k) =>
        Math.abs(curve.F[k] - (1 + r23 * (2 * Math.cos(2 * V * t) - Math.cos(4 * V * t) - 1))),
      ),
    );
    const { tauAtMax } = maximalViolation(correlation);
    const expected = Math.PI / (6 * V);
    const positionError = tauAtMax === null ? Number.POSITIVE_INFINITY : Math.abs(tauAtMax - expected);
    const worst = Math.max(curveError, positionError);
    const outcome = compareWithBound({
      value: worst,
      bound: 0,
      tolerance: TOLERANCE,
      holds: worst <= TOLERANCE,
      quantity: `max(|F − eq. (23)|, |τ_max − π/6V|) (τ_max = ${tauAtMax?.toPrecision(10)}, r23 = ${r23.toPrecision(4)})`,
      relation: "≈",
      details: { tauAtMax, expected, curveError, positionError, r23 },
    });
    return outcome;
  },
});
