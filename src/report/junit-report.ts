import { quantityOf } from "../baselines/baseline-values.js";
import type { RunReport } from "./run-report.js";

function escape(text: string): string {
  return text.replace(
    /[<>&"']/g,
    (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[c]!,
  );
}

/** A number for a message: as JavaScript prints it, or "—". */
function shown(value: unknown): string {
  return typeof value === "number" ? String(value) : value === undefined ? "—" : String(value);
}

/**
 * JUnit XML of a run, the format CI systems display: one test suite per case, one test case per
 * (scenario, engine, property) named `<scenario>/<engine>` and `<property>` — an unexpected failure a
 * `<failure>` with value, bound and tolerance, an error an `<error>`, an expected failure a pass with its
 * reason in `<system-out>` —, one per claim of a figure with its verdict in `<system-out>`, and, when a baseline was compared, one test case per quantity compared
 * (quantityOf), failing with each regressed value's key, old and new values, difference and tolerance.
 */
export function junitReport(report: RunReport): string {
  const suites: string[] = [];
  let [tests, failures, errors] = [0, 0, 0];
  for (const c of report.results.cases) {
    const cases: string[] = [];
    let [suiteFailures, suiteErrors] = [0, 0];
    for (const scenario of c.scenarios) {
      for (const engine of scenario.engines) {
        for (const check of engine.checks) {
          const attributes = `classname="${escape(`${c.id}.${scenario.name}.${engine.engine}`)}" name="${escape(check.property)}" time="${(check.seconds ?? 0).toFixed(4)}"`;
          const numbers = `value ${shown(check.value)}, bound ${shown(check.bound)}, tolerance ${shown(check.tolerance)}`;
          let body = "";
          if (check.status === "error") {
            suiteErrors++;
            body = `<error message="${escape(check.message)}"/>`;
          } else if (check.status === "fail" && !check.expectedFailure) {
            suiteFailures++;
            body = `<failure message="${escape(check.message)}">${escape(numbers)}</failure>`;
          } else if (check.expectedFailure) {
            const kind = check.expectedOutcome === "refuted" ? "paper claim refuted" : "expected failure";
            body = `<system-out>${escape(`${kind}: ${check.expectedReason ?? ""} (${check.message})`)}</system-out>`;
          }
          cases.push(
            body ? `    <testcase ${attributes}>${body}</testcase>` : `    <testcase ${attributes}/>`,
          );
        }
      }
    }
    for (const figure of c.figures) {
      for (const claim of figure.claims ?? []) {
        // a verdict on a paper's claim, not on the code: reported, never failing the build (baselines guard changes)
        cases.push(
          `    <testcase classname="${escape(`${c.id}.figure.${figure.id}`)}" name="${escape(claim.id)}"><system-out>${escape(`${claim.verdict}: ${claim.statement} (${claim.source}) — ${claim.evidence}`)}</system-out></testcase>`,
        );
      }
    }
    const regressions = report.baseline?.regressions.filter((r) => r.case === c.id) ?? [];
    for (const { quantity, compared } of report.baseline?.quantities.filter((q) => q.case === c.id) ?? []) {
      const moved = regressions.filter((r) => quantityOf(r.key) === quantity);
      const attributes = `classname="${escape(`${c.id}.baseline`)}" name="${escape(quantity)}"`;
      if (moved.length === 0) {
        cases.push(`    <testcase ${attributes}/>`);
        continue;
      }
      suiteFailures++;
      const details = moved.map((r) =>
        r.difference === undefined
          ? `${r.key}: verdict ${r.old} → ${r.new}`
          : `${r.key}: old ${r.old}, new ${r.new}, difference ${r.difference}, tolerance ${r.tolerance}`,
      );
      cases.push(
        `    <testcase ${attributes}><failure message="${escape(`${moved.length} of ${compared} value(s) regressed; first ${details[0]}`)}">${escape(details.join("\n"))}</failure></testcase>`,
      );
    }
    tests += cases.length;
    failures += suiteFailures;
    errors += suiteErrors;
    suites.push(
      `  <testsuite name="${escape(c.id)}" tests="${cases.length}" failures="${suiteFailures}" errors="${suiteErrors}">\n${cases.join("\n")}\n  </testsuite>`,
    );
  }
  const time = report.results.durationSeconds.toFixed(3);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="qmebench" tests="${tests}" failures="${failures}" errors="${errors}" time="${time}">\n${suites.join("\n")}\n</testsuites>\n`;
}
