import { join } from "node:path";
import type { Command } from "commander";
import { writeFileAtomic } from "../../atomic-write.js";
import {
  type BenchmarkRecords,
  type EngineCaseTiming,
  readBenchmarkRecords,
} from "../../benchmarks/benchmark-records.js";
import { caseKeyOf } from "../../cases/build-problem.js";
import { allCases } from "../../cases/open-case.js";
import { InputError } from "../../input-error.js";
import { PACKAGE_VERSION } from "../../package-root.js";
import { caseKey, parseList } from "../../plugins/command-arguments.js";
import { commandContext, print } from "../command-context.js";
import { outputDirectory, outputFile } from "../output-paths.js";
import { createProgress } from "../progress.js";
import { secondsText } from "../../report/seconds-text.js";

function positive(text: string, flag: string): number {
  const value = Number(text);
  if (!(value > 0) || !Number.isFinite(value)) {
    throw new InputError({ file: flag, path: "", expected: "a number > 0", got: JSON.stringify(text) });
  }
  return value;
}

function row(t: EngineCaseTiming): string {
  if (t.skipped) return `${t.case.padEnd(22)} ${t.engine.padEnd(20)} skipped: ${t.skipped}`;
  const sizes = t.sizes
    ? `  ${t.sizes.parameter}: ${t.sizes.points.map((p) => `${p.value} ${secondsText(p.timing.seconds)}`).join(", ")}`
    : "";
  return (
    `${t.case.padEnd(22)} ${t.engine.padEnd(20)} n=${String(t.dimension).padEnd(4)} ` +
    `steady state ${secondsText(t.steadyState?.seconds).padStart(9)} ±${(t.steadyState?.rme ?? 0).toFixed(0)}%` +
    (t.sweep ? `  sweep ${secondsText(t.sweep.perPoint).padStart(9)}/point` : "") +
    sizes
  );
}

/** `qmebench bench`: every engine on every case it supports, timed; JSON with the machine; an advisory comparison. */
export function addBenchCommand(program: Command): void {
  program
    .command("bench")
    .description("time every engine on every case it supports (steady state, sweep, cost against size)")
    .option("--cases <ids>", "comma-separated case ids (default: all)")
    .option("--engines <ids>", "comma-separated engine ids (default: all)")
    .option("--out <dir>", "output directory (bench.json)", "reports/out")
    .option("--json <file>", "also write the records to this file")
    .option("--max-seconds <s>", "time spent on one timing at most (beyond its minimum samples)", "1")
    .option("--samples <n>", "samples per timing at least", "3")
    .option(
      "--size-seconds <s>",
      "end the size ladder (a chain's N) after a steady state slower than this",
      "1",
    )
    .option(
      "--compare <file>",
      "an earlier bench.json: print the ratios (advisory; timings are never a gate)",
    )
    .option("--band <fraction>", "ratios within 1 ± band are noise", "0.3")
    .action(
      async (options: {
        cases?: string;
        engines?: string;
        out: string;
        json?: string;
        maxSeconds: string;
        samples: string;
        sizeSeconds: string;
        compare?: string;
        band: string;
      }) => {
        const outDir = outputDirectory(options.out, "--out");
        const jsonFile = options.json === undefined ? undefined : outputFile(options.json, "--json");
        const maxSeconds = positive(options.maxSeconds, "--max-seconds");
        const samples = positive(options.samples, "--samples");
        const band = positive(options.band, "--band");
        const sizeSeconds = positive(options.sizeSeconds, "--size-seconds");
        const before =
          options.compare === undefined ? undefined : readBenchmarkRecords(options.compare, "--compare");
        const context = await commandContext(program);
        const { registry } = context;
        const cases = parseList(options.cases)?.map((id) => context.openCase(caseKey(id))) ?? allCases();
        const engines =
          parseList(options.engines)?.map((id) => registry.engine(id, "--engines")) ?? registry.engines;
        const { timeEngineOnCase, DEFAULT_BENCH_BUDGET } = await import("../../benchmarks/time-engines.js");
        const { machine } = await import("../../benchmarks/machine.js");
        const budget = { ...DEFAULT_BENCH_BUDGET, maxSeconds, sizeSeconds, minSamples: Math.ceil(samples) };
        const records: BenchmarkRecords = {
          format: 1,
          machine: machine(PACKAGE_VERSION),
          startedAt: new Date().toISOString(),
          timings: [],
        };
        const progress = createProgress("bench");
        const total = cases.length * engines.length;
        for (const prepared of cases) {
          for (const engine of engines) {
            progress.update(records.timings.length, total, `${prepared.definition.id} ${engine.id}`);
            records.timings.push(timeEngineOnCase(context, caseKeyOf(prepared), engine, budget));
          }
        }
        progress.stop();
        const file = join(outDir, "bench.json");
        const text = `${JSON.stringify(records, null, 1)}\n`;
        writeFileAtomic(file, text);
        if (jsonFile) writeFileAtomic(jsonFile, text);
        print(records.timings.map(row).join("\n"));
        print(`written: ${[file, ...(jsonFile ? [jsonFile] : [])].join(", ")}`);
        if (before) {
          const { compareTimings } = await import("../../benchmarks/compare-timings.js");
          if (before.machine.cpu !== records.machine.cpu || before.machine.cores !== records.machine.cores) {
            process.stderr.write(
              `warning: --compare: recorded on another machine (${before.machine.cpu}, ${before.machine.cores} cores); the ratios say little\n`,
            );
          }
          const changes = compareTimings(before, records, band);
          for (const c of changes.filter((change) => change.verdict !== "within noise")) {
            print(
              `${c.verdict.toUpperCase()} ${c.case} ${c.engine} ${c.what}: ${secondsText(c.old)} → ${secondsText(c.new)} (×${c.ratio.toFixed(2)})`,
            );
          }
          print(
            `compared ${changes.length} timings with ${options.compare}: ` +
              `${changes.filter((c) => c.verdict === "slower").length} slower, ` +
              `${changes.filter((c) => c.verdict === "faster").length} faster beyond ±${Math.round(band * 100)} % (advisory)`,
          );
        }
      },
    );
}
