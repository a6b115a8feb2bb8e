import { type Command, Option } from "commander";
import { DEFAULT_EVOLUTION_TOLERANCE, type EvolutionMethod } from "../../dynamics/evolution.js";
import { InputError } from "../../input-error.js";
import type { ComplexMatrix } from "../../linalg/complex-matrix.js";
import { KRAUS_ROUTE_DIMENSION_LIMIT, krausRouteCorrelation } from "../../measures/kraus-correlation.js";
import { regressionCorrelation } from "../../measures/regression-correlation.js";
import { caseKey, engineOptionsFrom, parseAssignments } from "../../plugins/command-arguments.js";
import type { EngineOptions } from "../../plugins/engine.js";
import { EngineUnsupportedError } from "../../plugins/engine-errors.js";
import { INITIAL_STATES_TEXT, resolveInitialState } from "../../plugins/initial-state.js";
import { formatNumber } from "../../plugins/outcome.js";
import { collect, commandContext, print } from "../command-context.js";
import { timeSeriesCsv, timeSeriesTable } from "../format-trajectory.js";
import { operatorArgument } from "../observed-operators.js";
import { parseTime, parseTimeGrid } from "../time-arguments.js";

/** The JSON printed by `qmebench correlate --json` (README, "Dynamics"). */
export interface CorrelateResult {
  case: string;
  engine: string;
  parameters: Record<string, number | string>;
  options: EngineOptions;
  a: string;
  b: string;
  /** How E(τ) = exp(Lτ) is applied to Bρ: `regression` (the generator) or `kraus` (Kraus operators of the map). */
  route: CorrelationRoute;
  /** The state at the earlier time: `steady state`, or `ρ(t) from <initial> at t = …`. */
  state: string;
  tau: number[];
  /** C(τ) = ⟨A(t + τ)B(t)⟩. */
  re: number[];
  im: number[];
  method: string;
  /** A bound on |ΔC(τ)| from the propagator's error estimate. */
  errorEstimate: number;
  warnings: string[];
}

const ROUTES = ["regression", "kraus"] as const;
type CorrelationRoute = (typeof ROUTES)[number];

/**
 * `qmebench correlate <case> --engine <id> --a <op> --b <op> --times from:to:points[:log]
 * [--initial s [--at t]] [--route regression|kraus] [--json | --csv]`: ⟨A(t + τ)B(t)⟩ by the quantum
 * regression theorem, with exp(Lτ) applied through the generator or through its Kraus operators.
 */
