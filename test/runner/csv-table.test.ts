import { describe, expect, it } from "vitest";
import { csvLine, linesInColumns, tablesToCsv } from "../../src/runner/csv-table.js";

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

  it("write finite numbers as JavaScript prints them, non-finite ones and holes as empty fields, and pad short rows", () => {
    // one representation of a missing value: an empty field (the reason is in the warning or error column)
    expect(csvLine([Number.NaN, -0.1, Number.POSITIVE_INFINITY])).toBe(",-0.1,");
    expect(csvLine([2], 3)).toBe("2,,");
    expect(tablesToCsv([{ columns: ["x"], lines: ["", "-0.1"] }])).toBe("x\n\n-0.1\n");
  });

  it("place a table's fields under a header that has more columns, and refuse columns the header lacks", () => {
    const table = { columns: ["x", "error"], lines: ['1,"no state, sorry"'] };
    expect(linesInColumns(table, ["x", "y", "warning", "error"])).toBe('1,,,"no state, sorry"');
    expect(() => linesInColumns(table, ["x"])).toThrow(/error is not in the header/);
  });
});
