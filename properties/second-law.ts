import { dissipationRate } from "../src/plugins/dissipation-rate.js";
import { compareWithBound, notApplicable } from "../src/plugins/outcome.js";
import { defineProperty } from "../src/plugins/property.js";

const RELATIVE_TOLERANCE = 1e-10;
/** Round-off floor, relative to the natural entropy-flow scale max|H_S|·max|D_α|/min T_α. */
const ROUND_OFF_TOLERANCE = 1e-12;

/**
 * Second law at the steady state: σ = −Σ_α J^Q_α / T_α ≥ 0 (Spohn's inequality for a Lindblad generator
 * satisfying detailed balance with each bath; DESIGN.md sign conventions). The tolerance is relative to
 * Σ_α |J^Q_α| / T_α, with a round-off floor. Local master equations can violate it (Levy & Kosloff, EPL 107, 20004 (2014)).
 */
export default defineProperty({
  id: "second-law",
  title: "Second law (entropy production ≥ 0)",
  source: "Spohn, J. Math. Phys. 19, 1227 (1978); 001_a04d396bbf339a9e.txt eqs. (33)-(34)",
  requires: { capabilities: ["currents"] },
  appliesTo(context) {
    if (context.problem.baths.length === 0) return "the system has no bath";
    if (context.problem.baths.some((b) => !(b.temperature > 0))) return "a bath is at zero temperature";
    return true;
  },
  check(context) {
    const sigma = context.entropyProduction();
    const currents = context.currents();
    if (sigma === undefined || !currents) return notApplicable("no unique steady state (see the warnings)");
    const scale = context.problem.baths.reduce(
      (acc, b) => acc + Math.abs(currents[b.name].heat) / b.temperature,
      0,
    );
    const generator = context.generator();
    const rateScale = generator ? dissipationRate(generator) : 1;
    const coldest = Math.min(...context.problem.baths.map((b) => b.temperature));
    const naturalScale = (context.problem.hamiltonian.entryBound * rateScale) / coldest;
    const tolerance = Math.max(RELATIVE_TOLERANCE * scale, ROUND_OFF_TOLERANCE * naturalScale);
    return compareWithBound({
      value: sigma,
      bound: 0,
      tolerance,
      holds: sigma >= -tolerance,
      quantity: "σ = −Σ_α J^Q_α/T_α",
      relation: "≥",
      details: currents,
    });
  },
});
