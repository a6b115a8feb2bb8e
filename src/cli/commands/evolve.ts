import { type Command, Option } from "commander";
import { InputError } from "../../input-error.js";
import { caseKey, engineOptionsFrom, parseAssignments } from "../../plugins/command-arguments.js";
import { EngineUnsupportedError } from "../../plugins/engine-errors.js";
import { INITIAL_STATES_TEXT, resolveInitialState } from "../../plugins/initial-state.js";
import { formatNumber } from "../../plugins/outcome.js";
import { evolveTrajectory } from "../../runner/evolve-trajectory.js";
import { DENSE_SUPEROPERATOR_LIMIT } from "../../superoperators/superoperator.js";
import { collect, commandContext, print } from "../command-context.js";
import { timeSeriesCsv, timeSeriesTable } from "../format-trajectory.js";
import { observedOperators } from "../observed-operators.js";
import { parseTimeGrid, parseTimeList } from "../time-arguments.js";

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
        const result = evolveTrajectory(engine, problem, engineOptions, {
          rho0,
          initial: options.initial,
          times,
          stateTimes,
          observed: observedOperators(options.observe, problem),
          timesWhere: { file: "--times", path: "" },
        });
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
