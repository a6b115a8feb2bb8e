import type { BaselineComparison } from "../baselines/compare-baseline.js";
import type { BenchmarkRecords } from "../benchmarks/benchmark-records.js";
import type { RunResults } from "../runner/results.js";

/** What the reporters write: a run's results and, when it was compared with a baseline, what changed. */
export interface RunReport {
  results: RunResults;
  baseline?: BaselineComparison;
  /** Timings of `qmebench bench` to show beside the results (`run --benchmarks`). */
  benchmarks?: BenchmarkRecords;
}

/** A check that makes the run fail: an unexpected failure or an error. */
export function isUnexpected(check: { status: string; expectedFailure: boolean }): boolean {
  return check.status === "error" || (check.status === "fail" && !check.expectedFailure);
}

/** Whether the run fails (exit status 1): an unexpected failure, an error, or a regression. */
export function runFails(report: RunReport): boolean {
  return report.results.summary.unexpectedFailures > 0 || (report.baseline?.regressions.length ?? 0) > 0;
}
