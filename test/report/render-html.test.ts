import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { renderHtmlReport, writeReport } from "../../src/report/render-html.js";
import type { RunResults } from "../../src/runner/results.js";
import {
  EXPECTED_FAILURE_REASON,
  FIGURE_ERROR,
  FIGURE_NOTE,
  SECOND_LAW_VALUE,
  sampleRunResults,
  TINY_TRACE_ERROR,
  UNSUPPORTED_REASON,
} from "./sample-run-results.js";
import { markPaths, unbalancedTag } from "./svg-structure.js";

/** The CSS class a check's cell must carry: the status, qualified by the case's expectation. */
function expectedCellClass(check: { status: string; expectedFailure: boolean }): string {
  if (check.status === "fail") return check.expectedFailure ? "verdict-expected-fail" : "verdict-fail";
  if (check.status === "pass") return check.expectedFailure ? "verdict-unexpected-pass" : "verdict-pass";
  return `verdict-${check.status}`;
}

/** The text of an HTML fragment with tags removed and the entities handlebars writes decoded. */
function textOf(html: string): string {
  return html
    .replace(/<[^>]*>/g, " ")
    .replace(/&#x27;/g, "'")
    .replace(/&#x3D;/g, "=")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ");
}

/** Cells of the check matrix of each scenario section: engine id → the class lists of its cells. */
function matrixCells(html: string): Map<string, Map<string, string[]>> {
  const byScenario = new Map<string, Map<string, string[]>>();
  for (const section of html.split('<section class="scenario"').slice(1)) {
    const name = /<h3>Scenario <q>([^<]*)<\/q><\/h3>/.exec(section)![1];
    const body = /<table class="check-matrix">[\s\S]*?<tbody>([\s\S]*?)<\/tbody>/.exec(section)![1];
    const rows = new Map<string, string[]>();
    for (const row of body.split("<tr>").slice(1)) {
      const engine = /<th scope="row" class="engine">[\s\S]*?<code>([^<]*)<\/code>/.exec(row)![1];
      rows.set(
        engine,
        [...row.matchAll(/<td class="cell ([^"]*)"/g)].map((m) => m[1]),
      );
    }
    byScenario.set(name, rows);
  }
  return byScenario;
}

describe("renderHtmlReport", () => {
  let results: RunResults;
  let html: string;
  let elapsedMs: number;

  beforeAll(async () => {
    results = sampleRunResults();
    const start = performance.now();
    html = await renderHtmlReport(results);
    elapsedMs = performance.now() - start;
  });

  it("is one complete, balanced HTML document", () => {
    expect(html.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(html.trimEnd().endsWith("</html>")).toBe(true);
    for (const tag of [
      "<html",
      "<head>",
      '<meta charset="utf-8">',
      "<title>",
      "<style>",
      "<body>",
      "</body>",
    ]) {
      expect(html).toContain(tag);
    }
    expect(unbalancedTag(html, true)).toBeUndefined();
    const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    // Every internal link points at an element of the page.
    for (const [, target] of html.matchAll(/href="#([^"]+)"/g)) expect(ids).toContain(target);
  });

  it("is self-contained: no scripts, no style sheets, images or fonts from anywhere else", () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<link\b/i);
    expect(html).not.toMatch(/<img\b/i);
    expect(html).not.toMatch(/@import|@font-face|url\(\s*["']?(https?:)?\/\//i);
    expect(html).not.toMatch(/\s(src|href|xlink:href|action)\s*=\s*["']?\s*(https?:)?\/\//i);
    // The only absolute URLs are the XML namespaces of the inline SVGs.
    const urls = [...html.matchAll(/https?:\/\/[^\s"'<>)]+/g)].map((m) => m[0]);
    for (const url of urls)
      expect(["http://www.w3.org/2000/svg", "http://www.w3.org/1999/xlink"]).toContain(url);
  });

  it("renders the run header with the summary counts and the unexpected failure", () => {
    const header = /<header class="report-header">([\s\S]*?)<\/header>/.exec(html)![1];
    const text = textOf(header);
    expect(text).toContain("0.1.0");
    expect(text).toContain("2025-11-23 01:15:42 UTC");
    expect(text).toContain("3.4 s");
    const { summary } = results;
    expect(text).toContain(`${summary.pass} pass`);
    expect(text).toContain(`${summary.fail} fail`);
    expect(text).toContain(`${summary.expectedFail} expected fail`);
    expect(text).toContain(`${summary.notApplicable} not applicable`);
    expect(text).toContain(`${summary.error} error`);
    expect(text).toContain(`${summary.unexpectedFailures} unexpected failure`);
    // The attention list names the undeclared failure and the error, not the expected failure.
    const attention = textOf(/<section class="attention"[\s\S]*?<\/section>/.exec(header)![0]);
    expect(attention).toContain("Second law (Spohn)");
    expect(attention).toContain("steady-state solver did not converge");
    expect(attention).not.toContain("Gibbs state at equilibrium");
  });

  it("shows every check of every scenario in the matrix with the colour class of its status", () => {
    const matrices = matrixCells(html);
    for (const scenario of results.cases[0].scenarios) {
      const rows = matrices.get(scenario.name)!;
      expect(rows).toBeDefined();
      const checked = new Set(scenario.engines.flatMap((e) => e.checks.map((c) => c.property)));
      const columns = results.properties.map((p) => p.id).filter((id) => checked.has(id));
      for (const engine of scenario.engines) {
        const cells = rows.get(engine.engine)!;
        if (engine.unsupported) {
          expect(cells).toEqual(["verdict-unsupported"]);
          continue;
        }
        for (const check of engine.checks) {
          expect(
            cells[columns.indexOf(check.property)],
            `${scenario.name}/${engine.engine}/${check.property}`,
          ).toBe(expectedCellClass(check));
        }
      }
    }
  });

  it("writes the reason of an expected failure (hover text and list) and of an unsupported engine", () => {
    const text = textOf(html);
    expect(text).toContain(EXPECTED_FAILURE_REASON);
    expect(text).toContain(UNSUPPORTED_REASON);
    const expectedCell = /<td class="cell verdict-expected-fail" title="([^"]*)"/.exec(html)![1];
    expect(textOf(expectedCell)).toContain(EXPECTED_FAILURE_REASON);
    const list = textOf(/<div class="expected-failures">[\s\S]*?<\/div>/.exec(html)![0]);
    expect(list).toContain("local-lindblad");
    expect(list).toContain(EXPECTED_FAILURE_REASON);
  });

  it("lists every failure and error with its message, and a small matrix as a table", () => {
    const details = /<section class="failure-details"[\s\S]*?<\/section>/.exec(html)![0];
    const failing = results.cases[0].scenarios.flatMap((s) =>
      s.engines.flatMap((e) => e.checks.filter((c) => c.status === "fail" || c.status === "error")),
    );
    expect([...details.matchAll(/<article class="failure /g)]).toHaveLength(failing.length);
    const text = textOf(details);
    for (const check of failing) expect(text).toContain(check.message);
    const matrix = /<table class="detail-matrix"[^>]*>([\s\S]*?)<\/table>/.exec(details)![1];
    expect([...matrix.matchAll(/<tr>/g)]).toHaveLength(4);
    expect([...matrix.matchAll(/<td>/g)]).toHaveLength(16);
    // ρ[1][2] = 0.03 − 0.004i.
    expect(textOf(matrix)).toContain("0.03 − 0.004i");
  });

  it("formats numbers to three significant digits, with a power of ten for tiny values", () => {
    expect(html).toContain(`<span class="num" title="${TINY_TRACE_ERROR}">3.2×10⁻¹³</span>`);
    expect(html).toContain(`<span class="num" title="${SECOND_LAW_VALUE}">−0.0123</span>`);
    expect(html).toContain(`<span class="num" title="1e-10">1×10⁻¹⁰</span>`);
    // Default parameters keep their digits.
    expect(textOf(/<table class="parameters">[\s\S]*?<\/table>/.exec(html)![0])).toMatch(/TM\s*1\.1\b/);
  });

  it("draws one chart per sweep quantity, every engine a line, missing points as gaps", () => {
    const sweep = results.cases[0].sweeps[0];
    const quantities = Object.keys(sweep.series[0].quantities);
    const sweepsHtml = html.split('<section class="sweeps">')[1].split('<section class="figures">')[0];
    expect([...sweepsHtml.matchAll(/<svg\b/g)]).toHaveLength(quantities.length);
    const charts = [...sweepsHtml.matchAll(/<figure class="chart">([\s\S]*?)<\/figure>/g)].map((m) => m[1]);
    expect(charts).toHaveLength(quantities.length);
    for (const chart of charts) {
      const lines = markPaths(chart, "line");
      expect(lines).toHaveLength(sweep.series.length);
      expect(chart).not.toMatch(/NaN|Infinity/);
    }
    // The local engine's heat current is missing at two neighbouring points: its line has two pieces.
    const heatChart = charts[quantities.indexOf("currents.left.heat")];
    const pieces = markPaths(heatChart, "line").map((d) => (d.match(/M/g) ?? []).length);
    expect(pieces.sort()).toEqual([1, 2]);
    // Axis titles with symbols and units.
    expect(heatChart).toContain("ΔT (dT)");
    expect(heatChart).toContain("Heat current J^Q_left, bath → system (energy/time)");
  });

  it("keeps an engine's colour the same in every chart and in its matrix row", () => {
    const sweepsHtml = html.split('<section class="sweeps">')[1].split('<section class="figures">')[0];
    const charts = [...sweepsHtml.matchAll(/<figure class="chart">([\s\S]*?)<\/figure>/g)].map((m) => m[1]);
    const strokesPerChart = charts.map((chart) =>
      [...chart.matchAll(/<g class="mark-line role-mark[^>]*>\s*<path[^>]*stroke="([^"]+)"/g)].map(
        (m) => m[1],
      ),
    );
    for (const strokes of strokesPerChart) expect(strokes).toEqual(strokesPerChart[0]);
    const swatch =
      /<span class="engine-swatch" style="background: ([^"]+)"><\/span><span class="engine-title">Global Lindblad/.exec(
        html,
      )!;
    expect(strokesPerChart[0]).toContain(swatch[1]);
  });

  it("renders each figure's charts, notes and table, and the error of a figure that failed", () => {
    const figures = html.split('<section class="figure"').slice(1);
    expect(figures).toHaveLength(2);
    expect(figures[0].match(/<svg/g)).toHaveLength(2);
    expect(textOf(figures[0])).toContain(FIGURE_NOTE);
    expect(textOf(figures[0])).toContain("−1.00");
    expect(figures[1]).not.toMatch(/<svg/);
    expect(textOf(figures[1])).toContain(FIGURE_ERROR);
  });

  it("has a glossary of every engine and property", () => {
    const glossary = textOf(/<section class="glossary"[\s\S]*?<\/section>/.exec(html)![0]);
    for (const engine of results.engines) {
      expect(glossary).toContain(engine.id);
      expect(glossary).toContain(engine.description);
    }
    for (const property of results.properties) {
      expect(glossary).toContain(property.id);
      expect(glossary).toContain(property.source);
    }
  });

  it("renders a sample run quickly", () => {
    expect(elapsedMs).toBeLessThan(3000);
  });

  it("escapes text from case files", async () => {
    const hostile = sampleRunResults();
    hostile.cases[0].description = '<img src="https://example.org/x.png"> & <script>alert(1)</script>';
    const page = await renderHtmlReport(hostile);
    expect(page).not.toMatch(/<script|<img/);
    expect(page).toContain("&lt;script&gt;");
  });
});

describe("writeReport", () => {
  it("writes index.html and a results.json that reads back as the results", async () => {
    const directory = await mkdtemp(join(tmpdir(), "qmebench-report-"));
    try {
      const outDir = join(directory, "nested", "out");
      const results = sampleRunResults();
      const written = await writeReport(results, outDir);
      expect(written).toEqual({ html: join(outDir, "index.html"), json: join(outDir, "results.json") });
      expect((await readFile(written.html, "utf8")).startsWith("<!DOCTYPE html>")).toBe(true);
      const reread = JSON.parse(await readFile(written.json, "utf8")) as RunResults;
      // JSON has no NaN: missing sweep points come back as null.
      expect(reread.summary).toEqual(results.summary);
      expect(reread.cases[0].sweeps[0].series[1].quantities["currents.left.heat"][7]).toBeNull();
      expect(reread.cases[0].scenarios[0].engines[1].checks[1].expectedReason).toBe(EXPECTED_FAILURE_REASON);
    } finally {
      await rm(directory, { recursive: true, force: true });
    }
  });
});
