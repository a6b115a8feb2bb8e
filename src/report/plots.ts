import type { TopLevelSpec } from "vega-lite";
import { cellEdges } from "./cell-edges.js";
import { decadeScale, isLog10Label } from "./deviation-scale.js";
import { decimateSeries } from "./decimate-series.js";
import { formatNumber } from "./format-number.js";
import { placeMarkLabels } from "./mark-labels.js";
import { MARKER_PATHS, overlayStyle, type SeriesStyle, seriesStyle } from "./series-style.js";
import { sansSerifTextWidth, wrapText } from "./text-width.js";
import { CHART_CONFIG, renderVegaLiteToSvg } from "./vega-svg.js";

/**
 * Static charts for the HTML report, as inline SVG strings rendered headlessly by vega-lite → vega.
 * Missing values (null, NaN, ±∞, and values ≤ 0 on a logarithmic axis) are never drawn: lines break
 * there and heat-map cells are grey. A chart is exactly `width` pixels wide (its column in the page,
 * report.css), legends wrap into rows, and the root <svg> is an image with an aria-label.
 */

/** Width of a chart in a two-column grid of the 1 216 px page column (report.css `.charts`). */
export const CHART_WIDTH = 576;
/** Width of a chart in a three-column grid (figures of many small multiples). */
export const COMPACT_CHART_WIDTH = 384;
const PLOT_HEIGHT = 240;

/** How a series is drawn: the paper's convention, e.g. exact results as points. */
export type SeriesDrawing = "line" | "points" | "line-points";

export interface LineSeries {
  name: string;
  x: readonly number[];
  y: readonly (number | null)[];
  /** CSS colour; by default the series' position picks one from series-style.ts. */
  color?: string;
  /** SVG dash pattern; by default picked by position like the colour. */
  dash?: number[];
  marker?: SeriesStyle["marker"];
  /** Default `line`. */
  style?: SeriesDrawing;
}

/** A series with every part of its look decided. */
export interface DrawnSeries extends SeriesStyle {
  name: string;
  style: SeriesDrawing;
}

/** Where a chart's legend of series (or overlay curves) goes: in the SVG under the plot, or left to the page. */
export type LegendPlacement = "below" | "none";

export interface LineChartOptions {
  title: string;
  xLabel: string;
  yLabel: string;
  series: readonly LineSeries[];
  logX?: boolean;
  logY?: boolean;
  /** Vertical reference lines, e.g. the parameter values of the scenarios. */
  marks?: readonly { x: number; label: string }[];
  /** Title of the legend (default `Series`). */
  legendTitle?: string;
  /** Default `below`. */
  legend?: LegendPlacement;
  /** Width of the whole SVG in pixels (default CHART_WIDTH). */
  width?: number;
  /** Height of the plot area in pixels. */
  height?: number;
  /** Longer series are thinned by decimateSeries (default 1000). */
  maxPointsPerSeries?: number;
}

export interface HeatmapOverlay {
  name: string;
  x: readonly number[];
  y: readonly number[];
}

export interface HeatmapOptions {
  title: string;
  xLabel: string;
  yLabel: string;
  /** Cell centres along x (strictly monotonic). */
  x: readonly number[];
  /** Cell centres along y (strictly monotonic). */
  y: readonly number[];
  /** z[i][j] is the value at (x[j], y[i]): one row per y value. */
  z: readonly (readonly (number | null)[])[];
  logX?: boolean;
  logY?: boolean;
  /**
   * Title of the colour key, e.g. `concurrence C`. A label starting `log10 ` (log10 of a deviation)
   * gets one colour per decade, labelled as deviations (deviation-scale.ts).
   */
  colorLabel: string;
  /** The range the colours span, when several maps share one key (default: this map's values). */
  zDomain?: readonly [number, number];
  /** Curves drawn over the map (e.g. a validity boundary), in the order of their points. */
  overlays?: readonly HeatmapOverlay[];
  /** Where the legend of the overlays goes (default `below`); the colour key is always in the SVG. */
  legend?: LegendPlacement;
  /** vega colour scheme; default `viridis`, or the diverging `blueorange` centred on 0 when z changes sign. */
  colorScheme?: string;
  /** Width of the whole SVG in pixels (default CHART_WIDTH). */
  width?: number;
  /** Height of the plot area in pixels. */
  height?: number;
}

