import { readFileSync } from "node:fs";
import { InputError } from "../input-error.js";
import type { Provenance } from "../runner/results.js";
import type { Timing } from "./timing.js";

/** The machine a benchmark ran on: timings mean little without it. */
export interface Machine extends Provenance {
  cpu: string;
  cores: number;
  memoryGigabytes: number;
}

/** One engine on one case: a steady state at the defaults, a sweep, and the cost against the size. */
export interface EngineCaseTiming {
  case: string;
  engine: string;
  /** Hilbert-space dimension at the case's defaults. */
  dimension: number;
  /** Building the problem at the case's defaults and solving it: steady state, observables, currents. */
  steadyState?: Timing;
  /** The case's first sweep, every point; `perPoint` is its median divided by the points. */
  sweep?: { name: string; points: number; timing: Timing; perPoint: number };
  /** One steady state at growing values of a structural parameter (a chain's N), while the budget lasts. */
  sizes?: {
    parameter: string;
    points: { value: number; dimension: number; timing: Timing }[];
    /** Why the ladder ended: the engine's limit, the time budget, or an error. */
    stopped: string;
  };
  /** Why the engine was not timed on this case (it does not support it, or it failed). */
  skipped?: string;
}

/** What `qmebench bench` writes. */
export interface BenchmarkRecords {
  format: 1;
  machine: Machine;
  startedAt: string;
  timings: EngineCaseTiming[];
}

/** A bench.json written earlier (`bench --compare`, `run --benchmarks`), or an InputError naming the flag. */
export function readBenchmarkRecords(file: string, flag: string): BenchmarkRecords {
  let records: BenchmarkRecords;
  try {
    records = JSON.parse(readFileSync(file, "utf8")) as BenchmarkRecords;
  } catch (error) {
    throw new InputError({
      file: flag,
      path: file,
      expected: "a bench.json of `qmebench bench`",
      got: (error as Error).message,
    });
  }
  if (records?.format !== 1 || !Array.isArray(records.timings)) {
    throw new InputError({
      file,
      path: "format",
      expected: "a bench.json of format 1",
      got: JSON.stringify(records?.format),
    });
  }
  return records;
}
