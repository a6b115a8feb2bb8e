import { describe, expect, it } from "vitest";
import type { BaselineComparison } from "../../src/baselines/compare-baseline.js";
import { junitReport } from "../../src/report/junit-report.js";
import { markdownReport } from "../../src/report/markdown-report.js";
import { sampleRunResults, SECOND_LAW_VALUE } from "./sample-run-results.js";

const comparison: BaselineComparison = {
  regressions: [
    {
      case: "flipflop-qubits",
      key: "sweep.temperature-bias/global-lindblad/currents.left.heat@dT=1",
      old: 0.0103765644,
      new: 0.0103765696,
      difference: 5.2e-9,
      tolerance: 1.1e-9,
    },
    { case: "flipflop-qubits", key: "biased/global-lindblad/check.second-law", old: "pass", new: "fail" },
  ],
  stale: [],
  missing: [],
  compared: 300,
  added: 2,
  quantities: [
    {
      case: "flipflop-qubits",
      quantity: "sweep.temperature-bias/global-lindblad/currents.left.heat",
      compared: 41,
    },
    { case: "flipflop-qubits", quantity: "biased/global-lindblad/check.second-law", compared: 1 },
    { case: "flipflop-qubits", quantity: "biased/global-lindblad/observables.purity", compared: 1 },
  ],
};

/** The elements of an XML text with their attributes (enough for the flat JUnit format). */
function elements(xml: string, name: string): Record<string, string>[] {
  return [...xml.matchAll(new RegExp(`<${name}\\b([^>]*?)/?>`, "g"))].map((m) =>
    Object.fromEntries([...m[1].matchAll(/(\w+)="([^"]*)"/g)].map((a) => [a[1], a[2]])),
  );
}

describe("JUnit XML", () => {
  const xml = junitReport({ results: sampleRunResults(), baseline: comparison });

  it("has one test case per check and per baseline quantity, and totals that count them", () => {
    const checks = sampleRunResults().cases.flatMap((c) =>
      c.scenarios.flatMap((s) => s.engines.flatMap((e) => e.checks)),
    );
    const testcases = elements(xml, "testcase");
    const claims = sampleRunResults().cases.flatMap((c) => c.figures.flatMap((f) => f.claims));
    expect(claims.length).toBeGreaterThan(0);
    expect(testcases.length).toBe(checks.length + claims.length + comparison.quantities.length);
    const [root] = elements(xml, "testsuites");
    expect(Number(root.tests)).toBe(testcases.length);
    expect(Number(root.failures)).toBe(elements(xml, "failure").length);
    expect(Number(root.errors)).toBe(elements(xml, "error").length);
    const suiteTests = elements(xml, "testsuite").reduce((sum, s) => sum + Number(s.tests), 0);
    expect(suiteTests).toBe(testcases.length);
  });

  it("gives an unexpected failure its value, bound and tolerance; an expected failure passes with its reason", () => {
    expect(xml).toMatch(
      new RegExp(
        `name="second-law"[^>]*><failure message="entropy production σ = −0\\.0123 &lt; 0">value ${SECOND_LAW_VALUE}, bound 0, tolerance 1e-12</failure>`,
      ),
    );
    expect(xml).toMatch(/<system-out>expected failure: /);
    expect(xml).toMatch(/<error message="steady-state solver did not converge"\/>/);
  });

  it("fails a baseline quantity with the regressed key, both values, the difference and the tolerance", () => {
    expect(xml).toMatch(
      /<testcase classname="flipflop-qubits\.baseline" name="sweep\.temperature-bias\/global-lindblad\/currents\.left\.heat"><failure message="1 of 41 value\(s\) regressed; first sweep\.temperature-bias\/global-lindblad\/currents\.left\.heat@dT=1: old 0\.0103765644, new 0\.0103765696, difference 5\.2e-9, tolerance 1\.1e-9">/,
    );
    expect(xml).toMatch(/check\.second-law: verdict pass → fail/);
    expect(xml).toMatch(
      /<testcase classname="flipflop-qubits\.baseline" name="biased\/global-lindblad\/observables\.purity"\/>/,
    );
  });

  it("reports each figure claim's verdict and evidence without failing the build on a refuted claim", () => {
    expect(xml).toMatch(
      /<testcase classname="flipflop-qubits\.figure\.bell-against-temperature" name="exponent"><system-out>refuted: the fitted exponent is −1 \(002_2a2ed7907f7a4e96\.txt eq\. \(9\)\) — fitted exponent/,
    );
  });

  it("escapes markup in messages, so that the file stays well-formed", () => {
    const results = sampleRunResults();
    results.cases[0].scenarios[1].engines[1].checks[0].message = `a "quoted" <tag> & more`;
    const text = junitReport({ results });
    expect(text).toContain("a &quot;quoted&quot; &lt;tag&gt; &amp; more");
    expect(text).not.toContain("<tag>");
  });
});

describe("Markdown summary", () => {
  const text = markdownReport({ results: sampleRunResults(), baseline: comparison });

  it("states the verdict first, then the regressions, then the unexpected failures, then the counts", () => {
    expect(text.split("\n")[0]).toBe("# qmebench: ✗ 2 regression(s), 1 unexpected failure(s)");
    const order = ["## Regressions since the baseline", "## Unexpected failures", "## Counts"].map((h) =>
      text.indexOf(h),
    );
    expect(order.every((at) => at > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(text).toContain(
      "| flipflop-qubits | sweep.temperature-bias/global-lindblad/currents.left.heat@dT=1 | 0.0103765644 | 0.0103765696 | 5.2e-9 | 1.1e-9 |",
    );
    expect(text).toContain(
      "| flipflop-qubits | biased/global-lindblad/check.second-law | pass | fail | verdict | — |",
    );
    expect(text).toMatch(/- baseline: 300 values compared, 2 new, 2 regressed/);
  });

  it("is green without regressions or unexpected failures", () => {
    const results = sampleRunResults();
    for (const c of results.cases)
      for (const s of c.scenarios)
        for (const e of s.engines) e.checks = e.checks.filter((k) => k.status === "pass");
    results.summary = { ...results.summary, fail: 0, error: 0, unexpectedFailures: 0 };
    const green = markdownReport({ results, baseline: { ...comparison, regressions: [] } });
    expect(green.split("\n")[0]).toBe("# qmebench: ✓ 0 regression(s), 0 unexpected failure(s)");
    expect(green).not.toContain("## Regressions");
    expect(green).not.toContain("## Unexpected failures");
  });
});
