import type { HeatmapSpec, LineChartSpec } from "../plugins/figure.js";
import type { FigureResults, SweepResults, TrajectoryResults } from "../runner/results.js";
import { textDataUri } from "./data-uri.js";
import { trajectoryColumns } from "./trajectory-charts.js";

/**
 * The numbers behind each figure, sweep and trajectory of the report as files to download from the page
 * itself: CSV (one file per chart, or per sweep or trajectory) and JSON (the whole figure, sweep or
 * trajectory as plotted). Numbers have
 * DATA_DIGITS significant digits, far finer than any chart shows (results.json has every digit); a
 * missing value is an empty CSV field and a JSON null.
 */

/** Significant digits of the numbers in the downloads. */
export const DATA_DIGITS = 8;

/** A number with DATA_DIGITS significant digits in its shortest form; non-finite values are missing. */
function rounded(value: number): number | null {
  return Number.isFinite(value) ? Number(value.toPrecision(DATA_DIGITS)) : null;
}

/** A copy of a JSON-like value with every number rounded (JSON has no NaN: missing values become null). */
function roundedDeep(value: unknown): unknown {
  if (typeof value === "number") return rounded(value);
  if (Array.isArray(value)) return value.map(roundedDeep);
  if (typeof value === "object" && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, roundedDeep(v)]));
  }
  return value;
}

export interface Download {
  fileName: string;
  /** A data: URI (data-uri.ts). */
  href: string;
  /** CSV or JSON, for the link text. */
  format: "CSV" | "JSON";
  /** Size of the file, for the link text. */
  bytes: number;
}

type Cell = string | number | null | undefined;

function csvField(value: Cell): string {
  if (typeof value === "number") return Number.isFinite(value) ? String(rounded(value)) : "";
  if (value === null || value === undefined) return "";
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** RFC 4180 CSV: a header row, then one row per record, CRLF line ends. */
export function csvText(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return [header, ...rows].map((row) => row.map(csvField).join(",")).join("\r\n") + "\r\n";
}

/**
 * A line chart: when every series has the same x values, one row per x with one column per series
 * (`<x label>, <series>, …`); otherwise one row per point, `series, <x label>, <y label>`.
 */
export function lineChartCsv(chart: LineChartSpec): string {
  const [first] = chart.series;
  const sharedX =
    first !== undefined &&
    chart.series.every((s) => s.x.length === first.x.length && s.x.every((x, i) => Object.is(x, first.x[i])));
  if (sharedX) {
    const rows = first.x.map((x, i) => [x, ...chart.series.map((s) => s.y[i])]);
    return csvText([chart.xLabel, ...chart.series.map((s) => s.name)], rows);
  }
  const rows = chart.series.flatMap((s) => s.x.map((x, i) => [s.name, x, s.y[i]]));
  return csvText(["series", chart.xLabel, chart.yLabel], rows);
}

/**
 * A heat map in long form: one row per cell, `layer, <x label>, <y label>, <colour label>` with
 * layer `map`, then the points of each overlay curve with the curve's name as layer and no z.
 */
export function heatmapCsv(chart: HeatmapSpec): string {
  const cells = chart.y.flatMap((y, i) => chart.x.map((x, j) => ["map", x, y, chart.z[i][j]]));
  const curves = (chart.overlays ?? []).flatMap((o) => o.x.map((x, k) => [o.name, x, o.y[k], null]));
  return csvText(["layer", chart.xLabel, chart.yLabel, chart.colorLabel], [...cells, ...curves]);
}

/** A sweep in wide form: the swept parameter, then one column per engine and quantity (`engine quantity`). */
export function sweepCsv(sweep: SweepResults): string {
  const columns = sweep.series.flatMap((s) =>
    Object.keys(s.quantities).map((q) => ({ engine: s.engine, q })),
  );
  const header = [sweep.parameter, ...columns.map(({ engine, q }) => `${engine} ${q}`)];
  const byEngine = new Map(sweep.series.map((s) => [s.engine, s.quantities]));
  const rows = sweep.values.map((value, i) => [
    value,
    ...columns.map(({ engine, q }) => byEngine.get(engine)![q][i]),
  ]);
  return csvText(header, rows);
}

/**
 * A trajectory in wide form: the time, then one column per engine and drawn quantity (`engine n0`, and
 * `engine sp0 sm1.re`, `engine sp0 sm1.im` for a complex observable); an engine that failed has none.
 */
export function trajectoryCsv(trajectory: TrajectoryResults): string {
  const columns = trajectory.series.flatMap((s) =>
    trajectoryColumns(trajectory).flatMap((column) => {
      const values = column.values(s);
      return values === undefined ? [] : [{ header: `${s.engine} ${column.name}`, values }];
    }),
  );
  const rows = trajectory.times.map((t, k) => [t, ...columns.map((c) => c.values[k])]);
  return csvText(["time", ...columns.map((c) => c.header)], rows);
}

function download(fileName: string, format: Download["format"], text: string): Download {
  const mediaType = format === "CSV" ? "text/csv" : "application/json";
  return { fileName, format, href: textDataUri(mediaType, text), bytes: Buffer.byteLength(text, "utf8") };
}

/** File names from ids: letters, digits, dots, dashes and underscores only. */
function fileStem(...parts: string[]): string {
  return parts.map((p) => p.replace(/[^A-Za-z0-9._-]+/g, "_")).join("-");
}

/** The figure as JSON (charts and table as plotted) and one CSV per chart. */
export function figureDownloads(figure: FigureResults): { json: Download; charts: Download[] } {
  const { id, title, source, charts, table } = figure;
  const json = JSON.stringify(
    roundedDeep({ figure: id, title, source, charts, ...(table ? { table } : {}) }),
  );
  return {
    json: download(`${fileStem(id)}.json`, "JSON", json),
    charts: charts.map((chart, k) =>
      download(
        `${fileStem(id, `chart${k + 1}`)}.csv`,
        "CSV",
        chart.kind === "heatmap" ? heatmapCsv(chart) : lineChartCsv(chart),
      ),
    ),
  };
}

/** The sweep as CSV (wide) and JSON (as in results.json). */
export function sweepDownloads(caseId: string, sweep: SweepResults): { csv: Download; json: Download } {
  const stem = fileStem(caseId, "sweep", sweep.name);
  const json = JSON.stringify(roundedDeep({ case: caseId, ...sweep }));
  return {
    csv: download(`${stem}.csv`, "CSV", sweepCsv(sweep)),
    json: download(`${stem}.json`, "JSON", json),
  };
}

/** The trajectory as CSV (wide) and JSON (as in results.json: every engine's method and error estimate too). */
export function trajectoryDownloads(
  caseId: string,
  trajectory: TrajectoryResults,
): { csv: Download; json: Download } {
  const stem = fileStem(caseId, "trajectory", trajectory.id);
  const json = JSON.stringify(roundedDeep({ case: caseId, ...trajectory }));
  return {
    csv: download(`${stem}.csv`, "CSV", trajectoryCsv(trajectory)),
    json: download(`${stem}.json`, "JSON", json),
  };
}
