import type { PreparedCase } from "../cases/build-problem.js";
import type { BenchmarkRecords } from "../benchmarks/benchmark-records.js";
import { InputError } from "../input-error.js";
import type { PluginRegistry } from "../plugins/registry.js";
import type { TaskSetup } from "../plugins/task-context.js";
import type { RunResults } from "../runner/results.js";
import type { Reporter } from "../report/reporters.js";
import { runFails } from "../report/run-report.js";
import { configSection } from "./config-section.js";
import { print } from "./command-context.js";
import { outputDirectory } from "./output-paths.js";

/** What `run` and `merge` do with results: compare or update baselines, write the reports, set the exit status. */
export interface ReportOptions {
  out: string;
  baseline?: string;
  updateBaseline?: boolean;
}

/** The reporters of `--reporter`, loaded (and so checked) before any work is done. */
export async function reportersOf(option: string): Promise<Reporter[]> {
  const { selectReporters } = await import("../report/reporters.js");
  return selectReporters(
    option
      .split(",")
      .map((r) => r.trim())
      .filter((r) => r !== ""),
  );
}

/** The directory of `--baseline` (made when it does not exist and `--update-baseline` writes it). */
export function baselineDirectory(options: ReportOptions): string | undefined {
  if (options.updateBaseline && !options.baseline) {
    throw new InputError({
      file: "--update-baseline",
      path: "",
      expected: "--baseline <dir> naming where to write",
      got: "no --baseline",
    });
  }
  return options.baseline === undefined ? undefined : outputDirectory(options.baseline, "--baseline");
}

/**
 * Compares the results with the baselines (or writes them with --update-baseline), writes every selected
 * reporter's files, prints the summary and returns the exit status: 1 for a regression, an unexpected
 * failure or an error, else 0. `cases` are the run's cases (the baselines' case files and engine options).
 */
export async function reportRun(
  results: RunResults,
  reporters: readonly Reporter[],
  options: ReportOptions,
  context: {
    setup: TaskSetup;
    registry: PluginRegistry;
    cases: readonly PreparedCase[];
    benchmarks?: BenchmarkRecords;
  },
): Promise<number> {
  const outDir = outputDirectory(options.out, "--out");
  const baselineDir = baselineDirectory(options);
  let comparison;
  if (baselineDir) {
    const { parseTolerances } = await import("../baselines/tolerances.js");
    const { compareWithBaselines, updateBaselines } = await import("../baselines/run-baseline.js");
    const sources = new Map(
      context.cases.map((prepared) => {
        const problem = prepared.problemAt({});
        const engineOptions = Object.fromEntries(
          results.engines.map((e) => [
            e.id,
            context.registry.optionsFor(context.registry.engine(e.id), problem),
          ]),
        );
        return [prepared.definition.id, { path: prepared.path, engineOptions }];
      }),
    );
    if (options.updateBaseline) {
      const written = updateBaselines(results, baselineDir, sources, results.provenance);
      print(`baseline written for ${written.length} case(s) in ${options.baseline}`);
    } else {
      const section = configSection(context.setup, "baseline");
      comparison = compareWithBaselines(
        results,
        baselineDir,
        sources,
        parseTolerances(section?.value, section?.file ?? ""),
      );
    }
  }
  const report = {
    results,
    ...(comparison ? { baseline: comparison } : {}),
    ...(context.benchmarks ? { benchmarks: context.benchmarks } : {}),
  };
  const files: string[] = [];
  for (const reporter of reporters) files.push(...(await reporter.write(report, outDir)));
  const s = results.summary;
  const figureClaims = s.claims.confirmed + s.claims.refuted + s.claims.inconclusive;
  print(
    `${s.pass} passed, ${s.fail} failed, ${s.expectedFail} expected failures, ` +
      `${s.refuted} paper claims refuted, ${s.error} errors ` +
      `(${s.notApplicable} planned checks not applicable; ${results.durationSeconds.toFixed(1)} s)` +
      (figureClaims > 0
        ? `\nfigure claims: ${s.claims.confirmed} confirmed, ${s.claims.refuted} refuted, ${s.claims.inconclusive} inconclusive`
        : "") +
      (comparison
        ? `\nbaseline: ${comparison.compared} compared, ${comparison.regressions.length} regressed, ${comparison.added} new` +
          (comparison.stale.length ? `, ${comparison.stale.length} stale` : "") +
          (comparison.missing.length ? `, ${comparison.missing.length} case(s) without a baseline` : "")
        : "") +
      `\n${files.map((file) => `written: ${file}`).join("\n")}`,
  );
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
  for (const r of comparison?.regressions ?? []) {
    const detail =
      r.difference === undefined
        ? `verdict ${r.old} → ${r.new}`
        : `${r.old} → ${r.new} (difference ${r.difference}, tolerance ${r.tolerance})`;
    process.stderr.write(`REGRESSION ${r.case} ${r.key}: ${detail}\n`);
  }
  for (const stale of comparison?.stale ?? []) {
    process.stderr.write(
      `warning: baseline of ${stale.case} not compared: ${stale.reason} (write it again with --update-baseline)\n`,
    );
  }
  return runFails(report) ? 1 : 0;
}
