import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cellEdges } from "../../src/report/cell-edges.js";
import { expectClose } from "../helpers/expect-close.js";

const sortedGrid = fc
  .uniqueArray(fc.double({ min: -1e3, max: 1e3, noNaN: true }), { minLength: 1, maxLength: 40 })
  .map((values) => values.sort((a, b) => a - b))
  .filter((values) => values.every((v, i) => i === 0 || v - values[i - 1] > 1e-9));

describe("cellEdges", () => {
  it("puts every grid value strictly inside its own cell, edges at the midpoints", () => {
    fc.assert(
      fc.property(sortedGrid, fc.boolean(), (grid, reversed) => {
        const values = reversed ? [...grid].reverse() : grid;
        const edges = cellEdges(values);
        expect(edges).toHaveLength(values.length + 1);
        values.forEach((v, i) => {
          expect(Math.min(edges[i], edges[i + 1])).toBeLessThan(v);
          expect(Math.max(edges[i], edges[i + 1])).toBeGreaterThan(v);
          if (i > 0) expectClose(edges[i], (values[i - 1] + v) / 2, 1e-12, `edge ${i}`);
        });
      }),
    );
  });

  it("uses geometric means on a logarithmic axis, so a log-spaced grid gets equal cells in log space", () => {
    const grid = Array.from({ length: 9 }, (_, i) => 10 ** (i / 4 - 1));
    const edges = cellEdges(grid, true);
    for (let i = 1; i < grid.length; i++)
      expectClose(edges[i], Math.sqrt(grid[i - 1] * grid[i]), 1e-12, `edge ${i}`);
    const widths = edges.slice(1).map((e, i) => Math.log10(e / edges[i]));
    for (const w of widths) expectClose(w, 0.25, 1e-12, "log width");
  });

  it("gives one value a unit cell (a decade on a log axis) and rejects unusable grids", () => {
    expect(cellEdges([2])).toEqual([1.5, 2.5]);
    const [low, high] = cellEdges([10], true);
    expectClose(high / low, 10, 1e-12, "one decade");
    expect(() => cellEdges([])).toThrow(RangeError);
    expect(() => cellEdges([1, 1])).toThrow(/strictly monotonic/);
    expect(() => cellEdges([1, 3, 2])).toThrow(/strictly monotonic/);
    expect(() => cellEdges([0, 1], true)).toThrow(/positive/);
    expect(() => cellEdges([1, Number.NaN])).toThrow(RangeError);
  });
});
