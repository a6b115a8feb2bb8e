import { addScaledInPlace } from "../../src/linalg/complex-matrix.js";
import { epaGenerator } from "../../src/physics/newns/epa-generator.js";
import { epaRates } from "../../src/physics/newns/epa-rates.js";
import { type NewnsModel, newnsModelOfProblem } from "../../src/physics/newns/newns-model.js";
import type { Problem } from "../../src/physics/problem.js";
import { defineMarkovianEngine } from "../../src/plugins/markovian-engine.js";
import { DenseSuperoperator } from "../../src/superoperators/superoperator.js";

function model(problem: Problem): NewnsModel {
  const built = newnsModelOfProblem(problem);
  if (typeof built === "string") throw new RangeError(`invalid argument. ${built}.`);
  return built;
}

/**
 * The exponential-propagator approximation of paper 004 (004_3bda4ae6cebee785.txt): G_j(t) ≈
 * e^{−iE_j t − Γ_j t/2} (eq. 53), valid to O(Γ/Ω). Its asymptotic master equation (50)-(51) with the rate
 * matrices Λ± of eq. (55) is the generator; the bath dissipators are L_L, L_R of eqs. (57)-(58) (currents by
 * eq. 6) and the interference term L_int (eq. 65) is part of L only. `evolve` is exp(Lt) with these
 * asymptotic rates; the time-dependent EPA of eq. (54) (paper Fig. 4) is `exponentialPropagator` in
 * src/physics/newns/exact-evolution.ts.
 */
export default defineMarkovianEngine({
  id: "newns-epa",
  title: "Exponential-propagator approximation (Newns leads)",
  description:
    "Paper 004's weak-coupling scheme (004_3bda4ae6cebee785.txt eq. 53, error O(Γ/Ω)): asymptotic master " +
    "equation (50)-(51) with the rate matrices Λ± of eq. (55), split into L_L + L_R + L_int (eqs. 56-58, 65); " +
    "not additive and not always in Lindblad form (negative canonical rates, eq. 82). Two fermionic modes " +
    "between Newns leads only.",
  traits: { approximation: "asymptotic", markovian: true, lindbladForm: false },
  supports(problem) {
    try {
      const built = newnsModelOfProblem(problem);
      return typeof built === "string" ? built : true;
    } catch (error) {
      return (error as Error).message;
    }
  },
  form: () => "dense",
  generator(problem) {
    const m = model(problem);
    const pieces = epaGenerator(m, problem.hamiltonian.dense(), epaRates(m));
    const liouvillian = pieces.coherent.clone();
    for (const part of [...pieces.bath, pieces.interference]) addScaledInPlace(liouvillian, part, 1);
    const [left, right] = problem.baths.map((bath) => bath.name);
    return {
      liouvillian: new DenseSuperoperator(liouvillian),
      bathDissipators: {
        [left]: new DenseSuperoperator(pieces.bath[0]),
        [right]: new DenseSuperoperator(pieces.bath[1]),
      },
    };
  },
});