/** Markers on a plain line when several series share a chart: about this many, staggered per series. */
const MARKERS_PER_LINE = 8;
/** At most this many markers on a `points` or `line-points` series (more are thinned evenly). */
const MAX_MARKERS = 150;
const MARKER_SIZE = 36;
/** Room the y axis (labels and title) takes at most, for placing mark labels before vega lays out. */
const Y_AXIS_ALLOWANCE = 90;
const MARK_LABEL_FONT_SIZE = 10;
const MARK_LABEL_ROW_HEIGHT = 13;
const MISSING_CELL_COLOR = "#bdbdbd";
/** Overlay curves get a white casing this wide, so they show on dark and on pale cells. */
const CASING_WIDTH = 5;

/**
 * Tick labels of the axis or legend of the vega scale `scaleName` (a vega expression): plain numbers
 * (`0.25`), or d3 exponent notation (`2.5e-4`) on every tick when the largest value of the domain is
 * below 10⁻² or from 10⁵ up, so that one axis never mixes the two. On a logarithmic axis spanning
 * more than a decade only the powers of ten are labelled.
 */
function tickLabelExpression(scaleName: string, logarithmic = false): string {
  const domain = `domain('${scaleName}')`;
  const largest = `max(abs(${domain}[0]), abs(${domain}[1]))`;
  const label = `(datum.value == 0 ? '0' : (${largest} < 1e-2 || ${largest} >= 1e5) ? format(datum.value, '.2~e') : format(datum.value, '~g'))`;
  if (!logarithmic) return label;
  const isPowerOfTen = "abs(log(datum.value) / LN10 - round(log(datum.value) / LN10)) < 1e-6";
  const spansDecades = `abs(log(${domain}[1] / ${domain}[0]) / LN10) > 1.5`;
  return `(${spansDecades} && !(${isPowerOfTen})) ? '' : ${label}`;
}

/**
 * Ticks of a logarithmic axis over [low, high]: the powers of ten when it spans two or more, else
 * undefined (vega's own ticks). Without it vega draws a tick and an empty label at every minor value.
 */
function decadeTicks(low: number, high: number): number[] | undefined {
  if (!(low > 0 && high > low)) return undefined;
  const first = Math.ceil(Math.log10(low) - 1e-9);
  const last = Math.floor(Math.log10(high) + 1e-9);
  if (last - first < 1) return undefined;
  return Array.from({ length: last - first + 1 }, (_, k) => 10 ** (first + k));
}

/** A quantitative axis with the report's tick labels, and decade ticks on a logarithmic one. */
function axis(scaleName: "x" | "y", logarithmic: boolean, values: readonly number[], extra = {}) {
  const ticks = logarithmic ? decadeTicks(Math.min(...values), Math.max(...values)) : undefined;
  return {
    labelExpr: tickLabelExpression(scaleName, logarithmic),
    ...(ticks ? { values: ticks } : {}),
    ...extra,
  };
}

function assertSameLength(a: readonly unknown[], b: readonly unknown[], what: string): void {
  if (a.length !== b.length) {
    throw new RangeError(
      `invalid argument. ${what} needs as many x as y values. Value: ${a.length} and ${b.length}.`,
    );
  }
}

function drawable(value: number | null | undefined, logarithmic: boolean): number | null {
  if (value === null || value === undefined || !Number.isFinite(value)) return null;
  return logarithmic && value <= 0 ? null : value;
}

/**
 * A plot size close to `size` that is a whole multiple of the cell count, so that cells of a uniform
 * grid get whole-pixel edges (crisp and compact in SVG).
 */
function wholePixelsPerCell(size: number, cellCount: number): number {
  return cellCount > size ? size : cellCount * Math.round(size / cellCount);
}

/**
 * A quantitative vega-lite scale; `hasData` false gives a fixed placeholder domain, since an empty
 * domain would run from +∞ to −∞.
 */
function quantitativeScale(logarithmic: boolean | undefined, hasData = true) {
  const placeholder = hasData ? {} : { domain: logarithmic ? [1, 10] : [0, 1] };
  return logarithmic ? { type: "log" as const, ...placeholder } : { zero: false, ...placeholder };
}

/**
 * Real sans-serif fonts (DejaVu Sans, Segoe UI) run up to this much wider than the Helvetica metrics
 * of text-width.ts: text is wrapped to this fraction of the room it has.
 */
const WRAP_MARGIN = 0.85;

/** The text of a chart's title or a key's title, on as many lines as `width` needs (vega takes an array). */
function wrapped(text: string, width: number, fontSize: number, bold = false): string | string[] {
  const lines = wrapText(text, width * WRAP_MARGIN, fontSize, bold);
  return lines.length === 1 ? lines[0] : lines;
}

