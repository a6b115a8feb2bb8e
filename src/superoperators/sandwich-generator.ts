import type { Problem } from "../physics/problem.js";
import { coherentGenerator, lindbladDissipator } from "./lindblad-form.js";
import type { MarkovianGenerator } from "./markovian-generator.js";
import { SandwichSuperoperator } from "./sandwich-superoperator.js";

/**
 * The generator of a master equation in sandwich form from its bath dissipators:
 * L = −i[H_S, ·] + Σ_α D_α + Σ_k γ_k D[L_k], the last the case's extra (non-thermal) dissipators, with
 * the per-bath split kept for the currents. What every sandwich-form engine (local Lindblad, Redfield,
 * paper 003's weak-coupling equation) assembles once it has its D_α.
 */
export function sandwichGenerator(
  problem: Problem,
  bathDissipators: Record<string, SandwichSuperoperator>,
): MarkovianGenerator {
  const extra = lindbladDissipator(
    problem.dimension,
    problem.extraDissipators.map((d) => ({ operator: d.operator, rate: d.rate })),
  );
  const liouvillian = SandwichSuperoperator.sum([
    coherentGenerator(problem.hamiltonian),
    ...Object.values(bathDissipators),
    extra,
  ]);
  return { liouvillian, bathDissipators };
}
