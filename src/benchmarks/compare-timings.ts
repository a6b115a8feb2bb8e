import type { BenchmarkRecords } from "./benchmark-records.js";

/**
 * The noise of timings on shared machines: identical runs on a 2-core CI machine differ by up to ±20 %,
 * and the speed drifts by up to 30 % over minutes. A ratio inside [1/(1 + band), 1 + band] is noise.
 */
export const DEFAULT_TIMING_BAND = 0.3;

/** One timing against the same one in an earlier record. */
export interface TimingChange {
  case: string;
  engine: string;
  /** `steady state`, `sweep <name> per point`, or `<parameter> = <value>`. */
  what: string;
  old: number;
  new: number;
  /** new / old. */
  ratio: number;
  verdict: "slower" | "faster" | "within noise";
}

/**
 * Every timing of `now` that `before` also has, with its ratio and whether it left the noise band. Advisory:
 * timings are never a gate (the numbers are), and a record from another machine is compared only with a
 * warning (the caller's).
 */
export function compareTimings(
  before: BenchmarkRecords,
  now: BenchmarkRecords,
  band = DEFAULT_TIMING_BAND,
): TimingChange[] {
  const changes: TimingChange[] = [];
  const seconds = (records: BenchmarkRecords) => {
    const map = new Map<string, number>();
    for (const t of records.timings) {
      const at = (what: string, value: number | undefined) => {
        if (value !== undefined) map.set(`${t.case}\u0000${t.engine}\u0000${what}`, value);
      };
      at("steady state", t.steadyState?.seconds);
      if (t.sweep) at(`sweep ${t.sweep.name} per point`, t.sweep.perPoint);
      for (const p of t.sizes?.points ?? []) at(`${t.sizes!.parameter} = ${p.value}`, p.timing.seconds);
    }
    return map;
  };
  const old = seconds(before);
  for (const [key, value] of seconds(now)) {
    const was = old.get(key);
    if (was === undefined || !(was > 0)) continue;
    const [caseId, engine, what] = key.split("\u0000");
    const ratio = value / was;
    const verdict = ratio > 1 + band ? "slower" : ratio < 1 / (1 + band) ? "faster" : "within noise";
    changes.push({ case: caseId, engine, what, old: was, new: value, ratio, verdict });
  }
  return changes;
}
