import { maxAbsDifference } from "../src/linalg/complex-matrix.js";
import { gibbsState } from "../src/physics/gibbs-state.js";
import type { Problem } from "../src/physics/problem.js";
import { compareWithBound, notApplicable } from "../src/plugins/outcome.js";
import { defineProperty } from "../src/plugins/property.js";

const TOLERANCE = 1e-8;

function equilibriumOf(problem: Problem): { temperature: number; chemicalPotential: number } | string {
  if (problem.baths.length === 0) return "the system has no bath";
  if (problem.extraDissipators.length > 0) return "non-thermal dissipators (noise) are present";
  const [first] = problem.baths;
  const same = problem.baths.every(
    (b) => b.temperature === first.temperature && b.chemicalPotential === first.chemicalPotential,
  );
  if (!same) return "the baths differ in temperature or chemical potential";
  if (!(first.temperature > 0)) return "the common temperature is zero";
  return { temperature: first.temperature, chemicalPotential: first.chemicalPotential };
}

/**
 * With all baths at one temperature T and chemical potential μ the steady state is the Gibbs state
 * exp(−(H_S − μN)/T)/Z of the system Hamiltonian (detailed balance of the Davies generator; paper 001
 * eq. (28)). The value is max_ij |ρ_ss − ρ_Gibbs|.
 */
export default defineProperty({
  id: "gibbs-state",
  title: "Gibbs state at equal temperatures",
  source: "Detailed balance / KMS condition (Spohn & Lebowitz 1978); 001_a04d396bbf339a9e.txt eq. (28)",
  requires: { capabilities: ["steadyState"], maxDimension: 1024 },
  appliesTo(context) {
    const equilibrium = equilibriumOf(context.problem);
    return typeof equilibrium === "string" ? equilibrium : true;
  },
  check(context) {
    const equilibrium = equilibriumOf(context.problem);
    if (typeof equilibrium === "string") return notApplicable(equilibrium);
    const rho = context.steadyState()?.rho;
    if (!rho) return notApplicable("no unique steady state (see the warnings)");
    const { hamiltonian, numberOperator } = context.problem;
    const gibbs = gibbsState(
      hamiltonian.dense(),
      equilibrium.temperature,
      numberOperator.dense(),
      equilibrium.chemicalPotential,
    );
    const value = maxAbsDifference(rho, gibbs);
    const holds = value <= TOLERANCE;
    return compareWithBound({
      value,
      bound: 0,
      tolerance: TOLERANCE,
      holds,
      quantity: "max |ρ_ss − ρ_Gibbs|",
      relation: "=",
      details: holds ? undefined : { steadyState: rho.toJSON(), gibbs: gibbs.toJSON() },
    });
  },
});
