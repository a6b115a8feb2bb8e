import { describe, expect, it } from "vitest";
import { coincidenceNote, coincidentSeries } from "../../src/report/coincident-series.js";

const x = [0, 1, 2, 3, 4];
const line = (slope: number, offset = 0) => x.map((v) => slope * v + offset);

describe("coincidentSeries", () => {
  it("groups series that lie on top of each other, transitively, and leaves the others out", () => {
    const groups = coincidentSeries([
      { name: "a", x, y: line(1) },
      { name: "b", x, y: line(2) },
      { name: "c", x, y: line(1, 0.01) },
      { name: "d", x, y: line(1, 0.02) },
    ]);
    // range 8: a-c and c-d differ by 0.01 (0.125 %), a-d by 0.02 (0.25 %): all within 0.5 %.
    expect(groups).toEqual([["a", "c", "d"]]);
  });

  it("separates series that differ by more than the tolerance anywhere, or share fewer than two points", () => {
    const bump = line(1);
    bump[2] += 0.1;
    expect(
      coincidentSeries([
        { name: "a", x, y: line(1) },
        { name: "b", x, y: bump },
      ]),
    ).toEqual([]);
    expect(
      coincidentSeries([
        { name: "a", x, y: [0, null, null, null, null] },
        { name: "b", x, y: [0, null, null, null, 9] },
      ]),
    ).toEqual([]);
  });

  it("compares on the drawn scale: a logarithmic y axis spreads small values apart", () => {
    const small = [1e-7, 1e-6, 1e-5, 1e-5, 1e-4];
    const series = [
      { name: "a", x, y: small },
      { name: "b", x, y: small.map((v) => 2 * v) },
      { name: "big", x, y: [1, 1, 1, 1, 1] },
    ];
    expect(coincidentSeries(series, false)).toEqual([["a", "b"]]);
    expect(coincidentSeries(series, true)).toEqual([]);
  });

  it("says which groups coincide in one sentence, and nothing when none do", () => {
    expect(coincidenceNote([])).toBeUndefined();
    expect(
      coincidenceNote([
        ["a", "b"],
        ["c", "d", "e"],
      ]),
    ).toMatch(/: a and b; c, d and e;/);
  });
});
