import type { DrawnSeries } from "./plots.js";
import { MARKER_PATHS, overlayStyle } from "./series-style.js";

/**
 * The legend of a chart as page content rather than inside the SVG: entries wrap to the width of the
 * page at any size, stay legible when a phone shrinks the chart, and each swatch shows the series'
 * colour, dash and marker exactly as the chart draws them, on white.
 */

export interface LegendEntry {
  name: string;
  /** A small inline SVG of the series' line and marker (decorative: the name says what it is). */
  swatch: string;
}

const SWATCH_WIDTH = 30;
const SWATCH_HEIGHT = 14;
const MARKER_SCALE = 4;

function attribute(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
}

function swatch(color: string, dash: readonly number[] | undefined, marker: string | undefined): string {
  const middle = SWATCH_HEIGHT / 2;
  const line =
    dash === undefined
      ? ""
      : `<path d="M1,${middle}H${SWATCH_WIDTH - 1}" stroke="${attribute(color)}" stroke-width="2" stroke-dasharray="${dash.join(",")}"/>`;
  const symbol =
    marker === undefined
      ? ""
      : `<path d="${marker}" transform="translate(${SWATCH_WIDTH / 2},${middle}) scale(${MARKER_SCALE})" fill="none" stroke="${attribute(color)}" stroke-width="${1.5 / MARKER_SCALE}"/>`;
  return `<svg class="swatch" width="${SWATCH_WIDTH}" height="${SWATCH_HEIGHT}" viewBox="0 0 ${SWATCH_WIDTH} ${SWATCH_HEIGHT}" aria-hidden="true">${line}${symbol}</svg>`;
}

/**
 * Entries for the series of a line chart, drawn as lineChartSvg draws them: no line for `points`, a
 * marker unless the series is the chart's only plain line.
 */
export function seriesLegend(series: readonly DrawnSeries[]): LegendEntry[] {
  return series.map((s) => ({
    name: s.name,
    swatch: swatch(
      s.color,
      s.style === "points" ? undefined : s.dash,
      s.style === "line" && series.length < 2 ? undefined : MARKER_PATHS[s.marker],
    ),
  }));
}

/** Entries for the curves over a heat map, in the styles heatmapSvg gives them. */
export function overlayLegend(names: readonly string[]): LegendEntry[] {
  return names.map((name, k) => {
    const { color, dash } = overlayStyle(k);
    return { name, swatch: swatch(color, dash, undefined) };
  });
}

/** The swatch of an engine's plot style (line and marker), for the rows of the check tables. */
export function styleSwatch(style: Pick<DrawnSeries, "color" | "dash" | "marker">): string {
  return swatch(style.color, style.dash, MARKER_PATHS[style.marker]);
}
