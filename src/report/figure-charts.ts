import type { FigureResults } from "../runner/results.js";
import { heatmapSvg, lineChartSvg } from "./plots.js";
import type { SeriesStyle } from "./series-style.js";

/**
 * The charts of a figure as SVG strings. A line series named after an engine id takes that engine's
 * run-wide colour and dash, so an engine looks the same in the sweeps and in the figures.
 */
export async function figureCharts(
  figure: FigureResults,
  engineStyles: ReadonlyMap<string, SeriesStyle>,
): Promise<string[]> {
  const svgs: string[] = [];
  for (const chart of figure.charts) {
    if (chart.kind === "heatmap") {
      const { kind: _, ...options } = chart;
      svgs.push(await heatmapSvg(options));
    } else {
      const { kind: _, series, ...options } = chart;
      svgs.push(
        await lineChartSvg({
          ...options,
          series: series.map((s) => ({ ...s, ...(engineStyles.get(s.name) ?? {}) })),
        }),
      );
    }
  }
  return svgs;
}
