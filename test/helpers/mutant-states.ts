import type { ComplexMatrix } from "../../src/linalg/complex-matrix.js";
import { gibbsState } from "../../src/physics/gibbs-state.js";
import type { Problem } from "../../src/physics/problem.js";
import type { Engine, EngineOptions } from "../../src/plugins/engine.js";
import { localLindblad } from "./property-registry.js";

/** A steady state to put in place of an engine's own (`replace.steadyState`). */
export type SteadyStateReplacement = (problem: Problem, options: EngineOptions) => ComplexMatrix;

/** Another engine's steady state of the same problem: stationary under that engine's generator, not this one's. */
export const steadyStateOf =
  (engine: Engine): SteadyStateReplacement =>
  (problem, options) =>
    engine.steadyState!(problem, options).rho!;

/** The local master equation's steady state: the bare sites thermalised, stationary under the local generator only. */
export const localSteadyState = steadyStateOf(localLindblad);

/** The Gibbs state of H_S at factor·TM, TM the mean temperature of the two baths (μ = 0). */
export const gibbsAtMeanTemperature =
  (factor = 1) =>
  (problem: Problem): ComplexMatrix =>
    gibbsState(problem.hamiltonian.dense(), factor * Number(problem.parameters.TM));