export function addCorrelateCommand(program: Command): void {
  program
    .command("correlate")
    .description(
      "two-time correlation ⟨A(t+τ)B(t)⟩ = Tr[A exp(Lτ)(Bρ)] in the steady state or in ρ(t) (quantum regression theorem)",
    )
    .argument("<case>", "case id or path to a case file")
    .requiredOption("--engine <id>", "engine id (one with a generator L)")
    .requiredOption("--a <operator>", "the later operator A, an operator string such as X0")
    .requiredOption("--b <operator>", "the earlier operator B, an operator string such as X0")
    .requiredOption("--times <from:to:points>", "the delays τ (append :log for log spacing)")
    .option(
      "--initial <state>",
      `the initial state: for a degenerate steady state, or the state ρ(0) that --at evolves; ${INITIAL_STATES_TEXT}`,
    )
    .option("--at <t>", "correlate at ρ(t) from --initial instead of the steady state")
    .addOption(
      new Option(
        "--route <route>",
        `how exp(Lτ) acts on Bρ: regression (the generator L) or kraus (Σ K(τ)·Bρ·K(τ)† with the Kraus operators ` +
          `from the n²×n² Choi matrix, up to Hilbert-space dimension ${KRAUS_ROUTE_DIMENSION_LIMIT}; ` +
          "a map that is not completely positive, e.g. Redfield, has none and is reported)",
      )
        .choices(ROUTES)
        .default("regression"),
    )
    .option("--set <name=value>", "override a parameter (repeatable)", collect, [])
    .option("--option <name=value>", "engine option (repeatable)", collect, [])
    .addOption(new Option("--json", "print the correlation as JSON").conflicts("csv"))
    .addOption(new Option("--csv", "print one CSV row per τ"))
    .action(
      async (
        caseId: string,
        options: {
          engine: string;
          a: string;
          b: string;
          times: string;
          initial?: string;
          at?: string;
          route: CorrelationRoute;
          set: string[];
          option: string[];
          json?: boolean;
          csv?: boolean;
        },
      ) => {
        const taus = parseTimeGrid(options.times, "--times");
        const at = options.at === undefined ? undefined : parseTime(options.at, "--at");
        if (at !== undefined && options.initial === undefined) {
          throw new InputError({
            file: "--at",
            path: "",
            expected: "an --initial state to evolve to t",
            got: "no --initial",
          });
        }
        const context = await commandContext(program, { everything: false });
        const { registry } = context;
        const prepared = context.openCase(caseKey(caseId));
        const engine = registry.engine(options.engine);
        const problem = prepared.problemAt(parseAssignments(options.set, "--set"));
        const engineOptions = registry.optionsFor(engine, problem, engineOptionsFrom(options.option));
        if (!engine.generator || !engine.steadyState) {
          throw new EngineUnsupportedError(
            `engine ${engine.id} has no generator: the quantum regression theorem needs a Markovian generator L`,
          );
        }
        const supported = engine.supports(problem, engineOptions);
        if (supported !== true) {
          throw new EngineUnsupportedError(
            `engine ${engine.id} does not support case ${problem.caseId}: ${supported}`,
          );
        }
        if (options.route === "kraus" && problem.dimension > KRAUS_ROUTE_DIMENSION_LIMIT) {
          const n = problem.dimension;
          throw new InputError({
            file: "--route",
            path: "",
            expected: `a Hilbert-space dimension n ≤ ${KRAUS_ROUTE_DIMENSION_LIMIT} for route kraus (it decomposes the n²×n² Choi matrix of exp(Lτ) at every τ, ${KRAUS_ROUTE_DIMENSION_LIMIT ** 2}×${KRAUS_ROUTE_DIMENSION_LIMIT ** 2} at most; route regression has no such limit)`,
            got: `n = ${n} (a ${n * n}×${n * n} Choi matrix)`,
          });
        }
        const a = operatorArgument(options.a, problem, "--a");
        const b = operatorArgument(options.b, problem, "--b");
        const initialState = options.initial
          ? resolveInitialState(options.initial, problem, registry.context)
          : undefined;
        let rho: ComplexMatrix;
        let state: string;
        const warnings: string[] = [];
        if (at !== undefined) {
          const evolution = engine.evolve!(problem, engineOptions, initialState!, [at]);
          rho = evolution.states[0];
          warnings.push(...evolution.warnings);
          state = `ρ(t) from ${options.initial} at t = ${at} (${evolution.method}, error estimate ${formatNumber(evolution.errorEstimate)})`;
        } else {
          const steady = engine.steadyState(problem, engineOptions, { initialState });
          warnings.push(...steady.warnings);
          if (!steady.rho) {
            throw new InputError({
              file: "--initial",
              path: "",
              expected: `an initial state: the steady state is not unique (${steady.dimension} independent states)`,
              got: "none",
            });
          }
          rho = steady.rho;
          state = options.initial ? `steady state from ${options.initial}` : "steady state";
        }
        const { liouvillian } = engine.generator(problem, engineOptions);
        const correlation =
          options.route === "kraus"
            ? krausRouteCorrelation(liouvillian, a, b, rho, taus)
            : regressionCorrelation(liouvillian, a, b, rho, taus, {
                method: (engineOptions.evolution ?? "auto") as EvolutionMethod,
                tolerance: Number(engineOptions.evolutionTolerance ?? DEFAULT_EVOLUTION_TOLERANCE),
              });
        const result: CorrelateResult = {
          case: problem.caseId,
          engine: engine.id,
          parameters: problem.parameters,
          options: engineOptions,
          a: options.a,
          b: options.b,
          route: options.route,
          state,
          tau: taus,
          re: correlation.re,
          im: correlation.im,
          method: correlation.method,
          errorEstimate: correlation.errorEstimate,
          warnings: [...warnings, ...correlation.warnings],
        };
        for (const warning of result.warnings) process.stderr.write(`warning: ${warning}\n`);
        const series = {
          timeName: "tau",
          times: taus,
          columns: { C: { re: correlation.re, im: correlation.im } },
        };
        if (options.json) print(JSON.stringify(result));
        else if (options.csv) print(timeSeriesCsv(series));
        else {
          print(
            [
              `${result.case} with ${result.engine}: C(τ) = ⟨${options.a}(t+τ) ${options.b}(t)⟩ in the ${state}`,
              `route ${result.route}: ${result.method}, error bound ${formatNumber(result.errorEstimate)}`,
              timeSeriesTable(series),
            ].join("\n"),
          );
        }
      },
    );
}
