import type { CaseResults, SweepResults } from "../runner/results.js";
import { parameterAxisTitle, quantityAxisTitle } from "./axis-titles.js";
import { type LegendEntry, seriesLegend } from "./chart-legend.js";
import { coincidenceNote, coincidentSeries } from "./coincident-series.js";
import { drawnSeries, lineChartSvg } from "./plots.js";
import type { SeriesStyle } from "./series-style.js";

export interface SweepChart {
  /** The quantity as named in the case file, e.g. `currents.left.heat`. */
  quantity: string;
  svg: string;
  legend: LegendEntry[];
  /** Which engines' curves lie on top of each other, when any do. */
  notes: string[];
}

/**
 * True for a positive grid with a constant ratio between neighbours spanning at least two decades
 * (a log-spaced sweep), which is drawn on a logarithmic x axis.
 */
export function isGeometricGrid(values: readonly number[]): boolean {
  if (values.length < 3 || values.some((v) => !(v > 0))) return false;
  const ratio = values[1] / values[0];
  const span = Math.abs(Math.log10(values[values.length - 1] / values[0]));
  return span >= 2 && values.every((v, i) => i === 0 || Math.abs(v / values[i - 1] / ratio - 1) < 1e-6);
}

/** The quantities of a sweep in the order the engines first report them. */
export function sweepQuantities(sweep: SweepResults): string[] {
  const quantities = new Set<string>();
  for (const series of sweep.series)
    for (const quantity of Object.keys(series.quantities)) quantities.add(quantity);
  return [...quantities];
}

/**
 * Scenario markers for a sweep plot: the value of the swept parameter at each scenario (its override,
 * else the case default) when it lies inside the sweep; scenarios at the same value share one marker.
 */
export function scenarioMarks(caseResults: CaseResults, sweep: SweepResults): { x: number; label: string }[] {
  const finite = sweep.values.filter(Number.isFinite);
  if (finite.length === 0) return [];
  const low = Math.min(...finite);
  const high = Math.max(...finite);
  const labelsAt = new Map<number, string[]>();
  for (const scenario of caseResults.scenarios) {
    const value = scenario.overrides[sweep.parameter] ?? caseResults.parameters[sweep.parameter];
    if (typeof value !== "number" || value < low || value > high) continue;
    labelsAt.set(value, [...(labelsAt.get(value) ?? []), scenario.name]);
  }
  return [...labelsAt].map(([x, labels]) => ({ x, label: labels.join(", ") }));
}

/**
 * One line chart per quantity of a sweep, with every engine as a series in its run-wide style
 * (`engineStyles`, see series-style.ts) so that an engine looks the same in every plot; the legend
 * goes to the page (chart-legend.ts).
 */
export async function sweepCharts(
  caseResults: CaseResults,
  sweep: SweepResults,
  engineStyles: ReadonlyMap<string, SeriesStyle>,
): Promise<SweepChart[]> {
  const xLabel = parameterAxisTitle(sweep.parameter);
  const logX = isGeometricGrid(sweep.values);
  const marks = scenarioMarks(caseResults, sweep);
  for (const series of sweep.series) {
    for (const [quantity, y] of Object.entries(series.quantities)) {
      if (y.length !== sweep.values.length) {
        throw new RangeError(
          `invalid argument. Sweep "${sweep.name}" of case "${caseResults.id}": engine ${series.engine} has ${y.length} values of ${quantity} for ${sweep.values.length} points.`,
        );
      }
    }
  }
  const charts: SweepChart[] = [];
  for (const quantity of sweepQuantities(sweep)) {
    const series = sweep.series
      .filter((s) => Object.hasOwn(s.quantities, quantity))
      .map((s) => ({
        name: s.engine,
        x: sweep.values,
        y: s.quantities[quantity],
        ...engineStyles.get(s.engine),
      }));
    const svg = await lineChartSvg({
      title: quantity,
      xLabel,
      yLabel: quantityAxisTitle(quantity),
      series,
      logX,
      marks,
      legend: "none",
    });
    const note = coincidenceNote(coincidentSeries(series));
    charts.push({ quantity, svg, legend: seriesLegend(drawnSeries(series)), notes: note ? [note] : [] });
  }
  return charts;
}
