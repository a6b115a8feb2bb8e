import { describe, expect, it } from "vitest";
import type { ChartSpec, Figure } from "../../src/plugins/figure.js";
import { degenerateData, figureResults } from "../../src/runner/figure-results.js";

const line = (ys: (number | null)[][]): ChartSpec => ({
  kind: "line",
  title: "C against τ",
  xLabel: "τ",
  yLabel: "C",
  series: ys.map((y, k) => ({ name: `engine-${k}`, x: y.map((_, i) => i), y })),
});
const map = (z: (number | null)[][]): ChartSpec => ({
  kind: "heatmap",
  title: "error of the current",
  xLabel: "g",
  yLabel: "Γ",
  x: z[0].map((_, j) => j),
  y: z.map((_, i) => i),
  z,
  colorLabel: "error",
});

describe("degenerate figure data", () => {
  it("names a map of zeros only, with its number of cells", () => {
    const zeros = Array.from({ length: 25 }, () => Array<number>(25).fill(0));
    expect(degenerateData(map(zeros), 2)).toEqual([
      "chart 3 (error of the current): all 625 cells with a value are exactly 0",
    ]);
  });

  it("names a map without any value, and one of a single repeated number", () => {
    expect(degenerateData(map([[null, null]]), 0)[0]).toMatch(/every one of its 2 cells is missing/);
    expect(
      degenerateData(
        map([
          [0.3, 0.3],
          [0.3, null],
        ]),
        0,
      )[0],
    ).toMatch(/all 3 cells with a value are the same number/);
  });

  it("names a line chart of zeros, of missing values, of one point, and a series without values", () => {
    expect(degenerateData(line([[0, 0, 0]]), 0)).toEqual([
      "chart 1 (C against τ): all 3 values are exactly 0",
    ]);
    expect(degenerateData(line([[null, Number.NaN]]), 0)[0]).toMatch(
      /every value of every series is missing/,
    );
    expect(degenerateData(line([[0.5]]), 0)).toEqual(["chart 1 (C against τ): a single point"]);
    expect(
      degenerateData(
        line([
          [0.1, 0.2],
          [null, null],
        ]),
        0,
      ),
    ).toEqual(["chart 1 (C against τ): series engine-1 has no value at all"]);
  });

  it("names a chart whose values are zero only to round-off (a product state's CHSH value of 1e-16)", () => {
    expect(degenerateData(line([[2.2e-16, -5.6e-16, 1.1e-16]]), 0)).toEqual([
      "chart 1 (C against τ): all 3 values are within 5.6e-16 of 0, zero to round-off (the plot shows only noise)",
    ]);
    // small but physical: a heat current of 1e-9 is data
    expect(degenerateData(line([[1e-9, 2e-9, 3e-9]]), 0)).toEqual([]);
  });

  it("says nothing about data that vary", () => {
    expect(degenerateData(line([[0, 0.1, -0.2]]), 0)).toEqual([]);
    expect(
      degenerateData(
        map([
          [0, 1],
          [2, null],
        ]),
        0,
      ),
    ).toEqual([]);
  });
});

describe("a figure's claims in the results", () => {
  const figure: Figure = {
    id: "fig",
    title: "A figure",
    source: "paper eq. (1)",
    description: "",
    claims: [
      { id: "a", source: "eq. (1)", statement: "x = 1", quantity: "x", tolerance: "±0.1" },
      { id: "b", source: "p. 2", statement: "y falls", quantity: "slope of y", tolerance: "< 0" },
    ],
    compute: () => ({ charts: [] }),
  };

  it("keeps every declared claim; one without a verdict is inconclusive and says why", () => {
    const results = figureResults(figure, {
      charts: [line([[1, 2]])],
      verdicts: [{ claim: "a", verdict: "refuted", evidence: "x = 1.3" }],
    });
    expect(results.claims.map((c) => [c.id, c.verdict, c.evidence])).toEqual([
      ["a", "refuted", "x = 1.3"],
      ["b", "inconclusive", "the figure did not evaluate this claim"],
    ]);
    expect(results.dataNotes).toEqual([]);
  });

  it("refuses a verdict on a claim the figure does not declare", () => {
    expect(() =>
      figureResults(figure, { charts: [], verdicts: [{ claim: "c", verdict: "confirmed", evidence: "" }] }),
    ).toThrow(/fig returned a verdict on a claim it does not declare/);
  });
});
