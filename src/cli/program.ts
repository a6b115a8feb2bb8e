import { writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { resolve } from "node:path";
import { Command, CommanderError, Option } from "commander";
import { InputError } from "../input-error.js";
import { PACKAGE_VERSION, sourceModuleUrl } from "../package-root.js";
import { parseInitialState } from "../physics/named-states.js";
import type { Figure } from "../plugins/figure.js";
import { type ParallelTask, parallelMap } from "../runner/parallel-map.js";
import { solveProblem } from "../runner/solve.js";
import { parseSweepSpec } from "../runner/sweep.js";
import { planSweep } from "../runner/sweep-plan.js";
import { tablesToCsv } from "../runner/csv-table.js";
import {
  type SweepChunk,
  type SweepPointResult,
  type SweepTable,
  reuseSweepSetup,
  solveSweepChunk,
  solveSweepTable,
} from "../runner/sweep-chunk.js";
import { parseAssignments, parseList } from "./assignments.js";
import { addBorderlinesCommand } from "./borderlines.js";
import { collect, commandRegistry, engineOptionsFrom, type GlobalOptions } from "./command-context.js";
import { formatSolveResult } from "./format-solve.js";
import { addLgiCommand } from "./lgi.js";
import { allCases, openCase } from "./open-case.js";
import { createProgress } from "./progress.js";

/** `--figures a,b` picks figures by id, `--no-figures` none; by default all built-in figures. */
async function selectFigures(option: string | boolean | undefined): Promise<Figure[]> {
  if (option === false) return [];
  // The figures pull in most of the suite; only `run` loads them, so that solve and sweep start fast.
  const { BUILTIN_FIGURES } = await import("../figures/index.js");
  if (option === true || option === undefined) return [...BUILTIN_FIGURES];
  return parseList(option)!.map((id) => {
    const figure = BUILTIN_FIGURES.find((f) => f.id === id);
    if (!figure) {
      throw new InputError({
        file: "--figures",
        path: "",
        expected: `one of ${BUILTIN_FIGURES.map((f) => f.id).join(", ")}`,
        got: id,
      });
    }
    return figure;
  });
}

function warnFailures(failures: number): void {
  if (failures > 0)
    process.stderr.write(`warning: no steady state at ${failures} point(s); see the error column\n`);
}

function print(text: string): void {
  process.stdout.write(text.endsWith("\n") ? text : `${text}\n`);
}

/** The `qmebench` command line (DESIGN.md, "Command line"). Returns the exit status. */
export function buildProgram(): Command {
  const program = new Command();
  program
    .name("qmebench")
    .description("Verification and benchmark suite for quantum master equations")
    .version(PACKAGE_VERSION)
    .option("--plugin <path>", "load an engine or property module (repeatable)", collect, [])
    .option("--config <file>", "config file listing plugins (default: qmebench.config.json if present)")
    .showHelpAfterError()
    .exitOverride();

  program
    .command("list")
    .description("list engines, cases and properties")
    .option("--json", "machine-readable output")
    .action(async (options: { json?: boolean }) => {
      const registry = await commandRegistry(program);
      const cases = allCases().map((c) => ({
        id: c.definition.id,
        title: c.definition.title,
        source: c.sourceText,
      }));
      const engines = registry.engines.map((e) => ({
        id: e.id,
        title: e.title,
        origin: registry.originOf("engine", e.id),
      }));
      const properties = registry.properties.map((p) => ({ id: p.id, title: p.title, source: p.source }));
      if (options.json) {
        print(JSON.stringify({ engines, cases, properties }, null, 2));
        return;
      }
      const section = (title: string, rows: { id: string; title: string }[]) =>
        `${title}:\n${rows.map((r) => `  ${r.id.padEnd(28)} ${r.title}`).join("\n")}\n`;
      print(
        [section("Engines", engines), section("Cases", cases), section("Properties", properties)].join("\n"),
      );
    });

  program
    .command("solve")
    .description("steady state, observables and currents of one case with one engine")
    .argument("<case>", "case id (see `qmebench list`) or path to a case file")
    .requiredOption("--engine <id>", "engine id")
    .option("--set <name=value>", "override a parameter (repeatable)", collect, [])
    .option("--option <name=value>", "engine option (repeatable)", collect, [])
    .option(
      "--initial <state>",
      "initial state: comma-separated up, down, x+, x-, y+, y- per site, or phi+, phi-, psi+, psi-",
    )
    .option("--json", "print the result as JSON")
    .action(
      async (
        caseId: string,
        options: { engine: string; set: string[]; option: string[]; initial?: string; json?: boolean },
      ) => {
        const registry = await commandRegistry(program, { properties: false });
        const prepared = openCase(caseId);
        const engine = registry.engine(options.engine);
        const problem = prepared.problemAt(parseAssignments(options.set, "--set"));
        const initialState = options.initial
          ? parseInitialState(options.initial, problem.sites.length)
          : undefined;
        const engineOptions = { ...prepared.engineOptions(engine.id), ...engineOptionsFrom(options.option) };
        const result = solveProblem(problem, engine, engineOptions, { initialState });
        for (const warning of result.warnings) process.stderr.write(`warning: ${warning}\n`);
        print(options.json ? JSON.stringify(result, null, 2) : formatSolveResult(result));
      },
    );

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
        const globals = program.opts<GlobalOptions>();
        const registry = await commandRegistry(program, { properties: false });
        const prepared = openCase(caseId);
        const engine = registry.engine(options.engine);
        const base = parseAssignments(options.set, "--set");
        prepared.problemAt({ ...base, [spec.parameter]: spec.values[0] }); // validates names before the loop
        if (options.initial) parseInitialState(options.initial, prepared.definition.system.sites.length);
        const chunk: Omit<SweepChunk, "values"> = {
          definition: prepared.definition,
          file: prepared.file,
          engine: engine.id,
          plugins: globals.plugin.map((p) => resolve(p)),
          config: globals.config && resolve(globals.config),
          parameter: spec.parameter,
          overrides: base,
          options: { ...prepared.engineOptions(engine.id), ...engineOptionsFrom(options.option) },
          initial: options.initial,
        };
        // Long sweeps of heavy problems run on all cores, the others in this thread (sweep-plan.ts).
        const { workers, chunkPoints } = planSweep(
          spec.values.length,
          prepared.dimension,
          availableParallelism(),
        );
        const chunks: SweepChunk[] = [];
        for (let start = 0; start < spec.values.length; start += chunkPoints) {
          chunks.push({ ...chunk, values: spec.values.slice(start, start + chunkPoints) });
        }
        reuseSweepSetup(chunk, prepared, registry); // for the chunks solved in this thread
        const progress = createProgress(`sweep ${spec.parameter}`);
        const solved = await parallelMap<SweepChunk, SweepPointResult[] | SweepTable>(task, chunks, {
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

  program
    .command("run")
    .description("run the property checks and sweeps, write the HTML report and results.json")
    .option("--cases <ids>", "comma-separated case ids (default: all)")
    .option("--engines <ids>", "comma-separated engine ids (default: all)")
    .option("--properties <ids>", "comma-separated property ids (default: all)")
    .option("--out <dir>", "output directory", "reports/out")
    .option("--json <file>", "also write the results JSON to this file")
    .option("--figures <ids>", "comma-separated figure ids (default: all figures of the selected cases)")
    .option("--no-figures", "skip the figures of the papers (property checks and sweeps only)")
    .action(
      async (options: {
        cases?: string;
        engines?: string;
        properties?: string;
        figures?: string | boolean;
        out: string;
        json?: string;
      }) => {
        const registry = await commandRegistry(program);
        const cases = parseList(options.cases)?.map((id) => openCase(id)) ?? allCases();
        const engines =
          parseList(options.engines)?.map((id) => registry.engine(id, "--engines")) ?? registry.engines;
        const properties =
          parseList(options.properties)?.map((id) => registry.property(id, "--properties")) ??
          registry.properties;
        const progress = createProgress("run");
        // The suite pulls in the properties and figures; load it only here so that solve and sweep start fast.
        const { runSuite } = await import("../runner/run-suite.js");
        const results = await runSuite({
          cases,
          figures: await selectFigures(options.figures),
          engines,
          properties,
          version: PACKAGE_VERSION,
          onProgress: (done, total) => progress.update(done, total),
        });
        progress.stop();
        // The report pulls in vega; load it only here so that solve and sweep start fast.
        const { writeReport } = await import("../report/render-html.js");
        const written = await writeReport(results, resolve(options.out));
        if (options.json) writeFileSync(resolve(options.json), `${JSON.stringify(results, null, 2)}\n`);
        const s = results.summary;
        print(
          `${s.pass} passed, ${s.fail} failed, ${s.expectedFail} expected failures, ${s.notApplicable} not applicable, ` +
            `${s.error} errors (${results.durationSeconds.toFixed(1)} s)\nreport: ${written.html}\nresults: ${written.json}`,
        );
        if (s.unexpectedFailures > 0) {
          for (const c of results.cases) {
            for (const sc of c.scenarios) {
              for (const e of sc.engines) {
                for (const check of e.checks) {
                  if ((check.status === "fail" && !check.expectedFailure) || check.status === "error") {
                    process.stderr.write(
                      `${check.status.toUpperCase()} ${c.id}/${sc.name} ${e.engine} ${check.property}: ${check.message}\n`,
                    );
                  }
                }
              }
            }
          }
          process.exitCode = 1;
        }
      },
    );

  addLgiCommand(program);
  addBorderlinesCommand(program);

  return program;
}

/** Runs the CLI; input errors print one line and exit 2, never a stack trace. */
export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv, { from: "user" });
    return typeof process.exitCode === "number" ? process.exitCode : 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version exit 0; usage errors (unknown option, missing argument) are input errors.
      return error.exitCode === 0 ? 0 : 2;
    }
    // Errors from worker threads arrive as plain errors carrying the original name.
    const name = error instanceof Error ? error.name : "";
    if (error instanceof Error && (name === "InputError" || name === "EngineUnsupportedError")) {
      process.stderr.write(`qmebench: ${error.message}\n`);
      return 2;
    }
    if (error instanceof Error && name === "SteadyStateError") {
      // Numerical trouble is a finding about the case and engine, reported without a stack trace.
      process.stderr.write(`qmebench: no steady state: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}
