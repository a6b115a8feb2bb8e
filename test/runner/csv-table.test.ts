import { describe, expect, it } from "vitest";
import { csvLine, tablesToCsv } from "../../src/runner/csv-table.js";

describe("CSV tables", () => {
  it("write one header with the union of the columns, moving the fields of tables with other columns", () => {
    const csv = tablesToCsv([
      { columns: ["dT", "heat"], lines: [csvLine([0, 1e-7]), csvLine([0.5, 0.25])] },
      // a chunk whose first point failed: its error column comes before the numbers
      {
        columns: ["dT", "error", "heat"],
        lines: [csvLine([1, 'no kernel, "singular"'], 3), csvLine([1.5, undefined, 0.5])],
      },
      { columns: ["dT", "heat"], lines: [] },
    ]);
    expect(csv).toBe('dT,heat,error\n0,1e-7,\n0.5,0.25,\n1,,"no kernel, ""singular"""\n1.5,0.5,\n');
  });

  it("write numbers as JavaScript prints them, NaN included, and pad short rows", () => {
    expect(csvLine([Number.NaN, -0.1])).toBe("NaN,-0.1");
    expect(csvLine([2], 3)).toBe("2,,");
    expect(tablesToCsv([{ columns: ["x"], lines: ["NaN", "-0.1"] }])).toBe("x\nNaN\n-0.1\n");
  });
});
