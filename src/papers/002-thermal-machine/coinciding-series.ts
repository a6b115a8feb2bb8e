import type { LineChartSpec } from "../../plugins/figure.js";
import { formatNumber } from "../../plugins/outcome.js";

type Series = LineChartSpec["series"][number];

/** Series that differ by no more than this (relative to the chart's largest |y|, at least 1) coincide. */
const ROUND_OFF = 1e-9;

/**
 * The largest |a.y − b.y| over the x both series share with a value, or null when they share none or
 * their x differ.
 */
export function largestDifference(a: Series, b: Series): number | null {
  if (a.x.length !== b.x.length || a.x.some((x, k) => x !== b.x[k])) return null;
  let largest: number | null = null;
  a.y.forEach((y, k) => {
    const other = b.y[k];
    if (y !== null && other !== null) largest = Math.max(largest ?? 0, Math.abs(y - other));
  });
  return largest;
}

/** The scale round-off is measured against: the largest |y| of the series, at least 1. */
function scaleOf(series: readonly Series[]): number {
  return Math.max(1, ...series.flatMap((s) => s.y.filter((y): y is number => y !== null).map(Math.abs)));
}

/** Whether two series coincide to round-off (ROUND_OFF relative to `scale`). */
export function coincide(a: Series, b: Series, scale = scaleOf([a, b])): boolean {
  const difference = largestDifference(a, b);
  return difference !== null && difference <= ROUND_OFF * scale;
}

/**
 * `<a> coincides with <b> to <largest difference>` for every pair of series of a chart that coincide to
 * round-off: only the last drawn of them is visible, so the reader needs to be told.
 */
export function coincidingSeriesNotes(chart: LineChartSpec): string[] {
  const scale = scaleOf(chart.series);
  const notes: string[] = [];
  chart.series.forEach((b, k) => {
    for (const a of chart.series.slice(0, k)) {
      if (coincide(a, b, scale)) {
        notes.push(
          `${chart.title}: ${b.name} coincides with ${a.name} to ${formatNumber(largestDifference(a, b)!)}`,
        );
        break;
      }
    }
  });
  return notes;
}
