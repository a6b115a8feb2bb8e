import type { HeatmapSpec } from "../plugins/figure.js";
import type { FigureResults } from "../runner/results.js";
import { type LegendEntry, overlayLegend, seriesLegend } from "./chart-legend.js";
import { coincidenceNote, coincidentSeries } from "./coincident-series.js";
import { CHART_WIDTH, COMPACT_CHART_WIDTH, drawnSeries, heatmapSvg, lineChartSvg } from "./plots.js";
import type { SeriesStyle } from "./series-style.js";

export interface FigureChart {
  svg: string;
  legend: LegendEntry[];
  /** Which curves lie on top of each other, when any do. */
  notes: string[];
}

/** Figures with this many charts or more are small multiples, drawn three to a row. */
const COMPACT_CHART_COUNT = 6;

export function isCompactFigure(figure: Pick<FigureResults, "charts">): boolean {
  return figure.charts.length >= COMPACT_CHART_COUNT;
}

/** The z range of every heat map of the figure with each colour label, so that equal colours mean equal values. */
function sharedColorDomains(charts: FigureResults["charts"]): Map<string, [number, number]> {
  const domains = new Map<string, [number, number]>();
  for (const chart of charts.filter((c): c is HeatmapSpec => c.kind === "heatmap")) {
    const finite = chart.z.flat().filter((v): v is number => v !== null && Number.isFinite(v));
    if (finite.length === 0) continue;
    const [low, high] = domains.get(chart.colorLabel) ?? [Infinity, -Infinity];
    domains.set(chart.colorLabel, [Math.min(low, ...finite), Math.max(high, ...finite)]);
  }
  return domains;
}

/**
 * The charts of a figure, with their legends for the page. A line series named after an engine id
 * takes that engine's run-wide colour, dash and marker, so an engine looks the same in the sweeps and
 * in the figures; heat maps with the same colour label share one colour range.
 */
export async function figureCharts(
  figure: FigureResults,
  engineStyles: ReadonlyMap<string, SeriesStyle>,
): Promise<FigureChart[]> {
  const width = isCompactFigure(figure) ? COMPACT_CHART_WIDTH : CHART_WIDTH;
  const domains = sharedColorDomains(figure.charts);
  const charts: FigureChart[] = [];
  for (const chart of figure.charts) {
    if (chart.kind === "heatmap") {
      const { kind: _, ...options } = chart;
      charts.push({
        svg: await heatmapSvg({ ...options, zDomain: domains.get(chart.colorLabel), legend: "none", width }),
        legend: overlayLegend((chart.overlays ?? []).map((o) => o.name)),
        notes: [],
      });
    } else {
      const { kind: _, series: specSeries, ...options } = chart;
      const series = specSeries.map((s) => ({ ...s, ...(engineStyles.get(s.name) ?? {}) }));
      const note = coincidenceNote(coincidentSeries(series, chart.logY));
      charts.push({
        svg: await lineChartSvg({ ...options, series, legend: "none", width }),
        legend: seriesLegend(drawnSeries(series)),
        notes: note ? [note] : [],
      });
    }
  }
  return charts;
}
