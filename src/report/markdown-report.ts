import { isUnexpected, type RunReport, runFails } from "./run-report.js";

/** At most this many rows per table (the rest counted), to keep a CI job page readable. */
const ROWS = 50;

function cell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\n/g, " ");
}

/**
 * A Markdown summary for a CI job page (`$GITHUB_STEP_SUMMARY`): the verdict, then what regressed
 * since the baseline, then the unexpected failures, then the counts.
 */
export function markdownReport(report: RunReport): string {
  const { results, baseline } = report;
  const s = results.summary;
  const lines: string[] = [];
  const regressions = baseline?.regressions ?? [];
  lines.push(
    `# qmebench: ${runFails(report) ? "✗" : "✓"} ${regressions.length} regression(s), ${s.unexpectedFailures} unexpected failure(s)`,
    "",
  );
  if (regressions.length > 0) {
    lines.push(
      "## Regressions since the baseline",
      "",
      "| case | quantity | old | new | difference | tolerance |",
      "| --- | --- | --- | --- | --- | --- |",
    );
    for (const r of regressions.slice(0, ROWS)) {
      lines.push(
        `| ${cell(r.case)} | ${cell(r.key)} | ${r.old} | ${r.new} | ${r.difference ?? "verdict"} | ${r.tolerance ?? "—"} |`,
      );
    }
    if (regressions.length > ROWS) lines.push(`| … and ${regressions.length - ROWS} more | | | | | |`);
    lines.push("");
  }
  const failures = results.cases.flatMap((c) =>
    c.scenarios.flatMap((sc) =>
      sc.engines.flatMap((e) =>
        e.checks.filter(isUnexpected).map((check) => ({ c: c.id, sc: sc.name, e: e.engine, check })),
      ),
    ),
  );
  if (failures.length > 0) {
    lines.push(
      "## Unexpected failures",
      "",
      "| case/scenario | engine | property | status | message |",
      "| --- | --- | --- | --- | --- |",
    );
    for (const f of failures.slice(0, ROWS)) {
      lines.push(
        `| ${cell(`${f.c}/${f.sc}`)} | ${cell(f.e)} | ${cell(f.check.property)} | ${f.check.status} | ${cell(f.check.message)} |`,
      );
    }
    if (failures.length > ROWS) lines.push(`| … and ${failures.length - ROWS} more | | | | |`);
    lines.push("");
  }
  lines.push(
    "## Counts",
    "",
    `- checks: ${s.pass} passed, ${s.fail} failed, ${s.expectedFail} expected failures, ${s.refuted} paper claims refuted, ${s.error} errors, ${s.notApplicable} not applicable`,
    `- figure claims: ${s.claims.confirmed} confirmed, ${s.claims.refuted} refuted, ${s.claims.inconclusive} inconclusive`,
  );
  if (baseline) {
    lines.push(
      `- baseline: ${baseline.compared} values compared, ${baseline.added} new, ${regressions.length} regressed` +
        (baseline.stale.length > 0
          ? `; stale: ${baseline.stale.map((x) => `${x.case} (${x.reason})`).join(", ")}`
          : "") +
        (baseline.missing.length > 0 ? `; no baseline: ${baseline.missing.join(", ")}` : ""),
    );
  }
  lines.push(
    `- ${results.durationSeconds.toFixed(1)} s, qmebench ${results.tool.version}, seed ${results.seed}`,
  );
  return `${lines.join("\n")}\n`;
}
