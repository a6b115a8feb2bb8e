import type { Problem } from "../physics/problem.js";
import type { BathCurrents, Engine, EngineOptions, SteadyStateRequest } from "../plugins/engine.js";
import { EngineSolution } from "./engine-solution.js";
import type { SolvedQuantities } from "./flatten.js";

/** The JSON printed by `qmebench solve --json` (DESIGN.md, command-line contract). */
export interface SolveResult {
  case: string;
  engine: string;
  parameters: Record<string, number | string>;
  options: EngineOptions;
  steadyState: { re: number[][] | null; im: number[][] | null; dimension: number };
  observables: Record<string, unknown> | null;
  currents: Record<string, BathCurrents> | null;
  entropyProduction: number | null;
  warnings: string[];
}

/** Steady state, observables, currents and entropy production of one engine on one problem. */
export function solveProblem(
  problem: Problem,
  engine: Engine,
  options: EngineOptions,
  request: SteadyStateRequest = {},
): SolveResult {
  const solution = steadyStateSolution(problem, engine, options, request);
  const steady = solution.steadyState()!;
  const matrix = steady.rho?.toJSON();
  return {
    case: problem.caseId,
    engine: engine.id,
    parameters: problem.parameters,
    options,
    steadyState: { re: matrix?.re ?? null, im: matrix?.im ?? null, dimension: steady.dimension },
    ...solvedQuantities(solution),
    warnings: steady.warnings,
  };
}

/** The observables, currents and entropy production of a solution; null where the engine gives none. */
export function solvedQuantities(solution: EngineSolution): SolvedQuantities {
  return {
    observables: solution.observables() ?? null,
    currents: solution.currents() ?? null,
    entropyProduction: solution.entropyProduction() ?? null,
  };
}

/**
 * The engine applied to the problem, with its steady state solved: what solveProblem reports, for
 * callers that need only part of it (CSV sweeps). Throws EngineUnsupportedError when the engine does
 * not support the problem or computes no steady state.
 */
export function steadyStateSolution(
  problem: Problem,
  engine: Engine,
  options: EngineOptions,
  request: SteadyStateRequest = {},
): EngineSolution {
  const supported = engine.supports(problem);
  if (supported !== true) {
    throw new EngineUnsupportedError(
      `engine ${engine.id} does not support case ${problem.caseId}: ${supported}`,
    );
  }
  if (!engine.steadyState) {
    throw new EngineUnsupportedError(`engine ${engine.id} computes no steady state`);
  }
  const solution = new EngineSolution(problem, engine, options, request);
  solution.steadyState();
  return solution;
}

/** An engine asked for something it cannot do on this case (reported, exit status 2 on the CLI). */
export class EngineUnsupportedError extends Error {
  override name = "EngineUnsupportedError";
}