/** A chart title wrapped to the chart's width, with an optional subtitle. */
function chartTitle(text: string, width: number, subtitle?: string) {
  const room = width - 2 * CHART_CONFIG.padding;
  return {
    text: wrapped(text, room, CHART_CONFIG.title.fontSize, true),
    ...(subtitle ? { subtitle: wrapped(subtitle, room, 11) } : {}),
  };
}

/** The chart fills `width` exactly: vega sizes the plot to what the axes, legends and padding leave. */
function fitWidth(width: number) {
  return { width, autosize: { type: "fit-x" as const, contains: "padding" as const } };
}

/** Legend columns so that entries with labels up to `longestLabel` px wide fill the chart's width. */
function legendColumns(labels: readonly string[], width: number, symbolWidth: number): number {
  const longest = Math.max(0, ...labels.map((l) => sansSerifTextWidth(l, CHART_CONFIG.legend.labelFontSize)));
  const entry = longest + symbolWidth + 18;
  return Math.max(1, Math.min(labels.length, Math.floor((width - 2 * CHART_CONFIG.padding) / entry)));
}

/** Every series with its colour, dash, marker and drawing settled (given, else by position). */
/** A legend of line swatches under the plot, in as many columns as its labels fit across `width`. */
function strokeLegend(names: readonly string[], width: number) {
  return {
    orient: "bottom",
    direction: "horizontal",
    symbolType: "stroke",
    columns: legendColumns(names, width, 30),
    labelLimit: width - 60,
  };
}

export function drawnSeries(series: readonly LineSeries[]): DrawnSeries[] {
  return series.map((s, index) => {
    const fallback = seriesStyle(index);
    return {
      name: s.name,
      color: s.color ?? fallback.color,
      dash: s.dash ?? fallback.dash,
      marker: s.marker ?? fallback.marker,
      style: s.style ?? "line",
    };
  });
}

/**
 * The points of a series that carry its marker: every point (thinned to MAX_MARKERS) for `points`
 * and `line-points`; on a plain `line` sharing the chart with others, about MARKERS_PER_LINE points
 * offset by the series' position, so that the markers of coinciding curves fall side by side.
 */
function markerIndices(count: number, style: SeriesDrawing, position: number, seriesCount: number): number[] {
  if (style === "line" && seriesCount < 2) return [];
  const step =
    style === "line" ? Math.max(1, Math.ceil(count / MARKERS_PER_LINE)) : Math.ceil(count / MAX_MARKERS);
  const offset = style === "line" ? Math.floor((position * step) / seriesCount) % step : 0;
  const indices: number[] = [];
  for (let i = offset; i < count; i += step) indices.push(i);
  return indices;
}

/** "Title: y against x; 3 series: a, b, c" — what a screen reader says for the chart. */
function lineChartDescription(options: LineChartOptions, names: readonly string[]): string {
  const listed = names.length > 12 ? [...names.slice(0, 12), `and ${names.length - 12} more`] : names;
  const series = names.length === 0 ? "no series" : `${names.length} series: ${listed.join(", ")}`;
  return `${options.title}: ${options.yLabel} against ${options.xLabel}; ${series}`;
}

/**
 * A line chart with one line (or row of points) per series against a common x quantity, as an SVG
 * string. Series keep their order in the legend; missing values break the line.
 */
