import type { EngineOptions } from "../plugins/engine.js";
import type { BaselineFile } from "./baseline-file.js";
import { type BaselineValue, quantityOf } from "./baseline-values.js";
import { type Tolerances, toleranceFor } from "./tolerances.js";

/** A number that moved beyond its tolerance, or a verdict that changed. */
export interface Regression {
  case: string;
  key: string;
  old: BaselineValue;
  new: BaselineValue;
  /** |new − old| for numbers. */
  difference?: number;
  /** atol + rtol·|old| for numbers. */
  tolerance?: number;
}

/** What comparing a run with a baseline found, case by case and in total. */
export interface BaselineComparison {
  regressions: Regression[];
  /** Cases whose baseline was made from another case file or other engine options: not compared. */
  stale: { case: string; reason: string }[];
  /** Cases without a baseline yet. */
  missing: string[];
  /** Numbers and verdicts compared, and those new in this run (not in the baseline). */
  compared: number;
  added: number;
  /** The quantities compared (quantityOf), case by case, with how many values each. */
  quantities: { case: string; quantity: string; compared: number }[];
}

/** The reason a baseline no longer describes this case and these engines, or undefined. */
export function staleness(
  baseline: BaselineFile,
  hash: string,
  engineOptions: Record<string, EngineOptions>,
): string | undefined {
  if (baseline.caseHash !== hash) return "the case file changed since the baseline was written";
  for (const [engine, options] of Object.entries(engineOptions)) {
    const old = baseline.engineOptions[engine];
    if (old !== undefined && JSON.stringify(old) !== JSON.stringify(options)) {
      return `the options of ${engine} changed (${JSON.stringify(old)} → ${JSON.stringify(options)})`;
    }
  }
  return undefined;
}

/**
 * One case's values against its baseline: a number regresses when |new − old| > atol + rtol·|old|
 * (tolerances.ts), a verdict when it differs (pass → fail, expected failure → pass, …). Keys only in the
 * baseline are not regressions (a run with fewer engines or without figures compares what it has); keys
 * only in the run are counted as added.
 */
export function compareCase(
  caseId: string,
  values: ReadonlyMap<string, BaselineValue>,
  baseline: BaselineFile,
  tolerances: Tolerances,
): Omit<BaselineComparison, "stale" | "missing"> {
  const regressions: Regression[] = [];
  const quantities = new Map<string, number>();
  let compared = 0;
  let added = 0;
  for (const [key, value] of values) {
    if (!(key in baseline.values)) {
      added++;
      continue;
    }
    compared++;
    const quantity = quantityOf(key);
    quantities.set(quantity, (quantities.get(quantity) ?? 0) + 1);
    const old = baseline.values[key];
    if (typeof old === "number" && typeof value === "number") {
      const { atol, rtol } = toleranceFor(tolerances, caseId, key);
      const tolerance = atol + rtol * Math.abs(old);
      const difference = Math.abs(value - old);
      if (difference > tolerance)
        regressions.push({ case: caseId, key, old, new: value, difference, tolerance });
    } else if (old !== value) {
      regressions.push({ case: caseId, key, old, new: value });
    }
  }
  return {
    regressions,
    compared,
    added,
    quantities: [...quantities].map(([quantity, count]) => ({ case: caseId, quantity, compared: count })),
  };
}
