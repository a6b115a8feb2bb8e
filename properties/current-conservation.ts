import { commute } from "../src/measures/operator-commutation.js";
import { dissipationRate } from "../src/plugins/dissipation-rate.js";
import { compareWithBound, notApplicable } from "../src/plugins/outcome.js";
import { defineProperty } from "../src/plugins/property.js";

const RELATIVE_TOLERANCE = 1e-8;
/** Round-off floor of the currents, relative to the natural scale max|H_S|·(dissipation rate). */
const ROUND_OFF_TOLERANCE = 1e-12;

/**
 * First law at the steady state: d⟨H_S⟩/dt = Σ_α J^E_α = 0, and when [H_S, N] = 0 also
 * d⟨N⟩/dt = Σ_α J^N_α = 0. The value is the larger imbalance relative to Σ_α |J_α|, with a round-off floor
 * of 1e-12 of the natural current scale max|H_S|·γ (currents that vanish at equilibrium).
 */
export default defineProperty({
  id: "current-conservation",
  title: "Current conservation at the steady state",
  source: "First law of thermodynamics for the open system (Alicki 1979; DESIGN.md current conventions)",
  requires: { capabilities: ["currents"] },
  appliesTo(context) {
    if (context.problem.extraDissipators.length > 0) return "non-thermal dissipators exchange energy too";
    return true;
  },
  check(context) {
    const currents = context.currents();
    if (!currents) return notApplicable("no unique steady state (see the warnings)");
    const values = Object.values(currents);
    const generator = context.generator();
    const { hamiltonian, numberOperator } = context.problem;
    const naturalScale = hamiltonian.entryBound * (generator ? dissipationRate(generator) : 1);
    const imbalance = (key: "energy" | "particle") => {
      const sum = values.reduce((acc, c) => acc + c[key], 0);
      const scale = values.reduce((acc, c) => acc + Math.abs(c[key]), 0);
      return (
        Math.abs(sum) /
        Math.max(scale, (ROUND_OFF_TOLERANCE / RELATIVE_TOLERANCE) * naturalScale, Number.MIN_VALUE)
      );
    };
    const conservesNumber = commute(hamiltonian, numberOperator);
    const energyImbalance = imbalance("energy");
    const value = conservesNumber ? Math.max(energyImbalance, imbalance("particle")) : energyImbalance;
    return compareWithBound({
      value,
      bound: 0,
      tolerance: RELATIVE_TOLERANCE,
      holds: value <= RELATIVE_TOLERANCE,
      quantity: conservesNumber ? "|Σ_α J^E_α|, |Σ_α J^N_α| (relative)" : "|Σ_α J^E_α| (relative)",
      relation: "=",
      details: currents,
    });
  },
});
