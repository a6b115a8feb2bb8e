import { readdir, readFile } from "node:fs/promises";
import { writeFileAtomic } from "../atomic-write.js";
import { basename, extname, join } from "node:path";
import Handlebars from "handlebars";
import { PACKAGE_ROOT } from "../package-root.js";
import type { RunResults } from "../runner/results.js";
import { figureCharts } from "./figure-charts.js";
import { buildReportView, type ReportView } from "./report-view.js";
import { seriesStyles } from "./series-style.js";
import { type SweepChart, sweepCharts } from "./sweep-charts.js";

/**
 * The HTML report of `qmebench run`: one self-contained page (inline CSS and SVG, no scripts, no
 * network) rendered from reports/templates/index.hbs with the partials of reports/templates/partials/
 * and the style sheet reports/assets/report.css.
 */

interface ReportTemplate {
  render(view: ReportView): string;
  css: string;
}

let templateCache: Promise<ReportTemplate> | undefined;

/** Reads and compiles the templates once per process, in an isolated handlebars environment. */
async function loadTemplate(): Promise<ReportTemplate> {
  const reportsDirectory = join(PACKAGE_ROOT, "reports");
  const handlebars = Handlebars.create();
  handlebars.registerHelper("eq", (a: unknown, b: unknown) => a === b);
  const partialsDirectory = join(reportsDirectory, "templates", "partials");
  for (const file of (await readdir(partialsDirectory)).filter((f) => extname(f) === ".hbs").sort()) {
    handlebars.registerPartial(basename(file, ".hbs"), await readFile(join(partialsDirectory, file), "utf8"));
  }
  const source = await readFile(join(reportsDirectory, "templates", "index.hbs"), "utf8");
  const css = await readFile(join(reportsDirectory, "assets", "report.css"), "utf8");
  const template = handlebars.compile<ReportView>(source, { preventIndent: true });
  return { render: (view) => template(view), css };
}

/** Renders the report of a run as one HTML document. */
export async function renderHtmlReport(results: RunResults): Promise<string> {
  templateCache ??= loadTemplate().catch((error: unknown) => {
    templateCache = undefined;
    throw error;
  });
  const template = await templateCache;
  // Engines in run order first, then any engine that only appears in a sweep.
  const engineIds = new Set(results.engines.map((e) => e.id));
  for (const caseResults of results.cases) {
    for (const sweep of caseResults.sweeps) for (const series of sweep.series) engineIds.add(series.engine);
  }
  const styles = seriesStyles([...engineIds]);
  const charts: SweepChart[][][] = [];
  for (const caseResults of results.cases) {
    const caseCharts: SweepChart[][] = [];
    for (const sweep of caseResults.sweeps) caseCharts.push(await sweepCharts(caseResults, sweep, styles));
    charts.push(caseCharts);
  }
  const figures: string[][][] = [];
  for (const caseResults of results.cases) {
    const caseFigures: string[][] = [];
    for (const figure of caseResults.figures ?? []) caseFigures.push(await figureCharts(figure, styles));
    figures.push(caseFigures);
  }
  return template.render(
    buildReportView(results, { charts, figures, css: template.css, engineStyles: styles }),
  );
}

/**
 * Writes `index.html` (the report) and `results.json` (the results, pretty-printed) into `outDir`,
 * creating it if needed, and returns the two paths.
 */
export async function writeReport(
  results: RunResults,
  outDir: string,
): Promise<{ html: string; json: string }> {
  const html = join(outDir, "index.html");
  const json = join(outDir, "results.json");
  const page = await renderHtmlReport(results);
  // each file is replaced only once its new version is complete (a crash keeps the previous report)
  writeFileAtomic(json, `${JSON.stringify(results, null, 2)}\n`);
  writeFileAtomic(html, page);
  return { html, json };
}