export async function lineChartSvg(options: LineChartOptions): Promise<string> {
  const { series, logX = false, logY = false } = options;
  const width = options.width ?? CHART_WIDTH;
  const maxPoints = options.maxPointsPerSeries ?? 1000;
  const names = series.map((s) => s.name);
  if (new Set(names).size !== names.length) {
    throw new RangeError(`invalid argument. Series names must be unique. Value: ${names.join(", ")}.`);
  }
  const drawn = drawnSeries(series);
  const lineRows: { series: string; x: number; y: number | null }[] = [];
  // each marker carries its values, shown when the pointer rests on it (an SVG <title>, vega-svg.ts)
  const markerRows: { series: string; x: number; y: number; values: string }[] = [];
  const valuesText = (name: string, x: number, y: number) =>
    `${name}: ${options.xLabel} = ${formatNumber(x, 4)}, ${options.yLabel} = ${formatNumber(y, 4)}`;
  series.forEach((s, position) => {
    assertSameLength(s.x, s.y, `Series "${s.name}"`);
    const thinned = decimateSeries(s.x, s.y, maxPoints);
    const points: { x: number; y: number | null }[] = [];
    for (let i = 0; i < thinned.x.length; i++) {
      const x = drawable(thinned.x[i], logX);
      if (x !== null) points.push({ x, y: drawable(thinned.y[i], logY) });
    }
    const { style } = drawn[position];
    if (style !== "points") for (const p of points) lineRows.push({ series: s.name, ...p });
    const finite = points.filter((p): p is { x: number; y: number } => p.y !== null);
    for (const i of markerIndices(finite.length, style, position, series.length)) {
      markerRows.push({ series: s.name, ...finite[i], values: valuesText(s.name, finite[i].x, finite[i].y) });
    }
  });
  const legendTitle = options.legendTitle ?? "Series";
  const allX = [...lineRows, ...markerRows].map((r) => r.x);
  const xEncoding = {
    field: "x",
    type: "quantitative" as const,
    title: options.xLabel,
    scale: { ...quantitativeScale(logX, allX.length > 0), nice: false },
    axis: axis("x", logX, allX),
  };
  const hasValues = lineRows.some((row) => row.y !== null) || markerRows.length > 0;
  const yEncoding = {
    field: "y",
    type: "quantitative" as const,
    title: options.yLabel,
    scale: quantitativeScale(logY, hasValues),
    axis: axis(
      "y",
      logY,
      [...lineRows, ...markerRows].flatMap((r) => (r.y === null ? [] : [r.y])),
    ),
  };
  const colorScale = { domain: names, range: drawn.map((s) => s.color) };
  const legend = options.legend === "none" ? null : strokeLegend(names, width);
  const layers: object[] = [];
  if (lineRows.length > 0 || markerRows.length === 0) {
    layers.push({
      data: { values: lineRows },
      mark: { type: "line", strokeWidth: 2, invalid: "break-paths-filter-domains" },
      encoding: {
        x: xEncoding,
        y: yEncoding,
        color: { field: "series", type: "nominal", title: legendTitle, scale: colorScale, legend },
        strokeDash: {
          field: "series",
          type: "nominal",
          title: legendTitle,
          scale: { domain: names, range: drawn.map((s) => s.dash) },
          legend,
        },
      },
    });
  }
  if (markerRows.length > 0) {
    layers.push({
      data: { values: markerRows },
      mark: { type: "point", filled: false, strokeWidth: 1.5, size: MARKER_SIZE, opacity: 1, aria: true },
      encoding: {
        x: xEncoding,
        y: yEncoding,
        description: { field: "values", type: "nominal" },
        color: {
          field: "series",
          type: "nominal",
          title: legendTitle,
          scale: colorScale,
          // Without a line layer the markers carry the legend; with one they share its legend.
          ...(layers.length === 0 || legend === null ? { legend } : {}),
        },
        shape: {
          field: "series",
          type: "nominal",
          scale: { domain: names, range: drawn.map((s) => MARKER_PATHS[s.marker]) },
          ...(legend === null ? { legend } : {}),
        },
      },
    });
  }
  layers.push(...markLayers(options.marks ?? [], allX, logX, width, xEncoding));
  const spec = {
    title: chartTitle(options.title, width, hasValues ? undefined : "no finite values to draw"),
    ...fitWidth(width),
    height: options.height ?? PLOT_HEIGHT,
    config: CHART_CONFIG,
    layer: layers,
  } as TopLevelSpec;
  return renderVegaLiteToSvg(spec, lineChartDescription(options, names));
}

/**
 * The rules of vertical marks and their labels, the labels on staggered rows (mark-labels.ts) over a
 * white halo so that curves underneath do not garble them.
 */
