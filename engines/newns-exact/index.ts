import { InputError } from "../../src/input-error.js";
import { type ComplexMatrix, frobeniusNorm, subtract } from "../../src/linalg/complex-matrix.js";
import { DEFAULT_RESOLUTION } from "../../src/physics/newns/correlation-evolution.js";
import { commutesWithParticleNumber, exactEvolution } from "../../src/physics/newns/exact-evolution.js";
import { gaussianDoubleOccupancy, twoModeDensityMatrix } from "../../src/physics/newns/gaussian-state.js";
import { type NewnsModel, newnsModelOfProblem } from "../../src/physics/newns/newns-model.js";
import {
  type ExactSteadyState,
  exactSteadyState,
  STEADY_STATE_TOLERANCE,
} from "../../src/physics/newns/steady-state-correlation.js";
import type { Problem } from "../../src/physics/problem.js";
import { defineEngine } from "../../src/plugins/engine.js";
import { lastValueMemo } from "../../src/plugins/last-value-memo.js";

// The model and exact steady state of the last problem: steady state, currents and properties share them.
const modelOf = lastValueMemo((problem: Problem): NewnsModel => {
  const built = newnsModelOfProblem(problem);
  if (typeof built === "string") throw new RangeError(`invalid argument. ${built}.`);
  return built;
});
const solutionOf = lastValueMemo((problem: Problem): ExactSteadyState =>
  exactSteadyState(modelOf(problem, {})),
);

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
    "currents of eqs. (43)-(45), and C(t), D(t) from eqs. (24), (29)-(31). Two fermionic modes between Newns leads only.",
  traits: { approximation: "exact", markovian: false, lindbladForm: false },
  supports(problem) {
    try {
      const model = newnsModelOfProblem(problem);
      return typeof model === "string" ? model : true;
    } catch (error) {
      return (error as Error).message;
    }
  },
  steadyState(problem) {
    const solution = solutionOf(problem, {});
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
    return {
      rho,
      dimension: 1,
      warnings,
      method: "exact (paper 004 eq. (32))",
      residual: solution.quadratureError,
    };
  },
  // The Landauer currents belong to the exact steady state; the state passed in is that state.
  currents(problem) {
    const { particleCurrent, energyCurrent } = solutionOf(problem, {});
    const [muL, muR] = modelOf(problem, {}).chemicalPotentials;
    const [left, right] = problem.baths.map((bath) => bath.name);
    return {
      [left]: {
        energy: energyCurrent,
        particle: particleCurrent,
        heat: energyCurrent - muL * particleCurrent,
      },
      [right]: {
        energy: -energyCurrent,
        particle: -particleCurrent,
        heat: -energyCurrent + muR * particleCurrent,
      },
    };
  },
  // The error is estimated by the same evolution at half the resolution (time steps and band panels twice
  // as long) to the last time: the quadratures converge, so the difference bounds the finer one's error.
  evolve(problem, _options, rho0: ComplexMatrix, times) {
    const model = modelOf(problem, {});
    if (!commutesWithParticleNumber(rho0)) {
      throw new InputError({
        file: "initial state",
        path: "",
        expected:
          "a state that commutes with the particle number (paper 004 eqs. (29)-(31) assume [N, ρ(0)] = 0)",
        got: "coherences between particle-number sectors",
      });
    }
    const states = exactEvolution(model, rho0, times);
    const last = times.length > 0 ? times[times.length - 1] : 0;
    const coarse = {
      maxStep: 2 * DEFAULT_RESOLUTION.maxStep,
      maxPhasePerPanel: 2 * DEFAULT_RESOLUTION.maxPhasePerPanel,
    };
    const errorEstimate =
      last > 0
        ? frobeniusNorm(subtract(exactEvolution(model, rho0, [last], coarse)[0], states[states.length - 1]))
        : 0;
    return {
      states,
      method: `exact (paper 004 eqs. (24), (29)-(31)): band quadrature, Filon time steps ≤ ${DEFAULT_RESOLUTION.maxStep}`,
      errorEstimate,
      warnings: [],
    };
  },
});
