import type { ObservedValues } from "../measures/trajectory-observables.js";
import { formatNumber } from "../plugins/outcome.js";
import { csvLine } from "../runner/csv-table.js";

/** What `evolve` and `correlate` print per time: the time column and named real or complex columns. */
export interface TimeSeries {
  /** The name of the time column (`time`, `tau`). */
  timeName: string;
  times: readonly number[];
  columns: Record<string, ObservedValues>;
}

/** One CSV table: the time, then each column (complex ones as `name.re`, `name.im`). */
export function timeSeriesCsv({ timeName, times, columns }: TimeSeries): string {
  const header = [timeName];
  const series: number[][] = [Array.from(times)];
  for (const [name, values] of Object.entries(columns)) {
    if (Array.isArray(values)) {
      header.push(name);
      series.push(values);
    } else {
      header.push(`${name}.re`, `${name}.im`);
      series.push(values.re, values.im);
    }
  }
  const lines = [csvLine(header)];
  for (let k = 0; k < times.length; k++) lines.push(csvLine(series.map((column) => column[k])));
  return `${lines.join("\n")}\n`;
}

/** The same as an aligned table for the terminal (3 significant digits, complex values as a±bi). */
export function timeSeriesTable({ timeName, times, columns }: TimeSeries): string {
  const header = [timeName, ...Object.keys(columns)];
  const cells = times.map((t, k) => [
    formatNumber(t),
    ...Object.values(columns).map((values) =>
      Array.isArray(values)
        ? formatNumber(values[k])
        : `${formatNumber(values.re[k])}${values.im[k] < 0 ? "-" : "+"}${formatNumber(Math.abs(values.im[k]))}i`,
    ),
  ]);
  const widths = header.map((name, c) => Math.max(name.length, ...cells.map((row) => row[c].length)));
  const line = (row: string[]) => row.map((cell, c) => cell.padStart(widths[c])).join("  ");
  return [line(header), ...cells.map(line)].join("\n");
}
