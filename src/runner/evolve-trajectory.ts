import { InputError } from "../input-error.js";
import { type ComplexMatrix, trace } from "../linalg/complex-matrix.js";
import { stateSpaceExcursion } from "../measures/state-space-excursion.js";
import {
  type ObservedOperator,
  type ObservedValues,
  trajectoryObservables,
} from "../measures/trajectory-observables.js";
import type { Problem } from "../physics/problem.js";
import type { Engine, EngineOptions } from "../plugins/engine.js";
import { formatNumber } from "../plugins/outcome.js";

/** Largest memory the states of one trajectory may take (16 bytes per complex entry). */
const TRAJECTORY_BYTES = 2 ** 30;
/** Largest Hilbert-space dimension whose states are checked for positivity at every time (one n³ spectrum each). */
const POSITIVITY_CHECK_LIMIT = 64;
/** Largest accepted |Tr ρ(t) − 1| and most negative eigenvalue before a warning. */
const STATE_SPACE_TOLERANCE = 1e-8;

/** The JSON printed by `qmebench evolve --json` (README, "Dynamics"). */
export interface EvolveResult {
  case: string;
  engine: string;
  parameters: Record<string, number | string>;
  options: EngineOptions;
  initial: string;
  evolution: { method: string; errorEstimate: number; steps?: number };
  times: number[];
  /** ⟨O⟩(t) by name: numbers for Hermitian operators, {re, im} arrays otherwise. */
  observables: Record<string, ObservedValues>;
  /** Re Tr ρ(t). */
  trace: number[];
  /** The worst excursion from the state space along the trajectory (positivity up to dimension 64). */
  stateSpace: {
    traceError: number;
    hermiticityError: number;
    smallestEigenvalue: number | null;
    smallestEigenvalueTime: number | null;
  };
  /** ρ(t) at the times of --states. */
  states?: { time: number; re: number[][]; im: number[][] }[];
  warnings: string[];
}

/** What to evolve: the initial state (and how it was written), the times, what to observe. */
export interface TrajectoryRequest {
  rho0: ComplexMatrix;
  /** The initial state as written (`--initial`, a case's `trajectories[].initial`). */
  initial: string;
  times: number[];
  /** Times at which ρ(t) itself is returned (`--states`). */
  stateTimes: number[];
  observed: readonly ObservedOperator[];
  /** Where the times were given, for the message when their states would not fit in memory. */
  timesWhere: { file: string; path: string };
}

/**
 * One engine's evolution from ρ0 over the times (`qmebench evolve`, and the trajectories a case declares
 * for `qmebench run`): the observables along it, Re Tr ρ(t), the worst excursion from the state space,
 * and warnings for what went wrong, with its size and time.
 */
export function evolveTrajectory(
  engine: Engine,
  problem: Problem,
  options: EngineOptions,
  request: TrajectoryRequest,
): EvolveResult {
  const { times, stateTimes } = request;
  const grid = [...new Set([...times, ...stateTimes])].sort((a, b) => a - b);
  const bytes = 16 * grid.length * problem.dimension ** 2;
  if (bytes > TRAJECTORY_BYTES) {
    throw new InputError({
      ...request.timesWhere,
      expected: `at most ${Math.floor(TRAJECTORY_BYTES / (16 * problem.dimension ** 2))} times for Hilbert-space dimension ${problem.dimension} (the states take 1 GiB)`,
      got: `${grid.length} times`,
    });
  }
  const evolution = engine.evolve!(problem, options, request.rho0, grid);
  const at = new Map(grid.map((t, k) => [t, evolution.states[k]]));
  const states = times.map((t) => at.get(t)!);
  const excursion = stateSpaceExcursion(states, times, POSITIVITY_CHECK_LIMIT);
  const warnings = [...evolution.warnings];
  if (excursion.traceError > STATE_SPACE_TOLERANCE) {
    warnings.push(
      `Tr ρ(t) strays from 1 by ${excursion.traceError.toExponential(2)} (at t = ${formatNumber(excursion.traceErrorTime)})`,
    );
  }
  if (excursion.smallestEigenvalue === null) {
    warnings.push(
      `positivity of ρ(t) is not checked above Hilbert-space dimension ${POSITIVITY_CHECK_LIMIT}`,
    );
  } else if (excursion.smallestEigenvalue < -STATE_SPACE_TOLERANCE) {
    warnings.push(
      `ρ(t) leaves the state space: smallest eigenvalue ${excursion.smallestEigenvalue.toExponential(2)} at t = ${formatNumber(excursion.smallestEigenvalueTime!)} (a generator that is not completely positive, e.g. Bloch-Redfield, can do this)`,
    );
  }
  return {
    case: problem.caseId,
    engine: engine.id,
    parameters: problem.parameters,
    options,
    initial: request.initial,
    evolution: {
      method: evolution.method,
      errorEstimate: evolution.errorEstimate,
      ...(evolution.steps === undefined ? {} : { steps: evolution.steps }),
    },
    times,
    observables: trajectoryObservables(states, request.observed),
    trace: states.map((rho) => trace(rho)[0]),
    stateSpace: {
      traceError: excursion.traceError,
      hermiticityError: excursion.hermiticityError,
      smallestEigenvalue: excursion.smallestEigenvalue,
      smallestEigenvalueTime: excursion.smallestEigenvalueTime,
    },
    ...(stateTimes.length > 0
      ? { states: stateTimes.map((time) => ({ time, ...at.get(time)!.toJSON() })) }
      : {}),
    warnings,
  };
}
