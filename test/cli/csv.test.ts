import { describe, expect, it } from "vitest";
import { tablesToCsv } from "../../src/cli/csv.js";

describe("tablesToCsv", () => {
  it("writes one header with the union of the columns and leaves missing fields empty", () => {
    const csv = tablesToCsv([
      {
        columns: ["dT", "heat"],
        rows: [
          [0, 1e-7],
          [0.5, 0.25],
        ],
      },
      // a chunk whose first point failed: its error column comes first, the numbers after
      {
        columns: ["dT", "error", "heat"],
        rows: [
          [1, 'no kernel, "singular"'],
          [1.5, undefined, 0.5],
        ],
      },
    ]);
    expect(csv).toBe('dT,heat,error\n0,1e-7,\n0.5,0.25,\n1,,"no kernel, ""singular"""\n1.5,0.5,\n');
  });

  it("writes numbers as JavaScript prints them, NaN included", () => {
    expect(tablesToCsv([{ columns: ["x"], rows: [[Number.NaN], [-0.1]] }])).toBe("x\nNaN\n-0.1\n");
  });
});
