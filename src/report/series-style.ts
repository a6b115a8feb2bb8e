/**
 * Colours and dash patterns for plot series (engines). The first eight colours are the Okabe-Ito
 * palette, distinguishable with the common colour-vision deficiencies; the dash patterns keep the
 * series apart on a greyscale print.
 */
const SERIES_COLORS = [
  "#0072B2",
  "#D55E00",
  "#009E73",
  "#CC79A7",
  "#E69F00",
  "#56B4E9",
  "#000000",
  "#8C564B",
  "#7F7F7F",
  "#BCBD22",
];

const SERIES_DASHES: number[][] = [
  [1, 0],
  [6, 3],
  [2, 2],
  [8, 3, 2, 3],
  [4, 2, 1, 2],
  [10, 4],
];

export interface SeriesStyle {
  color: string;
  /** SVG stroke-dasharray; [1, 0] is a solid line. */
  dash: number[];
}

/** The style of the series at position `index` of a fixed list (e.g. the run's engines). */
export function seriesStyle(index: number): SeriesStyle {
  if (!Number.isInteger(index) || index < 0) {
    throw new RangeError(`invalid argument. Series index must be a non-negative integer. Value: ${index}.`);
  }
  return {
    color: SERIES_COLORS[index % SERIES_COLORS.length],
    dash: SERIES_DASHES[index % SERIES_DASHES.length],
  };
}

/** One style per name, by position in `names`, so that an engine keeps its colour in every plot. */
export function seriesStyles(names: readonly string[]): Map<string, SeriesStyle> {
  return new Map(names.map((name, index) => [name, seriesStyle(index)]));
}
