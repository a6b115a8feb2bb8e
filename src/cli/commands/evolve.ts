import { type Command, Option } from "commander";
import { InputError } from "../../input-error.js";
import { type ComplexMatrix, trace } from "../../linalg/complex-matrix.js";
import { stateSpaceExcursion } from "../../measures/state-space-excursion.js";
import { type ObservedValues, trajectoryObservables } from "../../measures/trajectory-observables.js";
import { caseKey, engineOptionsFrom, parseAssignments } from "../../plugins/command-arguments.js";
import type { Problem } from "../../physics/problem.js";
import type { Engine, EngineOptions } from "../../plugins/engine.js";
import { EngineUnsupportedError } from "../../plugins/engine-errors.js";
import { INITIAL_STATES_TEXT, resolveInitialState } from "../../plugins/initial-state.js";
import { formatNumber } from "../../plugins/outcome.js";
import { DENSE_SUPEROPERATOR_LIMIT } from "../../superoperators/superoperator.js";
import { collect, commandContext, print } from "../command-context.js";
import { timeSeriesCsv, timeSeriesTable } from "../format-trajectory.js";
import { observedOperators } from "../observed-operators.js";
import { parseTimeGrid, parseTimeList } from "../time-arguments.js";

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

/** The engine's evolution from rho0 over the times, the observables along it and what went wrong. */
function evolveTrajectory(
  engine: Engine,
  problem: Problem,
  options: EngineOptions,
  rho0: ComplexMatrix,
  times: number[],
  stateTimes: number[],
  observe: string | undefined,
  initial: string,
): EvolveResult {
  const observed = observedOperators(observe, problem);
  const grid = [...new Set([...times, ...stateTimes])].sort((a, b) => a - b);
  const bytes = 16 * grid.length * problem.dimension ** 2;
  if (bytes > TRAJECTORY_BYTES) {
    throw new InputError({
      file: "--times",
      path: "",
      expected: `at most ${Math.floor(TRAJECTORY_BYTES / (16 * problem.dimension ** 2))} times for Hilbert-space dimension ${problem.dimension} (the states take 1 GiB)`,
      got: `${grid.length} times`,
    });
  }
  const evolution = engine.evolve!(problem, options, rho0, grid);
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
    initial,
    evolution: {
      method: evolution.method,
      errorEstimate: evolution.errorEstimate,
      ...(evolution.steps === undefined ? {} : { steps: evolution.steps }),
    },
    times,
    observables: trajectoryObservables(states, observed),
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

/**
 * `qmebench evolve <case> --engine <id> --initial <state> --times from:to:points[:log] [--observe ops]
 * [--states t1,t2] [--json | --csv]`: expectation values along ρ(t) of any engine that evolves.
 */
export function addEvolveCommand(program: Command): void {
  program
    .command("evolve")
    .description("expectation values along the time evolution ρ(t) from an initial state")
    .argument("<case>", "case id or path to a case file")
    .requiredOption("--engine <id>", "engine id")
    .requiredOption("--initial <state>", `initial state: ${INITIAL_STATES_TEXT}`)
    .requiredOption("--times <from:to:points>", "times (append :log for log spacing), e.g. 0:20:1001")
    .option(
      "--observe <operators>",
      'comma-separated operator strings, e.g. "n0, X1, sp0 sm1" (default: Z or n of every site); the case\'s own operator observables are added',
    )
    .option("--states <times>", "also print ρ(t) at these comma-separated times")
    .option("--set <name=value>", "override a parameter (repeatable)", collect, [])
    .option("--option <name=value>", "engine option, e.g. evolution=krylov (repeatable)", collect, [])
    .addOption(new Option("--json", "print the trajectory as JSON").conflicts("csv"))
    .addOption(new Option("--csv", "print one CSV row per time"))
    .action(
      async (
        caseId: string,
        options: {
          engine: string;
          initial: string;
          times: string;
          observe?: string;
          states?: string;
          set: string[];
          option: string[];
          json?: boolean;
          csv?: boolean;
        },
      ) => {
        const times = parseTimeGrid(options.times, "--times");
        const stateTimes = options.states === undefined ? [] : parseTimeList(options.states, "--states");
        const context = await commandContext(program, { everything: false });
        const { registry } = context;
        const prepared = context.openCase(caseKey(caseId));
        const engine = registry.engine(options.engine);
        const problem = prepared.problemAt(parseAssignments(options.set, "--set"));
        const engineOptions = registry.optionsFor(engine, problem, engineOptionsFrom(options.option));
        if (!engine.evolve)
          throw new EngineUnsupportedError(`engine ${engine.id} has no time evolution (evolve)`);
        const supported = engine.supports(problem, engineOptions);
        if (supported !== true) {
          throw new EngineUnsupportedError(
            `engine ${engine.id} does not support case ${problem.caseId}: ${supported}`,
          );
        }
        if (engineOptions.evolution === "dense" && problem.dimension > DENSE_SUPEROPERATOR_LIMIT) {
          throw new InputError({
            file: "--option",
            path: "evolution",
            expected: `krylov or auto above Hilbert-space dimension ${DENSE_SUPEROPERATOR_LIMIT} (dense needs the n²×n² matrix of L)`,
            got: `dense for dimension ${problem.dimension}`,
          });
        }
        const rho0 = resolveInitialState(options.initial, problem, registry.context);
        const result = evolveTrajectory(
          engine,
          problem,
          engineOptions,
          rho0,
          times,
          stateTimes,
          options.observe,
          options.initial,
        );
        for (const warning of result.warnings) process.stderr.write(`warning: ${warning}\n`);
        const series = {
          timeName: "time",
          times: result.times,
          columns: { ...result.observables, trace: result.trace },
        };
        if (options.json) print(JSON.stringify(result));
        else if (options.csv) print(timeSeriesCsv(series));
        else {
          print(
            [
              `${result.case} with ${result.engine} from ${result.initial}`,
              `evolution: ${result.evolution.method}, error estimate ${formatNumber(result.evolution.errorEstimate)}`,
              timeSeriesTable(series),
            ].join("\n"),
          );
        }
      },
    );
}
