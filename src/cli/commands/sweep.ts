import { availableParallelism } from "node:os";
import { type Command, Option } from "commander";
import { sourceModuleUrl } from "../../package-root.js";
import { parseInitialState } from "../../physics/named-states.js";
import { caseKey, engineOptionsFrom, parseAssignments } from "../../plugins/command-arguments.js";
import { tablesToCsv } from "../../runner/csv-table.js";
import { type ParallelTask, parallelMap } from "../../runner/parallel-map.js";
import { parseSweepSpec } from "../../runner/sweep.js";
import {
  type SweepChunk,
  type SweepPointResult,
  type SweepTable,
  solveSweepChunk,
  solveSweepTable,
} from "../../runner/sweep-chunk.js";
import { planSweep } from "../../runner/sweep-plan.js";
import { collect, commandContext, print } from "../command-context.js";
import { createProgress } from "../progress.js";

function warnFailures(failures: number): void {
  if (failures > 0)
    process.stderr.write(`warning: no steady state at ${failures} point(s); see the error column\n`);
}

/** `qmebench sweep <case> --engine <id> --vary p=from:to:points[:log] [--json | --csv]`. */
export function addSweepCommand(program: Command): void {
  program
    .command("sweep")
    .description("solve a case at many values of one parameter")
    .argument("<case>", "case id or path to a case file")
    .requiredOption("--engine <id>", "engine id")
    .requiredOption("--vary <name=from:to:points>", "parameter to vary (append :log for log spacing)")
    .option("--set <name=value>", "override a parameter (repeatable)", collect, [])
    .option("--option <name=value>", "engine option (repeatable)", collect, [])
    .option("--initial <state>", "initial state (see solve)")
    .addOption(new Option("--json", "print an array of solve results").conflicts("csv"))
    .addOption(new Option("--csv", "print one CSV row per point"))
    .action(
      async (
        caseId: string,
        options: {
          engine: string;
          vary: string;
          set: string[];
          option: string[];
          initial?: string;
          json?: boolean;
          csv?: boolean;
        },
      ) => {
        const spec = parseSweepSpec(options.vary);
        const task: ParallelTask = {
          moduleUrl: sourceModuleUrl("runner/sweep-chunk.js"),
          exportName: options.json ? "solveSweepChunk" : "solveSweepTable",
          local: options.json ? solveSweepChunk : solveSweepTable,
        };
        const context = await commandContext(program, { everything: false });
        const { registry } = context;
        const key = caseKey(caseId);
        const prepared = context.openCase(key);
        const engine = registry.engine(options.engine);
        const base = parseAssignments(options.set, "--set");
        // validates the names, the initial state and the options before the loop
        const first = prepared.problemAt({ ...base, [spec.parameter]: spec.values[0] });
        if (options.initial) parseInitialState(options.initial, first.sites.length);
        const given = engineOptionsFrom(options.option);
        registry.optionsFor(engine, first, given);
        const chunk: Omit<SweepChunk, "values"> = {
          case: key,
          engine: engine.id,
          parameter: spec.parameter,
          overrides: base,
          options: given,
          initial: options.initial,
        };
        // Long sweeps of heavy problems run on all cores, the others in this thread (sweep-plan.ts).
        const { workers, chunkPoints } = planSweep(
          spec.values.length,
          first.dimension,
          availableParallelism(),
        );
        const chunks: SweepChunk[] = [];
        for (let start = 0; start < spec.values.length; start += chunkPoints) {
          chunks.push({ ...chunk, values: spec.values.slice(start, start + chunkPoints) });
        }
        const progress = createProgress(`sweep ${spec.parameter}`);
        const solved = await parallelMap<SweepChunk, SweepPointResult[] | SweepTable>(task, chunks, {
          context,
          workers,
          minimumForThreads: 2,
          chunkSize: 1,
          onProgress: (done) =>
            progress.update(Math.min(spec.values.length, done * chunkPoints), spec.values.length),
        });
        progress.stop();
        if (options.json) {
          const results = (solved as SweepPointResult[][]).flat();
          warnFailures(results.filter((r) => "error" in r).length);
          print(JSON.stringify(results));
        } else {
          const tables = solved as SweepTable[];
          warnFailures(tables.reduce((sum, table) => sum + table.failures, 0));
          print(tablesToCsv(tables));
        }
      },
    );
}
