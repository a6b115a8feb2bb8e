import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { LineChartSpec } from "../../src/plugins/figure.js";
import { DATA_DIGITS } from "../../src/report/data-downloads.js";
import { CHART_WIDTH } from "../../src/report/plots.js";
import { PAPER_REFERENCES } from "../../src/report/references.js";
import { renderHtmlReport } from "../../src/report/render-html.js";
import { BUILTIN_REPORTERS } from "../../src/report/reporters.js";
import type { RunResults, ScenarioResults } from "../../src/runner/results.js";
import { csvNumber, dataUriText, parseCsv } from "./parse-csv.js";
import {
  CLAIM_EVIDENCE,
  EXPECTED_FAILURE_REASON,
  FIGURE_ERROR,
  FIGURE_NOTE,
  SECOND_LAW_VALUE,
  sampleRunResults,
  TINY_TRACE_ERROR,
  TRAJECTORY_FAILURE,
  TRAJECTORY_WARNING,
  UNSUPPORTED_REASON,
} from "./sample-run-results.js";
import { markPaths, unbalancedTag } from "./svg-structure.js";

/** Why properties do not apply in the biased scenario of the sample (added to it below). */
const NOT_AT_ONE_TEMPERATURE = "the baths are not at one temperature";
const NO_UNIQUE_STATE = "no unique steady state (see the warnings)";

/** The sample run with not-applicable properties: gibbs-state for every engine, positivity for one. */
function sampleWithNotApplicable(): RunResults {
  const results = sampleRunResults();
  const [globalEngine, localEngine] = results.cases[0].scenarios[1].engines;
  globalEngine.notApplicable = [
    { property: "gibbs-state", reason: NOT_AT_ONE_TEMPERATURE },
    { property: "positivity", reason: NO_UNIQUE_STATE },
  ];
  localEngine.notApplicable = [{ property: "gibbs-state", reason: NOT_AT_ONE_TEMPERATURE }];
  // The exact values of the figure's line chart as points, the paper's convention.
  (results.cases[0].figures[0].charts[0] as LineChartSpec).series[0].style = "points";
  return results;
}

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

/** The markup of the section with id `id` (sections of scenarios, sweeps and figures hold none). */
function section(html: string, id: string): string {
  const match = new RegExp(`<section class="[^"]*" id="${id}">[\\s\\S]*?</section>`).exec(html);
  expect(match, `section #${id}`).not.toBeNull();
  return match![0];
}

/** The ids of every section of a class, in page order. */
function sectionIds(html: string, className: string): string[] {
  return [...html.matchAll(new RegExp(`<section class="${className}" id="([^"]+)"`, "g"))].map((m) => m[1]);
}

interface ParsedTable {
  columns: string[];
  /** engine id → the class of each cell, in column order. */
  rows: Map<string, string[]>;
}

/** The check table of a scenario section: property ids of the columns and the cell classes by engine. */
function checkTableOf(scenarioHtml: string): ParsedTable {
  const table = /<table class="check-matrix">([\s\S]*?)<\/table>/.exec(scenarioHtml)![1];
  const columns = [...table.matchAll(/<th scope="col" class="property" title="([^"]+)"/g)].map((m) => m[1]);
  const body = /<tbody>([\s\S]*?)<\/tbody>/.exec(table)![1];
  const rows = new Map<string, string[]>();
  for (const row of body.split("<tr>").slice(1)) {
    const engine = /<th scope="row" class="engine">[\s\S]*?<code>([^<]*)<\/code>/.exec(row)![1];
    rows.set(
      engine,
      [...row.matchAll(/<td class="cell ([^"]*)"/g)].map((m) => m[1]),
    );
  }
  return { columns, rows };
}

/** Every download link of a fragment: file name and decoded text. */
function downloads(html: string): { fileName: string; text: string }[] {
  return [...html.matchAll(/<a class="download" download="([^"]+)" href="([^"]+)"/g)].map((m) => ({
    fileName: m[1],
    text: dataUriText(m[2]).text,
  }));
}

