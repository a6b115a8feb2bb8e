import type { EngineOptions } from "../plugins/engine.js";
import type { Provenance, RunResults } from "../runner/results.js";
import { BASELINE_FORMAT, caseHash, readBaseline, writeBaseline } from "./baseline-file.js";
import { baselineValues } from "./baseline-values.js";
import { type BaselineComparison, compareCase, staleness } from "./compare-baseline.js";
import type { Tolerances } from "./tolerances.js";

/** What a baseline of a case is made from: the case file, and the options each engine ran with. */
export interface CaseSource {
  path: string;
  engineOptions: Record<string, EngineOptions>;
}

/** A run against the baselines in `dir`: every case that has a fresh one is compared; stale and missing ones are listed. */
export function compareWithBaselines(
  results: RunResults,
  dir: string,
  sources: ReadonlyMap<string, CaseSource>,
  tolerances: Tolerances,
): BaselineComparison {
  const comparison: BaselineComparison = {
    regressions: [],
    stale: [],
    missing: [],
    compared: 0,
    added: 0,
    quantities: [],
  };
  for (const c of results.cases) {
    const source = sources.get(c.id)!;
    const baseline = readBaseline(dir, c.id);
    if (!baseline) {
      comparison.missing.push(c.id);
      continue;
    }
    const stale = staleness(baseline, caseHash(source.path), source.engineOptions);
    if (stale) {
      comparison.stale.push({ case: c.id, reason: stale });
      continue;
    }
    const found = compareCase(c.id, baselineValues(c), baseline, tolerances);
    comparison.regressions.push(...found.regressions);
    comparison.quantities.push(...found.quantities);
    comparison.compared += found.compared;
    comparison.added += found.added;
  }
  return comparison;
}

/**
 * Writes the run's values as the baselines of its cases (`--update-baseline`, never implicitly). Values the
 * run did not produce (engines or figures left out this time) are kept from a baseline that is still
 * fresh; a stale one is replaced. Returns the cases written.
 */
export function updateBaselines(
  results: RunResults,
  dir: string,
  sources: ReadonlyMap<string, CaseSource>,
  provenance: Provenance,
): string[] {
  return results.cases.map((c) => {
    const source = sources.get(c.id)!;
    const hash = caseHash(source.path);
    const old = readBaseline(dir, c.id);
    const kept = old && !staleness(old, hash, source.engineOptions) ? old.values : {};
    writeBaseline(dir, {
      format: BASELINE_FORMAT,
      case: c.id,
      provenance,
      caseHash: hash,
      engineOptions: { ...(kept === old?.values ? old?.engineOptions : {}), ...source.engineOptions },
      values: { ...kept, ...Object.fromEntries(baselineValues(c)) },
    });
    return c.id;
  });
}
