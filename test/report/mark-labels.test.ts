import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { placeMarkLabels } from "../../src/report/mark-labels.js";
import { sansSerifTextWidth } from "../../src/report/text-width.js";

/** The horizontal extent of a placed label, as placeMarkLabels lays it out (4 px from its mark). */
function extent(position: number, label: string, align: "left" | "right", fontSize: number) {
  const width = sansSerifTextWidth(label, fontSize);
  return align === "left" ? [position + 4, position + 4 + width] : [position - 4 - width, position - 4];
}

describe("placeMarkLabels", () => {
  it("puts labels of marks close together on different rows, and far apart ones on the first", () => {
    const placements = placeMarkLabels(
      [
        { position: 100, label: "max ε = 1.4" },
        { position: 104, label: "max ε = 2" },
        { position: 400, label: "critical" },
      ],
      500,
      10,
    );
    expect(placements.map((p) => p.row)).toEqual([0, 1, 0]);
  });

  it("turns a label to the left of its mark where the right would leave the plot", () => {
    const [placement] = placeMarkLabels([{ position: 495, label: "strongly-biased" }], 500, 10);
    expect(placement).toEqual({ row: 0, align: "right" });
  });

  it("never lets two labels of one row overlap, nor a label run past the plot when it fits on a side", () => {
    const marks = fc.array(
      fc.record({
        position: fc.double({ min: 0, max: 480, noNaN: true }),
        label: fc.string({ maxLength: 14 }),
      }),
      { maxLength: 12 },
    );
    fc.assert(
      fc.property(marks, (list) => {
        const placements = placeMarkLabels(list, 480, 10);
        const boxes = list.map((m, i) => ({
          row: placements[i].row,
          x: extent(m.position, m.label, placements[i].align, 10),
        }));
        for (let a = 0; a < boxes.length; a++) {
          if (placements[a].align === "left") expect(boxes[a].x[1]).toBeLessThanOrEqual(480 + 1e-9);
          for (let b = a + 1; b < boxes.length; b++) {
            if (boxes[a].row !== boxes[b].row) continue;
            const overlap = Math.min(boxes[a].x[1], boxes[b].x[1]) - Math.max(boxes[a].x[0], boxes[b].x[0]);
            expect(overlap).toBeLessThanOrEqual(0);
          }
        }
      }),
    );
  });
});
