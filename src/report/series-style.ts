/**
 * Colours, dash patterns and point markers for plot series (engines). The colours are the Okabe-Ito
 * palette without its yellow (too pale on white), and Paul Tol's wine in its place, distinguishable with
 * the common colour-vision deficiencies: eight colours, so that the built-in engines of one run never
 * share one. Dashes and markers keep series apart on a greyscale print and where curves coincide; the
 * cycles (8, 5, 6) repeat their combination only after 120 series.
 */
const SERIES_COLORS = [
  "#0072B2",
  "#D55E00",
  "#009E73",
  "#CC79A7",
  "#000000",
  "#E69F00",
  "#56B4E9",
  "#882255",
];

const SERIES_DASHES: number[][] = [
  [1, 0],
  [6, 3],
  [2, 2],
  [8, 3, 2, 3],
  [12, 4],
];

/**
 * Marker outlines as SVG path data in the unit square [−1, 1]² (vega's convention for custom symbol
 * shapes), drawn hollow so that a line or another marker underneath stays visible.
 */
export const MARKER_PATHS = {
  circle: "M1,0A1,1,0,1,1,-1,0A1,1,0,1,1,1,0Z",
  square: "M-0.8,-0.8H0.8V0.8H-0.8Z",
  "triangle-up": "M0,-1L1,0.8H-1Z",
  diamond: "M0,-1L1,0L0,1L-1,0Z",
  "triangle-down": "M0,1L1,-0.8H-1Z",
  cross: "M-1,0H1M0,-1V1",
} as const;

export type MarkerShape = keyof typeof MARKER_PATHS;

const SERIES_MARKERS = Object.keys(MARKER_PATHS) as MarkerShape[];

export interface SeriesStyle {
  color: string;
  /** SVG stroke-dasharray; [1, 0] is a solid line. */
  dash: number[];
  marker: MarkerShape;
}

/** The style of the series at position `index` of a fixed list (e.g. the run's engines). */
export function seriesStyle(index: number): SeriesStyle {
  if (!Number.isInteger(index) || index < 0) {
    throw new RangeError(`invalid argument. Series index must be a non-negative integer. Value: ${index}.`);
  }
  return {
    color: SERIES_COLORS[index % SERIES_COLORS.length],
    dash: SERIES_DASHES[index % SERIES_DASHES.length],
    marker: SERIES_MARKERS[index % SERIES_MARKERS.length],
  };
}

/** One style per name, by position in `names`, so that an engine keeps its colour in every plot. */
export function seriesStyles(names: readonly string[]): Map<string, SeriesStyle> {
  return new Map(names.map((name, index) => [name, seriesStyle(index)]));
}

const OVERLAY_COLORS = ["#000000", "#D55E00", "#0072B2", "#009E73"];

/**
 * The look of the curve at position `index` over a heat map (borderlines, fits): dark colours, each
 * with its own dash, drawn over a white casing (plots.ts) so that they show on any cell colour.
 */
export function overlayStyle(index: number): Omit<SeriesStyle, "marker"> {
  return {
    color: OVERLAY_COLORS[index % OVERLAY_COLORS.length],
    dash: SERIES_DASHES[index % SERIES_DASHES.length],
  };
}
