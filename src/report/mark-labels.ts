import { sansSerifTextWidth } from "./text-width.js";

/**
 * Where the labels of vertical marks (scenarios, maxima, critical values) go so that none overlaps
 * another: each label sits beside its mark, on the first row from the top where it has room, and on
 * the left of the mark when the right would run past the plot.
 */

export interface MarkLabelPlacement {
  /** Row from the top of the plot, 0 first. */
  row: number;
  align: "left" | "right";
}

/** Space between a mark and its label, and between two labels of a row, in pixels. */
const LABEL_OFFSET = 4;
const LABEL_GAP = 6;

/**
 * Places the labels of marks at pixel positions `positions` (from the left edge of a plot
 * `plotWidth` wide) for labels of `fontSize` px; returns one placement per mark, in input order.
 */
export function placeMarkLabels(
  marks: readonly { position: number; label: string }[],
  plotWidth: number,
  fontSize: number,
): MarkLabelPlacement[] {
  const placements = new Array<MarkLabelPlacement>(marks.length);
  // The right edge of the last label on each row.
  const rowEnds: number[] = [];
  const order = marks.map((_, i) => i).sort((a, b) => marks[a].position - marks[b].position);
  for (const i of order) {
    const { position, label } = marks[i];
    const width = sansSerifTextWidth(label, fontSize);
    const align = position + LABEL_OFFSET + width <= plotWidth ? "left" : "right";
    const left = align === "left" ? position + LABEL_OFFSET : position - LABEL_OFFSET - width;
    let row = rowEnds.findIndex((end) => end + LABEL_GAP <= left);
    if (row < 0) row = rowEnds.length;
    rowEnds[row] = left + width;
    placements[i] = { row, align };
  }
  return placements;
}
