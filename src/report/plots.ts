import type { TopLevelSpec } from "vega-lite";
import { cellEdges } from "./cell-edges.js";
import { decimateSeries } from "./decimate-series.js";
import { seriesStyle } from "./series-style.js";
import { CHART_CONFIG, renderVegaLiteToSvg } from "./vega-svg.js";

/**
 * Static charts for the HTML report, as inline SVG strings rendered headlessly by vega-lite → vega.
 * Missing values (null, NaN, ±∞, and values ≤ 0 on a logarithmic axis) are never drawn: lines break
 * there and heat-map cells are grey.
 */

export interface LineSeries {
  name: string;
  x: readonly number[];
  y: readonly (number | null)[];
  /** CSS colour; by default the series' position picks one from series-style.ts. */
  color?: string;
  /** SVG dash pattern; by default picked by position like the colour. */
  dash?: number[];
}

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
  width?: number;
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
  /** Title of the colour legend, e.g. `concurrence C`. */
  colorLabel: string;
  /** Curves drawn over the map (e.g. a validity boundary), in the order of their points. */
  overlays?: readonly HeatmapOverlay[];
  /** vega colour scheme; default `viridis`, or the diverging `blueorange` centred on 0 when z changes sign. */
  colorScheme?: string;
  width?: number;
  height?: number;
}

const DEFAULT_WIDTH = 440;
const DEFAULT_HEIGHT = 260;
/** Point symbols are drawn only on series this short; longer ones are plain lines. */
const MAX_POINTS_WITH_SYMBOLS = 60;
const OVERLAY_COLORS = ["#000000", "#ffffff", "#d62728", "#17becf"];
const OVERLAY_DASHES = [
  [1, 0],
  [6, 3],
  [2, 2],
  [8, 3, 2, 3],
];
const MISSING_CELL_COLOR = "#d9d9d9";

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
 * A line chart with one line per series (e.g. one per engine) against a common x quantity, as an
 * SVG string. Series keep their order in the legend; missing values break the line.
 */
export async function lineChartSvg(options: LineChartOptions): Promise<string> {
  const { series, logX = false, logY = false } = options;
  const maxPoints = options.maxPointsPerSeries ?? 1000;
  const names = series.map((s) => s.name);
  if (new Set(names).size !== names.length) {
    throw new RangeError(`invalid argument. Series names must be unique. Value: ${names.join(", ")}.`);
  }
  const rows: { series: string; x: number; y: number | null }[] = [];
  let longestSeries = 0;
  for (const s of series) {
    assertSameLength(s.x, s.y, `Series "${s.name}"`);
    const thinned = decimateSeries(s.x, s.y, maxPoints);
    longestSeries = Math.max(longestSeries, thinned.x.length);
    for (let i = 0; i < thinned.x.length; i++) {
      const x = drawable(thinned.x[i], logX);
      if (x !== null) rows.push({ series: s.name, x, y: drawable(thinned.y[i], logY) });
    }
  }
  const styles = series.map((s, index) => ({
    color: s.color ?? seriesStyle(index).color,
    dash: s.dash ?? seriesStyle(index).dash,
  }));
  const legendTitle = options.legendTitle ?? "Series";
  const xEncoding = {
    field: "x",
    type: "quantitative" as const,
    title: options.xLabel,
    scale: quantitativeScale(logX, rows.length > 0),
    axis: { labelExpr: tickLabelExpression("x", logX) },
  };
  const hasValues = rows.some((row) => row.y !== null);
  const marks = (options.marks ?? []).filter((m) => drawable(m.x, logX) !== null);
  const layers: object[] = [
    {
      data: { values: rows },
      mark: {
        type: "line",
        strokeWidth: 2,
        aria: false,
        invalid: "break-paths-filter-domains",
        point: longestSeries <= MAX_POINTS_WITH_SYMBOLS ? { filled: true, size: 28 } : false,
      },
      encoding: {
        x: xEncoding,
        y: {
          field: "y",
          type: "quantitative",
          title: options.yLabel,
          scale: quantitativeScale(logY, hasValues),
          axis: { labelExpr: tickLabelExpression("y", logY) },
        },
        color: {
          field: "series",
          type: "nominal",
          title: legendTitle,
          scale: { domain: names, range: styles.map((s) => s.color) },
          legend: { orient: "bottom", direction: "horizontal", symbolType: "stroke" },
        },
        strokeDash: {
          field: "series",
          type: "nominal",
          title: legendTitle,
          scale: { domain: names, range: styles.map((s) => s.dash) },
          legend: { orient: "bottom", direction: "horizontal", symbolType: "stroke" },
        },
      },
    },
  ];
  if (marks.length > 0) {
    layers.push(
      {
        data: { values: marks },
        mark: { type: "rule", color: "#777777", strokeDash: [4, 4], strokeWidth: 1, aria: false },
        encoding: { x: xEncoding },
      },
      {
        data: { values: marks },
        mark: {
          type: "text",
          align: "left",
          baseline: "top",
          dx: 4,
          y: 4,
          fontSize: 10,
          color: "#555555",
          aria: false,
        },
        encoding: { x: xEncoding, text: { field: "label", type: "nominal" } },
      },
    );
  }
  const spec = {
    title: hasValues ? options.title : { text: options.title, subtitle: "no finite values to draw" },
    width: options.width ?? DEFAULT_WIDTH,
    height: options.height ?? DEFAULT_HEIGHT,
    config: CHART_CONFIG,
    layer: layers,
  } as TopLevelSpec;
  return renderVegaLiteToSvg(spec);
}