function markLayers(
  marks: readonly { x: number; label: string }[],
  dataX: readonly number[],
  logX: boolean,
  width: number,
  xEncoding: object,
): object[] {
  const shown = marks.filter((m) => drawable(m.x, logX) !== null);
  if (shown.length === 0) return [];
  const along = (v: number) => (logX ? Math.log10(v) : v);
  const all = [...dataX, ...shown.map((m) => m.x)].map(along);
  const low = Math.min(...all);
  const span = Math.max(...all) - low || 1;
  const plotWidth = width - 2 * CHART_CONFIG.padding - Y_AXIS_ALLOWANCE;
  const placements = placeMarkLabels(
    shown.map((m) => ({ position: ((along(m.x) - low) / span) * plotWidth, label: m.label })),
    plotWidth,
    MARK_LABEL_FONT_SIZE,
  );
  const labelled = shown.map((m, i) => ({
    ...m,
    top: 3 + placements[i].row * MARK_LABEL_ROW_HEIGHT,
    align: placements[i].align,
  }));
  const text = (align: "left" | "right", halo: boolean) => ({
    data: { values: labelled.filter((m) => m.align === align) },
    mark: {
      type: "text",
      align,
      baseline: "top",
      dx: align === "left" ? 4 : -4,
      fontSize: MARK_LABEL_FONT_SIZE,
      color: "#444444",
      ...(halo ? { stroke: "white", strokeWidth: 3, strokeJoin: "round" } : {}),
    },
    encoding: {
      x: xEncoding,
      y: { field: "top", type: "quantitative", scale: null },
      text: { field: "label", type: "nominal" },
    },
  });
  return [
    {
      data: { values: shown },
      mark: { type: "rule", color: "#777777", strokeDash: [4, 4], strokeWidth: 1 },
      encoding: { x: xEncoding },
    },
    ...(["left", "right"] as const)
      .filter((align) => labelled.some((m) => m.align === align))
      .flatMap((align) => [text(align, true), text(align, false)]),
  ];
}

/** The colour scale and key of a heat map: decades of a deviation, or a continuous scheme. */
function heatmapColor(options: HeatmapOptions, zMin: number, zMax: number, width: number) {
  const keyWidth = width - 2 * CHART_CONFIG.padding;
  const title = (text: string) => wrapped(text, keyWidth, CHART_CONFIG.legend.titleFontSize);
  if (isLog10Label(options.colorLabel) && options.colorScheme === undefined) {
    const decades = decadeScale(options.colorLabel, options.zDomain?.[0] ?? zMin);
    const labels = JSON.stringify(decades.labels);
    return {
      title: title(decades.title),
      scale: { type: "threshold", domain: decades.thresholds, range: decades.colors },
      legend: {
        type: "symbol",
        orient: "bottom",
        direction: "horizontal",
        symbolType: "square",
        symbolSize: 140,
        symbolStrokeColor: "#888888",
        symbolStrokeWidth: 0.5,
        columns: legendColumns(decades.labels, width, 20),
        labelExpr: `${labels}[indexof(${JSON.stringify(decades.colors)}, scale('fill', datum.value))]`,
        titleLimit: keyWidth,
      },
    };
  }
  const domain = options.zDomain ? { domain: [...options.zDomain] } : {};
  const changesSign = (options.zDomain?.[0] ?? zMin) < 0 && (options.zDomain?.[1] ?? zMax) > 0;
  const scale = options.colorScheme
    ? { scheme: options.colorScheme, nice: true, ...domain }
    : changesSign
      ? { scheme: "blueorange", domainMid: 0, nice: true, ...domain }
      : { scheme: "viridis", nice: true, ...domain };
  return {
    title: title(options.colorLabel),
    scale,
    legend: {
      orient: "bottom",
      direction: "horizontal",
      gradientLength: Math.min(320, keyWidth - 40),
      labelExpr: tickLabelExpression("fill"),
      titleLimit: keyWidth,
    },
  };
}

/**
 * A heat map of z over the (x, y) grid as an SVG string: one rectangle per grid point, bounded by
 * cellEdges, a colour key under the plot, grey cells where z is missing, and optional overlay curves.
 */
