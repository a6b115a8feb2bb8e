import { krausCorrelation, krausDecomposition } from "../src/measures/kraus-decomposition.js";
import { scale } from "../src/linalg/complex-matrix.js";
import { expm } from "../src/linalg/expm.js";
import { dichotomicObservable } from "../src/measures/dichotomic-observable.js";
import { oneNormOf } from "../src/measures/superoperator-norm.js";
import { GeneratorCorrelation } from "../src/measures/two-time-correlation.js";
import { PAULI_Z, siteOperator } from "../src/physics/spin-operators.js";
import { compareWithBound, notApplicable } from "../src/plugins/outcome.js";
import { defineProperty } from "../src/plugins/property.js";

const TOLERANCE = 1e-9;
/** τ in units of 1/‖L‖₁ (the fastest rate): from inside the first LGI window of paper 000 to ~16 periods. */
const TIMES = [1, 5, 10, 30, 100];

/**
 * g(τ) of paper 000 eq. (20) computed two ways agrees: from the Kraus operators of E(τ) (eq. (4), Choi
 * decomposition) and directly as Tr[Π⁺ exp(Lτ)(Π⁺ρ_ss)]. Q = σz of site 0 (Sec. III A).
 */
export default defineProperty({
  id: "kraus-correlation-agreement",
  title: "Two-time correlation: Kraus operators agree with exp(Lτ)",
  source: "000_47becd3a7196453b.txt eqs. (4), (17), (20)",
  requires: { wrapsAnother: true, capabilities: ["generator"], maxDimension: 16 },
  check(context) {
    const generator = context.denseGenerator();
    const rho = context.steadyState()?.rho;
    if (!generator || !rho) return notApplicable("no unique steady state or no generator");
    const { problem } = context;
    const projector = dichotomicObservable(
      siteOperator(PAULI_Z, 0, problem.sites.length),
      "Z0",
    ).projectorPlus;
    const direct = new GeneratorCorrelation(generator.liouvillian, projector, rho);
    const rate = oneNormOf(generator.liouvillian);
    const rows = TIMES.map((unit) => {
      const tau = unit / rate;
      const kraus = krausDecomposition(expm(scale(generator.liouvillian, tau)), problem.dimension);
      const [kr, ki] = krausCorrelation(kraus, projector, rho);
      const [dr, di] = direct.g(tau);
      return { tau, kraus: [kr, ki], direct: [dr, di], difference: Math.hypot(kr - dr, ki - di) };
    });
    const worst = Math.max(...rows.map((r) => r.difference));
    return compareWithBound({
      value: worst,
      bound: 0,
      tolerance: TOLERANCE,
      holds: worst <= TOLERANCE,
      quantity: "max |g_Kraus(τ) − g_exp(Lτ)(τ)|",
      relation: "≈",
      details: rows,
    });
  },
});