/**
 * A heat map of z over the (x, y) grid as an SVG string: one rectangle per grid point, bounded by
 * cellEdges, a continuous colour legend, grey cells where z is missing, and optional overlay curves.
 */
export async function heatmapSvg(options: HeatmapOptions): Promise<string> {
  const { x, y, z, logX = false, logY = false } = options;
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
  const changesSign = zMin < 0 && zMax > 0;
  const colorScale = options.colorScheme
    ? { scheme: options.colorScheme, nice: true }
    : changesSign
      ? { scheme: "blueorange", domainMid: 0, nice: true }
      : { scheme: "viridis", nice: true };
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
    axis: { labelExpr: tickLabelExpression("x", logX), grid: false },
  };
  const yEncoding = {
    field: "y0",
    type: "quantitative" as const,
    title: options.yLabel,
    scale: axisScale(yEdges, logY),
    axis: { labelExpr: tickLabelExpression("y", logY), grid: false },
  };
  const layers: object[] = [];
  if (cells.length > 0) {
    layers.push({
      data: { values: cells },
      mark: { type: "rect", aria: false },
      encoding: {
        x: xEncoding,
        x2: { field: "x1" },
        y: yEncoding,
        y2: { field: "y1" },
        fill: {
          field: "z",
          type: "quantitative",
          title: options.colorLabel,
          scale: colorScale,
          legend: { orient: "right", gradientLength: 180, labelExpr: tickLabelExpression("fill") },
        },
      },
    });
  }
  if (missingCells.length > 0) {
    layers.push({
      data: { values: missingCells },
      mark: { type: "rect", fill: MISSING_CELL_COLOR, aria: false },
      encoding: { x: xEncoding, x2: { field: "x1" }, y: yEncoding, y2: { field: "y1" } },
    });
  }
  const overlays = options.overlays ?? [];
  if (overlays.length > 0) {
    const overlayRows: { name: string; order: number; x: number; y: number }[] = [];
    for (const overlay of overlays) {
      assertSameLength(overlay.x, overlay.y, `Overlay "${overlay.name}"`);
      overlay.x.forEach((xValue, order) => {
        const px = drawable(xValue, logX);
        const py = drawable(overlay.y[order], logY);
        if (px !== null && py !== null) overlayRows.push({ name: overlay.name, order, x: px, y: py });
      });
    }
    const overlayNames = overlays.map((o) => o.name);
    layers.push({
      data: { values: overlayRows },
      mark: { type: "line", strokeWidth: 2, clip: true, aria: false },
      encoding: {
        x: { ...xEncoding, field: "x" },
        y: { ...yEncoding, field: "y" },
        order: { field: "order", type: "quantitative" },
        stroke: {
          field: "name",
          type: "nominal",
          title: null,
          scale: {
            domain: overlayNames,
            range: overlayNames.map((_, k) => OVERLAY_COLORS[k % OVERLAY_COLORS.length]),
          },
          legend: { orient: "bottom", direction: "horizontal", symbolType: "stroke" },
        },
        strokeDash: {
          field: "name",
          type: "nominal",
          title: null,
          scale: {
            domain: overlayNames,
            range: overlayNames.map((_, k) => OVERLAY_DASHES[k % OVERLAY_DASHES.length]),
          },
          legend: { orient: "bottom", direction: "horizontal", symbolType: "stroke" },
        },
      },
    });
  }
  const spec = {
    title:
      missingCells.length > 0 ? { text: options.title, subtitle: "grey cells: no value" } : options.title,
    width: wholePixelsPerCell(options.width ?? DEFAULT_WIDTH, x.length),
    height: wholePixelsPerCell(options.height ?? DEFAULT_HEIGHT, y.length),
    config: CHART_CONFIG,
    layer: layers,
  } as TopLevelSpec;
  return renderVegaLiteToSvg(spec);
}
