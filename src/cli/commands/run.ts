import { writeFileAtomic } from "../../atomic-write.js";
import { outputDirectory, outputFile } from "../output-paths.js";
import { baselineDirectory, reportersOf, reportRun } from "../report-run.js";
import { readBenchmarkRecords } from "../../benchmarks/benchmark-records.js";
import { DEFAULT_SEED } from "../../runner/default-seed.js";
import { parseShard } from "../../runner/shard.js";
import type { Command } from "commander";
import { allCases } from "../../cases/open-case.js";
import { InputError } from "../../input-error.js";
import { PACKAGE_VERSION } from "../../package-root.js";
import { caseKey, parseList } from "../../plugins/command-arguments.js";
import type { Figure } from "../../plugins/figure.js";
import type { PluginRegistry } from "../../plugins/registry.js";
import { commandContext } from "../command-context.js";
import { createProgress } from "../progress.js";

/** `--figures a,b` picks figures by id, `--no-figures` none; by default every registered figure. */
function selectFigures(registry: PluginRegistry, option: string | boolean | undefined): Figure[] {
  if (option === false) return [];
  if (option === true || option === undefined) return registry.figures;
  return parseList(option)!.map((id) => registry.figure(id, "--figures"));
}

/** A comma-separated selection that must name something (`--engines ""` is bad input, not an empty green run). */
function nonEmpty<T>(list: T[] | undefined, flag: string): T[] | undefined {
  if (list !== undefined && list.length === 0) {
    throw new InputError({ file: flag, path: "", expected: "at least one id", got: '""' });
  }
  return list;
}

/** A whole number ≥ 1 given on the command line. */
function positiveInteger(text: string | undefined, flag: string): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) {
    throw new InputError({ file: flag, path: "", expected: "a whole number ≥ 1", got: JSON.stringify(text) });
  }
  return value;
}

/** `qmebench run`: the property checks, sweeps and figures of the selected cases, compared with baselines; the reports. */
export function addRunCommand(program: Command): void {
  program
    .command("run")
    .description("run the property checks, sweeps and figures; compare with a baseline; write the reports")
    .option("--cases <ids>", "comma-separated case ids (default: all)")
    .option("--engines <ids>", "comma-separated engine ids (default: all)")
    .option("--properties <ids>", "comma-separated property ids (default: all)")
    .option("--out <dir>", "output directory", "reports/out")
    .option("--json <file>", "also write the results JSON to this file")
    .option("--figures <ids>", "comma-separated figure ids (default: all figures of the selected cases)")
    .option("--no-figures", "skip the figures of the papers (property checks and sweeps only)")
    .option(
      "--reporter <ids>",
      "reporters: html, json, junit, markdown, or paths of reporter modules",
      "html,json",
    )
    .option("--baseline <dir>", "compare every number and verdict with the baselines in this directory")
    .option("--update-baseline", "write this run's numbers as the baselines (into --baseline)")
    .option("--benchmarks <file>", "a bench.json of `qmebench bench` to show in the HTML report")
    .option("--seed <n>", "seed of the randomised checks", String(DEFAULT_SEED))
    .option("--workers <n>", "worker threads for the checks and sweeps (default: all cores)")
    .option("--shard <k/n>", "run part k of n of the plan; merge the parts with `qmebench merge`")
    .action(
      async (options: {
        cases?: string;
        engines?: string;
        properties?: string;
        figures?: string | boolean;
        out: string;
        json?: string;
        reporter: string;
        baseline?: string;
        updateBaseline?: boolean;
        seed: string;
        benchmarks?: string;
        workers?: string;
        shard?: string;
      }) => {
        // where the results go, and every option, are checked before anything is computed
        outputDirectory(options.out, "--out");
        const jsonFile = options.json === undefined ? undefined : outputFile(options.json, "--json");
        baselineDirectory(options);
        const reporters = await reportersOf(options.reporter);
        const benchmarks =
          options.benchmarks === undefined
            ? undefined
            : readBenchmarkRecords(options.benchmarks, "--benchmarks");
        const seed = Number(options.seed);
        if (!Number.isInteger(seed))
          throw new InputError({
            file: "--seed",
            path: "",
            expected: "a whole number",
            got: JSON.stringify(options.seed),
          });
        const workers = positiveInteger(options.workers, "--workers");
        const shard = options.shard === undefined ? undefined : parseShard(options.shard);
        const context = await commandContext(program);
        const { registry } = context;
        const cases =
          nonEmpty(parseList(options.cases), "--cases")?.map((id) => context.openCase(caseKey(id))) ??
          allCases();
        const engines =
          nonEmpty(parseList(options.engines), "--engines")?.map((id) => registry.engine(id, "--engines")) ??
          registry.engines;
        const properties =
          nonEmpty(parseList(options.properties), "--properties")?.map((id) =>
            registry.property(id, "--properties"),
          ) ?? registry.properties;
        for (const prepared of cases) checkCaseReferences(prepared.file, prepared.definition, registry);
        const progress = createProgress("run");
        // The suite pulls in the properties and figures; load it only here so that solve and sweep start fast.
        const { runSuite } = await import("../../runner/run-suite.js");
        const results = await runSuite({
          tasks: context,
          cases,
          figures: selectFigures(registry, options.figures),
          engines,
          properties,
          version: PACKAGE_VERSION,
          seed,
          workers,
          shard,
          onProgress: (done, total, label) => progress.update(done, total, label),
        });
        progress.stop();
        if (jsonFile) writeFileAtomic(jsonFile, `${JSON.stringify(results, null, 2)}\n`);
        process.exitCode = await reportRun(results, reporters, options, {
          setup: context.setup,
          registry,
          cases,
          benchmarks,
        });
      },
    );
}

/** The properties and figures a case names exist in the registry (else an InputError naming the field). */
function checkCaseReferences(
  file: string,
  definition: { checks?: { property: string }[]; figures?: string[] },
  registry: PluginRegistry,
): void {
  (definition.checks ?? []).forEach((check, i) => {
    const ids = registry.properties.map((p) => p.id);
    if (!ids.includes(check.property)) {
      throw new InputError({
        file,
        path: `checks[${i}].property`,
        expected: `a property id (${ids.join(", ")})`,
        got: JSON.stringify(check.property),
      });
    }
  });
  (definition.figures ?? []).forEach((id, i) => {
    const ids = registry.figures.map((f) => f.id);
    if (!ids.includes(id)) {
      throw new InputError({
        file,
        path: `figures[${i}]`,
        expected: `a figure id (${ids.join(", ")})`,
        got: JSON.stringify(id),
      });
    }
  });
}