export async function heatmapSvg(options: HeatmapOptions): Promise<string> {
  const { x, y, z, logX = false, logY = false } = options;
  const width = options.width ?? CHART_WIDTH;
  if (z.length !== y.length) {
    throw new RangeError(
      `invalid argument. z must have one row per y value. Value: ${z.length} rows for ${y.length} y values.`,
    );
  }
  z.forEach((row, i) => {
    if (row.length !== x.length) {
      throw new RangeError(
        `invalid argument. Every row of z must have one entry per x value. Value: row ${i} has ${row.length} for ${x.length} x values.`,
      );
    }
  });
  const xEdges = cellEdges(x, logX);
  const yEdges = cellEdges(y, logY);
  const cells: { x0: number; x1: number; y0: number; y1: number; z: number }[] = [];
  const missingCells: { x0: number; x1: number; y0: number; y1: number }[] = [];
  let zMin = Number.POSITIVE_INFINITY;
  let zMax = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < y.length; i++) {
    for (let j = 0; j < x.length; j++) {
      const edges = { x0: xEdges[j], x1: xEdges[j + 1], y0: yEdges[i], y1: yEdges[i + 1] };
      const value = drawable(z[i][j], false);
      if (value === null) {
        missingCells.push(edges);
      } else {
        cells.push({ ...edges, z: value });
        zMin = Math.min(zMin, value);
        zMax = Math.max(zMax, value);
      }
    }
  }
  const axisScale = (edges: number[], logarithmic: boolean) => ({
    ...quantitativeScale(logarithmic),
    domain: [Math.min(edges[0], edges[edges.length - 1]), Math.max(edges[0], edges[edges.length - 1])],
    nice: false,
  });
  const xEncoding = {
    field: "x0",
    type: "quantitative" as const,
    title: options.xLabel,
    scale: axisScale(xEdges, logX),
    axis: axis("x", logX, xEdges, { grid: false }),
  };
  const yEncoding = {
    field: "y0",
    type: "quantitative" as const,
    title: options.yLabel,
    scale: axisScale(yEdges, logY),
    axis: axis("y", logY, yEdges, { grid: false }),
  };
  const layers: object[] = [];
  if (cells.length > 0) {
    layers.push({
      data: { values: cells },
      mark: { type: "rect" },
      encoding: {
        x: xEncoding,
        x2: { field: "x1" },
        y: yEncoding,
        y2: { field: "y1" },
        fill: { field: "z", type: "quantitative", ...heatmapColor(options, zMin, zMax, width) },
      },
    });
  }
  if (missingCells.length > 0) {
    layers.push({
      data: { values: missingCells },
      mark: { type: "rect", fill: MISSING_CELL_COLOR },
      encoding: { x: xEncoding, x2: { field: "x1" }, y: yEncoding, y2: { field: "y1" } },
    });
  }
  layers.push(...overlayLayers(options, xEncoding, yEncoding, width));
  const spec = {
    title: chartTitle(options.title, width, missingCells.length > 0 ? "grey cells: no value" : undefined),
    ...fitWidth(width),
    height: wholePixelsPerCell(options.height ?? PLOT_HEIGHT, y.length),
    config: CHART_CONFIG,
    layer: layers,
  } as TopLevelSpec;
  const overlays = (options.overlays ?? []).map((o) => o.name);
  const description =
    `${options.title}: heat map of ${options.colorLabel} over ${options.xLabel} and ${options.yLabel}` +
    (overlays.length > 0 ? `; curves: ${overlays.join(", ")}` : "");
  return renderVegaLiteToSvg(spec, description);
}

/** The overlay curves of a heat map, each over a white casing (overlayStyle gives colour and dash). */
function overlayLayers(
  options: HeatmapOptions,
  xEncoding: object,
  yEncoding: object,
  width: number,
): object[] {
  const overlays = options.overlays ?? [];
  if (overlays.length === 0) return [];
  const { logX = false, logY = false } = options;
  const rows: { name: string; order: number; x: number; y: number }[] = [];
  for (const overlay of overlays) {
    assertSameLength(overlay.x, overlay.y, `Overlay "${overlay.name}"`);
    overlay.x.forEach((xValue, order) => {
      const px = drawable(xValue, logX);
      const py = drawable(overlay.y[order], logY);
      if (px !== null && py !== null) rows.push({ name: overlay.name, order, x: px, y: py });
    });
  }
  const names = overlays.map((o) => o.name);
  const styles = names.map((_, k) => overlayStyle(k));
  const encoding = {
    x: { ...xEncoding, field: "x" },
    y: { ...yEncoding, field: "y" },
    order: { field: "order", type: "quantitative" },
    detail: { field: "name", type: "nominal" },
  };
  const legend = options.legend === "none" ? null : strokeLegend(names, width);
  return [
    {
      data: { values: rows },
      mark: { type: "line", strokeWidth: CASING_WIDTH, stroke: "white", strokeOpacity: 0.85, clip: true },
      encoding,
    },
    {
      data: { values: rows },
      mark: { type: "line", strokeWidth: 2, clip: true },
      encoding: {
        ...encoding,
        stroke: {
          field: "name",
          type: "nominal",
          title: null,
          scale: { domain: names, range: styles.map((s) => s.color) },
          legend,
        },
        strokeDash: {
          field: "name",
          type: "nominal",
          title: null,
          scale: { domain: names, range: styles.map((s) => s.dash) },
          legend,
        },
      },
    },
  ];
}
