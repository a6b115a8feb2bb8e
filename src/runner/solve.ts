import type { Problem } from "../physics/problem.js";
import type { BathCurrents, Engine, EngineOptions, SteadyStateRequest } from "../plugins/engine.js";
import { EngineUnsupportedError } from "../plugins/engine-errors.js";
import { EngineSolution } from "./engine-solution.js";
import type { SolvedQuantities } from "./flatten.js";

/**
 * Largest Hilbert-space dimension whose steady state `solve --json` prints in full (16: four qubits);
 * larger ones print the observables only, unless `--full-state` asks for the matrix.
 */
export const FULL_STATE_LIMIT = 16;

/** How the steady state was solved: the method, its residual and what else it measured. */
export interface SolverReport {
  method: string;
  /** ‖L ρ‖ relative to the scale of L and ρ. */
  residual: number;
  conditionEstimate?: number;
  iterations?: number;
}

/** The JSON printed by `qmebench solve --json` (DESIGN.md, command-line contract). */
export interface SolveResult {
  case: string;
  engine: string;
  parameters: Record<string, number | string>;
  options: EngineOptions;
  steadyState: {
    re: number[][] | null;
    im: number[][] | null;
    /** The number of independent steady states. */
    dimension: number;
    hilbertDimension: number;
    /** Why `re`/`im` are null while a state exists (its size). */
    omitted?: string;
  };
  solver: SolverReport;
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
  { fullState = false }: { fullState?: boolean } = {},
): SolveResult {
  const solution = steadyStateSolution(problem, engine, options, request);
  const steady = solution.steadyState()!;
  const printed = steady.rho !== null && (fullState || problem.dimension <= FULL_STATE_LIMIT);
  const matrix = printed ? steady.rho!.toJSON() : undefined;
  return {
    case: problem.caseId,
    engine: engine.id,
    parameters: problem.parameters,
    options,
    steadyState: {
      re: matrix?.re ?? null,
      im: matrix?.im ?? null,
      dimension: steady.dimension,
      hilbertDimension: problem.dimension,
      ...(steady.rho && !printed
        ? {
            omitted: `a ${problem.dimension}×${problem.dimension} matrix is printed only with --full-state (above ${FULL_STATE_LIMIT})`,
          }
        : {}),
    },
    solver: solverReport(steady),
    ...solvedQuantities(solution),
    warnings: solution.warnings(),
  };
}

/** The solver fields of a steady-state result. */
export function solverReport(steady: {
  method: string;
  residual: number;
  conditionEstimate?: number;
  iterations?: number;
}): SolverReport {
  return {
    method: steady.method,
    residual: steady.residual,
    ...(steady.conditionEstimate === undefined ? {} : { conditionEstimate: steady.conditionEstimate }),
    ...(steady.iterations === undefined ? {} : { iterations: steady.iterations }),
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
 * not support the problem or computes no steady state. `options` must be validated (registry.optionsFor).
 */
export function steadyStateSolution(
  problem: Problem,
  engine: Engine,
  options: EngineOptions,
  request: SteadyStateRequest = {},
): EngineSolution {
  const supported = engine.supports(problem, options);
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
