import type { CaseResults, RunResults, UnitResult } from "./results.js";

/**
 * What a run's results say besides its units: the cases (with every scenario, sweep and trajectory, no
 * results yet) and the rest.
 */
export type RunFrame = Omit<RunResults, "cases" | "summary" | "unitResults"> & { cases: CaseResults[] };

/**
 * The results of a run from its unit results, in plan order (run-plan.ts): each case's scenarios with
 * the engines checked there, its sweeps and trajectories with the series computed, its figures, and the
 * summary counts.
 * Whether the units ran in one thread, in workers or in shards merged later, the same units give the
 * same results.
 */
export function assembleResults(frame: RunFrame, units: readonly UnitResult[]): RunResults {
  const cases: CaseResults[] = frame.cases.map((c) => ({
    ...c,
    scenarios: c.scenarios.map((s) => ({ ...s, engines: [] })),
    sweeps: c.sweeps.map((s) => ({ ...s, series: [] })),
    // results written before cases declared trajectories have none
    trajectories: (c.trajectories ?? []).map((t) => ({ ...t, series: [] })),
    figures: [],
  }));
  const byId = new Map(cases.map((c) => [c.id, c]));
  for (const unit of [...units].sort((a, b) => a.position - b.position)) {
    const target = byId.get(unit.caseId)!;
    if (unit.kind === "checks")
      target.scenarios.find((s) => s.name === unit.scenario)!.engines.push(unit.result);
    else if (unit.kind === "sweep") {
      if (unit.result) target.sweeps.find((s) => s.name === unit.sweep)!.series.push(unit.result);
    } else if (unit.kind === "trajectory") {
      if (unit.result) target.trajectories.find((t) => t.id === unit.trajectory)!.series.push(unit.result);
    } else target.figures.push(unit.result);
  }
  const summary: RunResults["summary"] = {
    pass: 0,
    fail: 0,
    expectedFail: 0,
    refuted: 0,
    notApplicable: 0,
    error: 0,
    unexpectedFailures: 0,
    claims: { confirmed: 0, refuted: 0, inconclusive: 0 },
  };
  for (const c of cases) {
    for (const s of c.scenarios) {
      for (const e of s.engines) {
        summary.notApplicable += e.notApplicable.length;
        for (const check of e.checks) {
          if (check.status === "pass") summary.pass++;
          else if (check.status === "error") {
            summary.error++;
            summary.unexpectedFailures++;
          } else if (check.expectedOutcome === "refuted") summary.refuted++;
          else if (check.expectedFailure) summary.expectedFail++;
          else {
            summary.fail++;
            summary.unexpectedFailures++;
          }
        }
      }
    }
  }
  for (const c of cases)
    for (const f of c.figures) for (const claim of f.claims) summary.claims[claim.verdict]++;
  return { ...frame, cases, summary };
}
