import { dichotomicObservable } from "../src/measures/dichotomic-observable.js";
import { lgiCurve, maximalViolation } from "../src/measures/leggett-garg.js";
import { oneNormOf } from "../src/measures/superoperator-norm.js";
import { GeneratorCorrelation } from "../src/measures/two-time-correlation.js";
import { PAULI_Z, siteOperator } from "../src/physics/spin-operators.js";
import { compareWithBound, notApplicable } from "../src/plugins/outcome.js";
import { defineProperty } from "../src/plugins/property.js";

const LUEDERS_BOUND = 1.5;
const TOLERANCE = 1e-9;
const POINTS = 801;

/**
 * The Leggett-Garg function of a dichotomic observable with projective (Lüders) measurements and
 * completely positive dynamics obeys F(0, τ, 2τ) ≤ 3/2 (Budroni & Emary, PRL 113, 050401 (2014)); the
 * LGI itself is F ≤ 1 (paper 000, 000_47becd3a7196453b.txt eq. (19)). Checked for Q = σz of site 0 on
 * a grid up to the scan horizon and at the refined first maximum.
 */
export default defineProperty({
  id: "lueders-bound",
  title: "Lüders bound F(0, τ, 2τ) ≤ 3/2",
  source: "Budroni & Emary, PRL 113, 050401 (2014); 000_47becd3a7196453b.txt eq. (19)",
  requires: { capabilities: ["generator", "steadyState"], maxDimension: 16 },
  appliesTo: (context) =>
    context.problem.sites[0].kind === "spin" ? true : "Q = σz of site 0 needs a spin on site 0",
  check(context) {
    const generator = context.denseGenerator();
    const rho = context.steadyState()?.rho;
    if (!generator || !rho) return notApplicable("no unique steady state or no generator");
    const n = context.problem.sites.length;
    const projector = dichotomicObservable(siteOperator(PAULI_Z, 0, n), "Z0").projectorPlus;
    const correlation = new GeneratorCorrelation(generator.liouvillian, projector, rho);
    const curve = lgiCurve(correlation, 100 / oneNormOf(generator.liouvillian), POINTS);
    let largest = Math.max(...curve.F);
    let at = curve.tau[curve.F.indexOf(largest)];
    const first = maximalViolation(correlation);
    if (first.tauAtMax !== null && 1 + first.mlgi > largest) {
      largest = 1 + first.mlgi;
      at = first.tauAtMax;
    }
    return compareWithBound({
      value: largest,
      bound: LUEDERS_BOUND,
      tolerance: TOLERANCE,
      holds: largest <= LUEDERS_BOUND + TOLERANCE,
      quantity: `max_τ F(0, τ, 2τ) (at τ = ${at.toPrecision(4)})`,
      relation: "≤",
    });
  },
});
