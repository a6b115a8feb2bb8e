import type { ComplexMatrix } from "../../src/linalg/complex-matrix.js";
import { exactEvolution } from "../../src/physics/newns/exact-evolution.js";
import { gaussianDoubleOccupancy, twoModeDensityMatrix } from "../../src/physics/newns/gaussian-state.js";
import { type NewnsModel, newnsModelOfProblem } from "../../src/physics/newns/newns-model.js";
import {
  type ExactSteadyState,
  exactSteadyState,
  STEADY_STATE_TOLERANCE,
} from "../../src/physics/newns/steady-state-correlation.js";
import type { Problem } from "../../src/physics/problem.js";
import { defineEngine } from "../../src/plugins/engine.js";

// One model and one exact steady state per problem: steady state, currents and properties share them.
const models = new WeakMap<Problem, NewnsModel>();
const solutions = new WeakMap<Problem, ExactSteadyState>();

function modelOf(problem: Problem): NewnsModel {
  let model = models.get(problem);
  if (!model) {
    const built = newnsModelOfProblem(problem);
    if (typeof built === "string") throw new RangeError(`invalid argument. ${built}.`);
    model = built;
    models.set(problem, model);
  }
  return model;
}

function solutionOf(problem: Problem): ExactSteadyState {
  let solution = solutions.get(problem);
  if (!solution) {
    solution = exactSteadyState(modelOf(problem));
    solutions.set(problem, solution);
  }
  return solution;
}

/**
 * The exact solution of paper 004 (004_3bda4ae6cebee785.txt): no Born-Markov, secular or wide-band
 * approximation. The steady state is the Gaussian state of C(∞), eq. (32) with eqs. (35)-(37), and
 * D = det C; the currents are the Landauer formulae eqs. (43)-(45); the evolution is eqs. (24), (29)-(31).
 */
export default defineEngine({
  id: "newns-exact",
  title: "Exact solution (Newns leads)",
  description:
    "Exact steady state and dynamics of two fermionic modes between semi-infinite uniform tight-binding leads " +
    "(004_3bda4ae6cebee785.txt): the steady-state correlation matrix C(∞) of eq. (32) by adaptive quadrature " +
    "(eqs. 35-37, no principal values), the Gaussian 4×4 state with double occupancy det C, the Landauer " +
    "currents of eqs. (43)-(45), and C(t), D(t) from eqs. (24), (29)-(31). Only the case newns-double-dot.",
  supports(problem) {
    try {
      const model = newnsModelOfProblem(problem);
      return typeof model === "string" ? model : true;
    } catch (error) {
      return (error as Error).message;
    }
  },
  steadyState(problem) {
    const solution = solutionOf(problem);
    const rho = twoModeDensityMatrix(
      solution.siteCorrelation,
      gaussianDoubleOccupancy(solution.eigenmodeCorrelation),
    );
    const warnings =
      solution.quadratureError > 10 * STEADY_STATE_TOLERANCE
        ? [
            `quadrature error estimate ${solution.quadratureError.toExponential(2)} above the target ${STEADY_STATE_TOLERANCE}`,
          ]
        : [];
    return { rho, dimension: 1, warnings };
  },
  // The Landauer currents belong to the exact steady state; the state passed in is that state.
  currents(problem) {
    const { particleCurrent, energyCurrent } = solutionOf(problem);
    const [muL, muR] = modelOf(problem).chemicalPotentials;
    return {
      left: { energy: energyCurrent, particle: particleCurrent, heat: energyCurrent - muL * particleCurrent },
      right: {
        energy: -energyCurrent,
        particle: -particleCurrent,
        heat: -energyCurrent + muR * particleCurrent,
      },
    };
  },
  evolve(problem, _options, rho0: ComplexMatrix, times) {
    return exactEvolution(modelOf(problem), rho0, times);
  },
});
