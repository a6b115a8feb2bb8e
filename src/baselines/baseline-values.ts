import { flattenSolveResult } from "../runner/flatten.js";
import type { CaseResults, CheckResult } from "../runner/results.js";

/** A number a baseline guards, or a verdict (a check's outcome). */
export type BaselineValue = number | string;

/**
 * The quantity a key belongs to: the key without its sweep point (`@<parameter>=<value>`) or its index in a
 * figure's series or map (`[k]`, `[i,j]`) — one test case per quantity in JUnit, not one per point.
 */
export function quantityOf(key: string): string {
  return key.replace(/@[^/]*$/, "").replace(/\[[\d,]+\]$/, "");
}

/** The verdict of a check as a baseline records it: an expected failure is its own verdict. */
export function verdictOf(check: CheckResult): string {
  if (check.status !== "fail" || !check.expectedFailure) return check.status;
  return check.expectedOutcome === "refuted" ? "refuted" : "expected-fail";
}

/**
 * Every number and verdict of one case's results under one key syntax (also used by the reports and
 * JUnit): `<scenario>/<engine>/check.<property>` (the verdict) and `…/check.<property>.value`,
 * `<scenario>/<engine>/observables.<name>[.<site>]`, `sweep.<name>/<engine>/<quantity>@<parameter>=<value>`,
 * `trajectory.<id>/<engine>/<observable>[.re|.im]@t=<time>`,
 * `figure.<id>/<chart>.<series>[<k>]` and `figure.<id>/<chart>[<i>,<j>]` for heat maps, and
 * `figure.<id>/claim.<claim>` (the verdict on a paper's claim: confirmed, refuted, inconclusive). Timings, messages
 * and other text are left out: they are not results.
 */
export function baselineValues(results: CaseResults): Map<string, BaselineValue> {
  const values = new Map<string, BaselineValue>();
  // A value that is missing (null) or not finite is recorded as such ("null", "NaN", "Infinity"), so that
  // a number turning into no number is a changed value, not a key that silently stops being compared.
  const put = (key: string, value: unknown) => {
    if (typeof value === "string") values.set(key, value);
    else if (typeof value === "number") values.set(key, Number.isFinite(value) ? value : String(value));
    else if (value === null) values.set(key, "null");
  };
  for (const scenario of results.scenarios) {
    for (const engine of scenario.engines) {
      const prefix = `${scenario.name}/${engine.engine}`;
      for (const check of engine.checks) {
        put(`${prefix}/check.${check.property}`, verdictOf(check));
        put(`${prefix}/check.${check.property}.value`, check.value);
      }
      if (engine.observables) {
        const flat = flattenSolveResult({
          observables: engine.observables,
          currents: null,
          entropyProduction: null,
        });
        for (const [name, value] of Object.entries(flat)) put(`${prefix}/${name}`, value);
      }
    }
  }
  for (const sweep of results.sweeps) {
    for (const series of sweep.series) {
      for (const [quantity, ys] of Object.entries(series.quantities)) {
        ys.forEach((y, k) =>
          put(`sweep.${sweep.name}/${series.engine}/${quantity}@${sweep.parameter}=${sweep.values[k]}`, y),
        );
      }
    }
  }
  for (const trajectory of results.trajectories ?? []) {
    for (const series of trajectory.series) {
      for (const [name, values] of Object.entries(series.observables)) {
        const parts: [string, number[]][] = Array.isArray(values)
          ? [["", values]]
          : [
              [".re", values.re],
              [".im", values.im],
            ];
        for (const [part, ys] of parts) {
          ys.forEach((y, k) =>
            put(`trajectory.${trajectory.id}/${series.engine}/${name}${part}@t=${trajectory.times[k]}`, y),
          );
        }
      }
    }
  }
  for (const figure of results.figures) {
    for (const claim of figure.claims ?? []) put(`figure.${figure.id}/claim.${claim.id}`, claim.verdict);
    figure.charts.forEach((chart, c) => {
      if (chart.kind === "line") {
        for (const series of chart.series)
          series.y.forEach((y, k) => put(`figure.${figure.id}/${c}.${series.name}[${k}]`, y));
      } else {
        chart.z.forEach((row, i) => row.forEach((z, j) => put(`figure.${figure.id}/${c}[${i},${j}]`, z)));
      }
    });
  }
  return values;
}