/** The figures of the page showing charts: each <figure class="chart"> with its markup. */
function chartFigures(html: string): string[] {
  return [...html.matchAll(/<figure class="chart" id="[^"]+">([\s\S]*?)<\/figure>/g)].map((m) => m[1]);
}

function expectSameNumber(actual: number | null, expected: number | null | undefined, where: string) {
  if (expected === null || expected === undefined || !Number.isFinite(expected)) {
    expect(actual, where).toBeNull();
  } else {
    expect(Math.abs(actual! - expected), where).toBeLessThanOrEqual(
      Math.abs(expected) * 10 ** (1 - DATA_DIGITS),
    );
  }
}

describe("renderHtmlReport", () => {
  let results: RunResults;
  let html: string;
  let elapsedMs: number;

  beforeAll(async () => {
    results = sampleWithNotApplicable();
    const start = performance.now();
    html = await renderHtmlReport({ results });
    elapsedMs = performance.now() - start;
  });

  it("is one complete, balanced HTML document whose every internal link has its target", () => {
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
    const targets = [...html.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]);
    expect(targets.length).toBeGreaterThan(20);
    for (const target of targets) expect(ids).toContain(target);
  });

  it("is self-contained: no scripts, no style sheets, images or fonts from anywhere else", () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<link\b/i);
    expect(html).not.toMatch(/<img\b/i);
    expect(html).not.toMatch(/@import|@font-face|url\(\s*["']?(https?:)?\/\//i);
    expect(html).not.toMatch(/\s(src|xlink:href|action)\s*=\s*["']?\s*(https?:)?\/\//i);
    // Besides the SVG namespaces, the only addresses are the papers' arXiv pages, links never loaded.
    const urls = [...html.matchAll(/https?:\/\/[^\s"'<>)]+/g)].map((m) => m[0]);
    for (const url of urls) {
      if (["http://www.w3.org/2000/svg", "http://www.w3.org/1999/xlink"].includes(url)) continue;
      expect(url).toMatch(/^https:\/\/(arxiv\.org\/abs\/\d{4}\.\d{4,5}|doi\.org\/10\.)/);
      expect(html).toContain(`<a class="identifier" href="${url}">`);
    }
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

  it("gives each scenario a table whose columns are exactly the properties checked there, one row per running engine", () => {
    const scenarios = results.cases[0].scenarios;
    const ids = sectionIds(html, "scenario");
    expect(ids).toHaveLength(scenarios.length);
    scenarios.forEach((scenario: ScenarioResults, k) => {
      const table = checkTableOf(section(html, ids[k]));
      const running = scenario.engines.filter((e) => !e.unsupported);
      const checked = new Set(running.flatMap((e) => e.checks.map((c) => c.property)));
      expect(table.columns).toEqual(results.properties.map((p) => p.id).filter((id) => checked.has(id)));
      expect([...table.rows.keys()]).toEqual(running.map((e) => e.engine));
      for (const engine of running) {
        const cells = table.rows.get(engine.engine)!;
        table.columns.forEach((property, column) => {
          const check = engine.checks.find((c) => c.property === property);
          const notApplicable = engine.notApplicable.some((n) => n.property === property);
          const expected = check
            ? expectedCellClass(check)
            : notApplicable
              ? "verdict-not-applicable"
              : "verdict-not-planned";
          expect(cells[column], `${scenario.name}/${engine.engine}/${property}`).toBe(expected);
        });
      }
    });
  });

  it("names the properties that apply to no engine, and why, in one line under the table", () => {
    const biased = section(html, "scenario--flipflop-qubits--biased");
    const summary = textOf(/<p class="not-applicable-summary">[\s\S]*?<\/p>/.exec(biased)![0]);
    expect(summary).toBe(` Not applicable here Gibbs state at equilibrium (${NOT_AT_ONE_TEMPERATURE}). `);
    expect(checkTableOf(biased).columns).not.toContain("gibbs-state");
    expect(section(html, "scenario--flipflop-qubits--equilibrium")).not.toContain("not-applicable-summary");
  });

  it("shows why a check does not apply without a mouse: a note mark linking to the reason under the table", () => {
    const biased = section(html, "scenario--flipflop-qubits--biased");
    const cell = /<td class="cell verdict-not-applicable"[^>]*>([\s\S]*?)<\/td>/.exec(biased)![1];
    const target = /<sup class="note-ref"><a href="#([^"]+)"[^>]*>a<\/a><\/sup>/.exec(cell)![1];
    const note = new RegExp(`<li id="${target}">([\\s\\S]*?)</li>`).exec(biased)![1];
    expect(textOf(note)).toContain(NO_UNIQUE_STATE);
    // An unsupported engine is named with its reason, not given a row.
    expect(textOf(/<p class="unsupported-summary">[\s\S]*?<\/p>/.exec(biased)![0])).toContain(
      `newns-exact (${UNSUPPORTED_REASON})`,
    );
  });

  it("writes the reason of an expected failure in its cell's hover text and in the list under the table", () => {
    const expectedCell = /<td class="cell verdict-expected-fail" title="([^"]*)"/.exec(html)![1];
    expect(textOf(expectedCell)).toContain(EXPECTED_FAILURE_REASON.slice(0, 60));
    const list = textOf(/<details class="expected-failures">[\s\S]*?<\/details>/.exec(html)![0]);
    expect(list).toContain("local-lindblad × Gibbs state at equilibrium");
    // The paper cited by file name in the reason is cited by its authors, linked to its reference.
    expect(list).toContain("Castillo et al. Sec. III");
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
    // A tolerance shared by a column stands in its header.
    expect(html).toMatch(
      /<th scope="col" class="property" title="trace-preservation">[^\n]*tol <span class="num" title="1e-10">1×10⁻¹⁰<\/span>/,
    );
    expect(textOf(/<table class="parameters">[\s\S]*?<\/table>/.exec(html)![0])).toMatch(/TM\s*1\.1\b/);
  });

  it("has a contents entry for every case, scenario, sweep, trajectory, figure and failing check", () => {
    const contents = /<nav class="contents"[\s\S]*?<\/nav>/.exec(html)![0];
    const linked = new Set([...contents.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]));
    const expected = [
      ...sectionIds(html, "case"),
      ...sectionIds(html, "scenario"),
      ...sectionIds(html, "sweep"),
      ...sectionIds(html, "trajectory"),
      ...sectionIds(html, "figure"),
      ...[...html.matchAll(/<article class="failure [^"]*" id="([^"]+)"/g)].map((m) => m[1]),
      "references",
      "glossary",
    ];
    expect(expected.length).toBeGreaterThan(8);
    for (const id of expected) expect(linked, id).toContain(id);
    // and a permalink beside each heading of those sections
    expect(sectionIds(html, "trajectory")).toEqual(["trajectory--flipflop-qubits--excitation-hopping"]);
    for (const id of sectionIds(html, "(?:case|scenario|sweep|trajectory|figure)")) {
      expect(html, id).toMatch(
        new RegExp(`id="${id}">\\s*<h[2-4]>[\\s\\S]*?<a class="anchor-link" href="#${id}"`),
      );
    }
  });

  it("draws one chart per sweep quantity, every engine a line and a legend entry, missing points as gaps", () => {
    const sweep = results.cases[0].sweeps[0];
    const quantities = Object.keys(sweep.series[0].quantities);
    const charts = chartFigures(section(html, "sweep--flipflop-qubits--temperature-bias"));
    expect(charts).toHaveLength(quantities.length);
    for (const chart of charts) {
      expect(markPaths(chart, "line")).toHaveLength(sweep.series.length);
      expect(chart).not.toMatch(/NaN|Infinity/);
      const legend = [
        ...chart.matchAll(/<li><svg class="swatch"[\s\S]*?<\/svg><span>([^<]*)<\/span><\/li>/g),
      ];
      expect(legend.map((m) => m[1])).toEqual(sweep.series.map((s) => s.engine));
    }
    // The local engine's heat current is missing at two neighbouring points: its line has two pieces.
    const heatChart = charts[quantities.indexOf("currents.left.heat")];
    const pieces = markPaths(heatChart, "line").map((d) => (d.match(/M/g) ?? []).length);
    expect(pieces.sort()).toEqual([1, 2]);
    expect(heatChart).toContain("ΔT (dT)");
    expect(heatChart).toContain("Heat current J^Q_left, bath → system (energy/time)");
  });

  it("offers each sweep as CSV and JSON that read back as the swept numbers", () => {
    const sweep = results.cases[0].sweeps[0];
    const files = downloads(section(html, "sweep--flipflop-qubits--temperature-bias")).filter(
      (d) => !d.fileName.includes("chart"),
    );
    expect(files.map((f) => f.fileName)).toEqual([
      "flipflop-qubits-sweep-temperature-bias.csv",
      "flipflop-qubits-sweep-temperature-bias.json",
    ]);
    const rows = parseCsv(files[0].text);
    const json = JSON.parse(files[1].text) as typeof sweep;
    for (const series of sweep.series) {
      const back = json.series.find((s) => s.engine === series.engine)!;
      for (const [quantity, values] of Object.entries(series.quantities)) {
        const column = rows[0].indexOf(`${series.engine} ${quantity}`);
        values.forEach((v, i) => {
          expectSameNumber(csvNumber(rows[i + 1][column]), v, `csv ${series.engine} ${quantity} ${i}`);
          expectSameNumber(back.quantities[quantity][i], v, `json ${series.engine} ${quantity} ${i}`);
        });
      }
    }
  });

  it("draws one chart per trajectory observable (Re and Im of a complex one), the engines overlaid, their methods and errors in the caption", () => {
    const trajectory = results.cases[0].trajectories[0];
    const part = section(html, "trajectory--flipflop-qubits--excitation-hopping");
    const ids = [...part.matchAll(/<figure class="chart" id="([^"]+)">/g)].map((m) => m[1]);
    expect(ids).toEqual([
      "trajectory--flipflop-qubits--excitation-hopping--n0",
      "trajectory--flipflop-qubits--excitation-hopping--sp0_sm1_re",
      "trajectory--flipflop-qubits--excitation-hopping--sp0_sm1_im",
    ]);
    const evolved = trajectory.series.filter((s) => s.evolution !== undefined);
    const charts = chartFigures(part);
    for (const chart of charts) {
      // the failed engine has no curve
      expect(markPaths(chart, "line")).toHaveLength(evolved.length);
      const legend = [
        ...chart.matchAll(/<li><svg class="swatch"[\s\S]*?<\/svg><span>([^<]*)<\/span><\/li>/g),
      ];
      expect(legend.map((m) => m[1])).toEqual(evolved.map((s) => s.engine));
      const caption = textOf(/<p class="caption">[\s\S]*?<\/p>/.exec(chart)![0]);
      expect(caption).toContain("from up,down");
      expect(caption).toContain(
        "global-lindblad: dense exp(LΔt) (Padé, scaling and squaring), 1 distinct step(s), error estimate 5.4×10⁻¹⁴",
      );
      expect(caption).toContain(
        "local-lindblad: krylov (Arnoldi, m ≤ 16, tolerance 1e-10), error estimate 3.1×10⁻¹²",
      );
    }
    expect(charts[0]).toContain("⟨n0⟩");
    expect(charts[2]).toContain("Im ⟨sp0 sm1⟩");
    const text = textOf(part);
    expect(text).toContain(`redfield : failed: ${TRAJECTORY_FAILURE}`);
    expect(text).toContain(`warning: ${TRAJECTORY_WARNING}`);
    expect(text).toContain("41 times from 0 to 10, from up,down , Gamma = 0.05");
  });

  it("offers each trajectory as CSV and JSON that read back as the evolved numbers", () => {
    const trajectory = results.cases[0].trajectories[0];
    const files = downloads(section(html, "trajectory--flipflop-qubits--excitation-hopping"));
    expect(files.map((f) => f.fileName)).toEqual([
      "flipflop-qubits-trajectory-excitation-hopping.csv",
      "flipflop-qubits-trajectory-excitation-hopping.json",
    ]);
    const rows = parseCsv(files[0].text);
    expect(rows[0]).toEqual([
      "time",
      "global-lindblad n0",
      "global-lindblad sp0 sm1.re",
      "global-lindblad sp0 sm1.im",
      "local-lindblad n0",
      "local-lindblad sp0 sm1.re",
      "local-lindblad sp0 sm1.im",
    ]);
    const json = JSON.parse(files[1].text) as typeof trajectory;
    expect(json.series.map((s) => s.evolution?.errorEstimate)).toEqual([5.4e-14, 3.1e-12, undefined]);
    for (const series of trajectory.series.slice(0, 2)) {
      const n0 = series.observables.n0 as number[];
      const im = (series.observables["sp0 sm1"] as { im: number[] }).im;
      const back = json.series.find((s) => s.engine === series.engine)!;
      trajectory.times.forEach((t, i) => {
        expectSameNumber(csvNumber(rows[i + 1][0]), t, `csv time ${i}`);
        expectSameNumber(
          csvNumber(rows[i + 1][rows[0].indexOf(`${series.engine} n0`)]),
          n0[i],
          `csv n0 ${i}`,
        );
        expectSameNumber(
          csvNumber(rows[i + 1][rows[0].indexOf(`${series.engine} sp0 sm1.im`)]),
          im[i],
          `csv im ${i}`,
        );
        expectSameNumber((back.observables.n0 as number[])[i], n0[i], `json n0 ${i}`);
      });
    }
  });

  it("keeps an engine's colour the same in every chart and in its table row", () => {
    const charts = chartFigures(section(html, "sweep--flipflop-qubits--temperature-bias"));
    const strokesPerChart = charts.map((chart) =>
      [...chart.matchAll(/<g class="mark-line role-mark[^>]*>\s*<path[^>]*stroke="([^"]+)"/g)].map(
        (m) => m[1],
      ),
    );
    for (const strokes of strokesPerChart) expect(strokes).toEqual(strokesPerChart[0]);
    const row =
      /<th scope="row" class="engine"><svg class="swatch"[^>]*><path[^>]*stroke="([^"]+)"[^>]*\/>[\s\S]*?<code>global-lindblad<\/code>/.exec(
        html,
      )!;
    expect(strokesPerChart[0]).toContain(row[1]);
  });

  it("renders each figure's charts, notes and table, and the error of a figure that failed", () => {
    const [figure, broken] = sectionIds(html, "figure").map((id) => section(html, id));
    expect(chartFigures(figure)).toHaveLength(2);
    expect(textOf(figure)).toContain(FIGURE_NOTE);
    expect(textOf(figure)).toContain("−1.00");
    expect(broken).not.toMatch(/<svg/);
    expect(textOf(broken)).toContain(FIGURE_ERROR);
    // The series drawn as points has markers and no line.
    expect(markPaths(chartFigures(figure)[0], "line")).toHaveLength(0);
    expect(markPaths(chartFigures(figure)[0], "symbol")).toHaveLength(2);
  });

  it("offers each figure as JSON and each of its charts as CSV, reading back as the plotted numbers", () => {
    const figure = results.cases[0].figures[0];
    const files = downloads(section(html, sectionIds(html, "figure")[0]));
    expect(files.map((f) => f.fileName)).toEqual([
      "bell-against-temperature.json",
      "bell-against-temperature-chart1.csv",
      "bell-against-temperature-chart2.csv",
    ]);
    expect(JSON.parse(files[0].text).charts).toEqual(figure.charts);
    const line = figure.charts[0] as LineChartSpec;
    const lineRows = parseCsv(files[1].text);
    expect(lineRows[0]).toEqual([line.xLabel, ...line.series.map((s) => s.name)]);
    line.series[0].y.forEach((y, i) => expectSameNumber(csvNumber(lineRows[i + 1][1]), y, `point ${i}`));
    const mapRows = parseCsv(files[2].text).slice(1);
    expect(mapRows.map((r) => csvNumber(r[3]))).toEqual([0, 1, null, 2]);
  });

  it("puts every chart in a <figure> with a caption, as an image no wider than its column, labelled for screen readers", () => {
    const charts = chartFigures(html);
    expect(charts.length).toBeGreaterThanOrEqual(5);
    for (const chart of charts) {
      expect(chart).toMatch(/<figcaption>[\s\S]*<p class="caption">/);
      const svg = /<svg role="img" aria-label="([^"]+)"[^>]*width="(\d+(?:\.\d+)?)"/.exec(chart)!;
      expect(Number(svg[2])).toBeLessThanOrEqual(CHART_WIDTH);
      const title = /<text[^>]*font-weight="600"[^>]*>([^<]*)<\/text>/.exec(chart)![1];
      expect(textOf(svg[1])).toContain(textOf(title));
    }
    for (const [, width] of html.matchAll(/<svg\b[^>]*\swidth="(\d+(?:\.\d+)?)"/g)) {
      expect(Number(width)).toBeLessThanOrEqual(CHART_WIDTH);
    }
  });

  it("lists each paper cited with its authors, title and arXiv id, and links citations to the entry", () => {
    const references = /<section class="references" id="references">[\s\S]*?<\/section>/.exec(html)![0];
    const citedFiles = new Set(
      [...JSON.stringify(results).matchAll(/\d{3}_[0-9a-f]{16}\.txt/g)].map((m) => m[0]),
    );
    const cited = PAPER_REFERENCES.filter((r) => citedFiles.has(r.file));
    expect(cited.length).toBeGreaterThanOrEqual(3);
    const entries = [...references.matchAll(/<li id="([^"]+)">([\s\S]*?)<\/li>/g)];
    expect(entries).toHaveLength(cited.length);
    cited.forEach((reference, k) => {
      const text = textOf(entries[k][2]);
      expect(text).toContain(reference.title);
      for (const author of reference.authors) expect(text).toContain(author);
      expect(text).toContain(reference.arxiv ? `arXiv:${reference.arxiv}` : reference.noIdentifier!);
      expect(html).toContain(`<a class="citation" href="#${entries[k][1]}"`);
    });
    // The figure's source names its paper by its authors, not by the project's file name.
    const source = /<p class="source">([\s\S]*?)<\/p>/.exec(section(html, sectionIds(html, "figure")[0]))![1];
    expect(textOf(source)).toContain("Longstaff Fig. 1");
  });

  it("has a glossary of every engine and property, sources citing the papers by their authors", () => {
    const glossary = textOf(/<section class="glossary"[\s\S]*?<\/section>/.exec(html)![0]);
    for (const engine of results.engines) {
      expect(glossary).toContain(engine.id);
      expect(glossary).toContain(engine.description);
    }
    for (const property of results.properties) {
      expect(glossary).toContain(property.id);
      expect(glossary).toContain(property.source.replace("001_a04d396bbf339a9e.txt", "Zhang & Wang"));
    }
  });

  it("renders a sample run quickly", () => {
    expect(elapsedMs).toBeLessThan(3000);
  });

  it("escapes text from case files", async () => {
    const hostile = sampleRunResults();
    hostile.cases[0].description = '<img src="https://example.org/x.png"> & <script>alert(1)</script>';
    const page = await renderHtmlReport({ results: hostile });
    expect(page).not.toMatch(/<script|<img/);
    expect(page).toContain("&lt;script&gt;");
  });
});

describe("the html and json reporters", () => {
  it("write index.html and a results.json that reads back as the results", async () => {
    const directory = await mkdtemp(join(tmpdir(), "qmebench-report-"));
    try {
      const outDir = join(directory, "nested", "out");
      const results = sampleRunResults();
      const [html] = await BUILTIN_REPORTERS.html.write({ results }, outDir);
      const [json] = await BUILTIN_REPORTERS.json.write({ results }, outDir);
      expect([html, json]).toEqual([join(outDir, "index.html"), join(outDir, "results.json")]);
      expect((await readFile(html, "utf8")).startsWith("<!DOCTYPE html>")).toBe(true);
      const reread = JSON.parse(await readFile(json, "utf8")) as RunResults;
      // JSON has no NaN: missing sweep points come back as null.
      expect(reread.summary).toEqual(results.summary);
      expect(reread.cases[0].sweeps[0].series[1].quantities["currents.left.heat"][7]).toBeNull();
      expect(reread.cases[0].scenarios[0].engines[1].checks[1].expectedReason).toBe(EXPECTED_FAILURE_REASON);
    } finally {
      await rm(directory, { recursive: true, force: true });
    }
  });

  it("state each figure's claims with the verdict and its evidence, and count the verdicts at the top", async () => {
    const page = await renderHtmlReport({ results: sampleRunResults() });
    expect(page).toContain(CLAIM_EVIDENCE.replace(">", "&gt;")); // escaped as HTML
    expect(page).toMatch(/<span class="badge claim-refuted">✗ refuted<\/span>/);
    expect(page).toMatch(/<span class="count">1<\/span> figure claims confirmed/);
    expect(page).toMatch(/<span class="count">1<\/span> figure claims refuted/);
    // the refuted claim is listed at the top with a link to its row
    const anchor = page.match(/<tr id="([^"]+-claim-exponent)"/)![1];
    expect(page).toContain(`href="#${anchor}"`);
  });

  it("show the changes since a baseline: the regressed quantity with both values", async () => {
    const baseline = {
      regressions: [
        {
          case: "flipflop-qubits",
          key: "biased/global-lindblad/observables.purity",
          old: 0.61,
          new: 0.62,
          difference: 0.01,
          tolerance: 6.1e-8,
        },
      ],
      stale: [],
      missing: [],
      compared: 120,
      added: 0,
      quantities: [
        { case: "flipflop-qubits", quantity: "biased/global-lindblad/observables.purity", compared: 1 },
      ],
    };
    const page = await renderHtmlReport({ results: sampleRunResults(), baseline });
    expect(page).toContain('id="changes-since-baseline"');
    expect(page).toContain("biased/global-lindblad/observables.purity");
    expect(page).toMatch(/120 numbers and verdicts compared/);
  });
});
