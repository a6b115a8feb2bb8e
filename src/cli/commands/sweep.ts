import { availableParallelism } from "node:os";
import { type Command, Option } from "commander";
import { InputError } from "../../input-error.js";
import { sourceModuleUrl } from "../../package-root.js";
import { caseKey, engineOptionsFrom, parseAssignments } from "../../plugins/command-arguments.js";
import { resolveInitialState } from "../../plugins/initial-state.js";
import { csvLine, linesInColumns, tablesToCsv } from "../../runner/csv-table.js";
import { type ParallelTask, parallelMap } from "../../runner/parallel-map.js";
import { contiguousShard, parseShard } from "../../runner/shard.js";
import { parseSweepSpec } from "../../runner/sweep.js";
import {
  type SweepChunk,
  type SweepPointResult,
  type SweepTable,
  solveSweepChunk,
  solveSweepTable,
} from "../../runner/sweep-chunk.js";
import { planSweep } from "../../runner/sweep-plan.js";
import { collect, commandContext } from "../command-context.js";
import { createProgress } from "../progress.js";
import { writeOutput } from "../write-output.js";

/** Where a sweep's chunks go as they finish; `finish` completes the output and returns the failed points. */
interface SweepOutput {
  add(chunk: SweepPointResult[] & SweepTable): Promise<void>;
  finish(): Promise<number>;
}

/** `--json`: one array, its elements written as the chunks come in. */
function jsonOutput(): SweepOutput {
  let first = true;
  let failures = 0;
  return {
    async add(results) {
      if (results.length === 0) return;
      failures += results.filter((r) => "error" in r).length;
      const text = results.map((r) => JSON.stringify(r)).join(",");
      await writeOutput(first ? `[${text}` : `,${text}`);
      first = false;
    },
    async finish() {
      await writeOutput(first ? "[]\n" : "]\n");
      return failures;
    },
  };
}

/**
 * `--csv`, streamed: the header is the swept parameter, the quantities of the first chunk that has any,
 * and the warning and error columns; chunks before it (all failed points) wait for it.
 */
function streamedCsv(parameter: string): SweepOutput {
  let header: string[] | undefined;
  const waiting: SweepTable[] = [];
  let failures = 0;
  const write = (table: SweepTable) => {
    const lines = linesInColumns(table, header!);
    return lines === "" ? Promise.resolve() : writeOutput(`${lines}\n`);
  };
  const open = async (tables: SweepTable[]) => {
    const quantities = tables.flatMap((t) => t.columns).filter((c, k, all) => all.indexOf(c) === k);
    header = [
      parameter,
      ...quantities.filter((c) => c !== parameter && c !== "warning" && c !== "error"),
      "warning",
      "error",
    ];
    await writeOutput(`${csvLine(header)}\n`);
    for (const table of tables) await write(table);
  };
  return {
    async add(table) {
      failures += table.failures;
      if (header) return write(table);
      waiting.push(table);
      if (table.columns.some((c) => c !== parameter && c !== "warning" && c !== "error"))
        await open(waiting.splice(0));
    },
    async finish() {
      if (!header) await open(waiting.splice(0));
      return failures;
    },
  };
}

/** `--csv` over a structural parameter: all chunks, then one table with the union of their columns. */
function collectedCsv(): SweepOutput {
  const tables: SweepTable[] = [];
  return {
    async add(table) {
      tables.push(table);
    },
    async finish() {
      await writeOutput(tablesToCsv(tables));
      return tables.reduce((sum, table) => sum + table.failures, 0);
    },
  };
}

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
    .option(
      "--shard <k/n>",
      "compute block k of n of the points (the shards' rows, concatenated in order, are the whole sweep)",
    )
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
          shard?: string;
        },
      ) => {
        const whole = parseSweepSpec(options.vary);
        const shard = options.shard === undefined ? undefined : parseShard(options.shard);
        if (shard && shard.count > whole.values.length) {
          throw new InputError({
            file: "--shard",
            path: "",
            expected: `at most as many shards as points (${whole.values.length})`,
            got: JSON.stringify(options.shard),
          });
        }
        const block = contiguousShard(whole.values.length, shard);
        const spec = { ...whole, values: whole.values.slice(block.start, block.end) };
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
        for (const warning of prepared.derivedOverrides(base)) process.stderr.write(`warning: ${warning}\n`);
        if (!prepared.parameterNames.includes(spec.parameter)) {
          throw new InputError({
            file: "--vary",
            path: spec.parameter,
            expected: `a parameter of ${prepared.definition.id}: ${prepared.parameterNames.join(", ")}`,
            got: JSON.stringify(spec.parameter),
          });
        }
        // validates the names, the initial state and the options before the loop
        const first = prepared.problemAt({ ...base, [spec.parameter]: spec.values[0] });
        if (options.initial) resolveInitialState(options.initial, first, registry.context);
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
        // Points are printed as they finish (memory stays bounded); a sweep over a structural parameter
        // changes the columns from point to point, so its CSV is written once all points are in.
        const streamed = !prepared.structuralParameters.includes(spec.parameter);
        const output = options.json ? jsonOutput() : streamed ? streamedCsv(spec.parameter) : collectedCsv();
        await parallelMap<SweepChunk, SweepPointResult[] | SweepTable>(task, chunks, {
          context,
          workers,
          minimumForThreads: 2,
          chunkSize: 1,
          onProgress: (done) =>
            progress.update(Math.min(spec.values.length, done * chunkPoints), spec.values.length),
          onResult: (result) => output.add(result as SweepPointResult[] & SweepTable),
        });
        progress.stop();
        warnFailures(await output.finish());
      },
    );
}
