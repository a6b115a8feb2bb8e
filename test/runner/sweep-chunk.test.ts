import { describe, expect, it } from "vitest";
import { flattenSolveResult } from "../../src/runner/flatten.js";
import { type SweepChunk, solveSweepChunk, solveSweepTable } from "../../src/runner/sweep-chunk.js";
import { testContext } from "../helpers/registry.js";

const context = testContext();

function chunk(engine: string, values: number[]): SweepChunk {
  return {
    case: "flipflop-qubits",
    engine,
    parameter: "dT",
    values,
    overrides: { TM: 0.8 },
    options: {},
  };
}

describe("sweep chunks", () => {
  it.each(["global-lindblad", "local-lindblad", "redfield"])(
    "%s: the CSV table holds the flattened solve results of the JSON sweep, column by column",
    (engine) => {
      const values = [0, 0.3, 0.9, 1.5];
      const table = solveSweepTable(chunk(engine, values), context);
      const results = solveSweepChunk(chunk(engine, values), context);
      expect(table.columns[0]).toBe("dT");
      expect(table.failures).toBe(0);
      const rows = table.lines.map((line) => line.split(",").map(Number));
      expect(rows.map((row) => row[0])).toEqual(values);
      results.forEach((result, i) => {
        expect("error" in result).toBe(false);
        const flat = flattenSolveResult(result as Parameters<typeof flattenSolveResult>[0]);
        expect(table.columns.slice(1)).toEqual(Object.keys(flat));
        expect(rows[i].slice(1)).toEqual(Object.values(flat)); // printed and read back exactly
      });
      // heat flows from the hot left bath at every biased point
      const heat = table.columns.indexOf("currents.left.heat");
      for (const row of rows.slice(1)) expect(row[heat]).toBeGreaterThan(0);
    },
  );
});
