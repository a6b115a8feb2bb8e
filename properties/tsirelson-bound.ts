import { horodeckiChshMaximum, maximiseChshNumerically } from "../src/measures/chsh.js";
import { formatNumber, notApplicable } from "../src/plugins/outcome.js";
import { defineProperty } from "../src/plugins/property.js";

const TSIRELSON = 2 * Math.SQRT2;
const TOLERANCE = 1e-9;
/** The numerical optimum over measurement directions must reproduce the Horodecki value to this accuracy. */
const OPTIMISATION_TOLERANCE = 1e-6;

/**
 * Tsirelson's bound on the steady state: the maximal CHSH value B = 2√(λ1+λ2) (Horodecki) is at most 2√2,
 * and it agrees with a direct numerical maximisation of ⟨A⊗B⟩ + ⟨A⊗B′⟩ + ⟨A′⊗B⟩ − ⟨A′⊗B′⟩ over the four
 * measurement directions (seeded multi-start optimisation), which validates the closed form.
 */
export default defineProperty({
  id: "tsirelson-bound",
  title: "Tsirelson bound and Horodecki CHSH maximum",
  source:
    "Tsirelson, Lett. Math. Phys. 4, 93 (1980); Horodecki, Phys. Lett. A 200, 340 (1995); 001_a04d396bbf339a9e.txt eqs. (3)-(5)",
  requires: { capabilities: ["steadyState"], maxDimension: 4 },
  appliesTo: (context) =>
    context.problem.sites.length === 2 && context.problem.space.isQubitSpace
      ? true
      : "CHSH needs exactly two qubits",
  check(context) {
    const rho = context.steadyState()?.rho;
    if (!rho) return notApplicable("no unique steady state (see the warnings)");
    const horodecki = horodeckiChshMaximum(rho);
    const numerical = maximiseChshNumerically(rho, { seed: context.seed }).value;
    const mismatch = Math.abs(horodecki - numerical);
    const withinTsirelson = horodecki <= TSIRELSON + TOLERANCE;
    const agrees = mismatch <= OPTIMISATION_TOLERANCE;
    return {
      status: withinTsirelson && agrees ? "pass" : "fail",
      value: horodecki,
      bound: TSIRELSON,
      tolerance: TOLERANCE,
      message:
        `B_max = ${formatNumber(horodecki)} ${withinTsirelson ? "≤" : "exceeds"} 2√2; numerical optimum ${formatNumber(numerical)} ` +
        `(|Δ| = ${formatNumber(mismatch)} ${agrees ? "≤" : ">"} ${formatNumber(OPTIMISATION_TOLERANCE)}, seed ${context.seed})`,
      details: agrees ? undefined : { horodecki, numerical, seed: context.seed, steadyState: rho.toJSON() },
    };
  },
});
