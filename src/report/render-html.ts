import { readdir, readFile } from "node:fs/promises";
import { basename, extname, join } from "node:path";
import Handlebars from "handlebars";
import { PACKAGE_ROOT } from "../package-root.js";
import type { RunReport } from "./run-report.js";
import { benchmarkView } from "./benchmark-view.js";
import { type FigureChart, figureCharts } from "./figure-charts.js";
import { buildReportView, type ReportView } from "./report-view.js";
import { seriesStyles } from "./series-style.js";
import { type SweepChart, sweepCharts } from "./sweep-charts.js";
import { type TrajectoryChart, trajectoryCharts } from "./trajectory-charts.js";

/**
 * The HTML report of `qmebench run`: one self-contained page (inline CSS and SVG, data downloads as
 * data: URIs, no scripts, no network) rendered from reports/templates/index.hbs with the partials of
 * reports/templates/partials/ and the style sheet reports/assets/report.css.
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
  handlebars.registerHelper("or", (a: unknown, b: unknown) => Boolean(a) || Boolean(b));
  handlebars.registerHelper("kilobytes", (bytes: number) => `${Math.max(1, Math.round(bytes / 1000))} kB`);
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
export async function renderHtmlReport(report: RunReport): Promise<string> {
  const { results } = report;
  templateCache ??= loadTemplate().catch((error: unknown) => {
    templateCache = undefined;
    throw error;
  });
  const template = await templateCache;
  // Engines in run order first, then any engine that only appears in a sweep or a trajectory.
  const engineIds = new Set(results.engines.map((e) => e.id));
  for (const caseResults of results.cases) {
    for (const sweep of caseResults.sweeps) for (const series of sweep.series) engineIds.add(series.engine);
    for (const trajectory of caseResults.trajectories ?? [])
      for (const series of trajectory.series) engineIds.add(series.engine);
  }
  const styles = seriesStyles([...engineIds]);
  const charts: SweepChart[][][] = [];
  for (const caseResults of results.cases) {
    const caseCharts: SweepChart[][] = [];
    for (const sweep of caseResults.sweeps) caseCharts.push(await sweepCharts(caseResults, sweep, styles));
    charts.push(caseCharts);
  }
  const trajectories: TrajectoryChart[][][] = [];
  for (const caseResults of results.cases) {
    const caseCharts: TrajectoryChart[][] = [];
    for (const trajectory of caseResults.trajectories ?? [])
      caseCharts.push(await trajectoryCharts(caseResults.id, trajectory, styles));
    trajectories.push(caseCharts);
  }
  const figures: FigureChart[][][] = [];
  for (const caseResults of results.cases) {
    const caseFigures: FigureChart[][] = [];
    for (const figure of caseResults.figures ?? []) caseFigures.push(await figureCharts(figure, styles));
    figures.push(caseFigures);
  }
  return template.render(
    buildReportView(results, {
      charts,
      trajectories,
      figures,
      css: template.css,
      engineStyles: styles,
      baseline: report.baseline,
      ...(report.benchmarks ? { benchmarks: await benchmarkView(report.benchmarks, styles) } : {}),
    }),
  );
}
