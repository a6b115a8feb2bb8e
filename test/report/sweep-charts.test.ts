import { describe, expect, it } from "vitest";
import { seriesStyles } from "../../src/report/series-style.js";
import {
  isGeometricGrid,
  scenarioMarks,
  sweepCharts,
  sweepQuantities,
} from "../../src/report/sweep-charts.js";
import { sampleRunResults } from "./sample-run-results.js";
import { markPaths, svgTexts } from "./svg-structure.js";

describe("isGeometricGrid", () => {
  it("recognises log-spaced grids spanning two decades or more", () => {
    expect(isGeometricGrid(Array.from({ length: 21 }, (_, i) => 10 ** (i / 10 - 1)))).toBe(true);
    expect(isGeometricGrid(Array.from({ length: 21 }, (_, i) => 10 ** (-i / 10)))).toBe(true);
    expect(isGeometricGrid(Array.from({ length: 21 }, (_, i) => 10 ** (i / 20)))).toBe(false);
    expect(isGeometricGrid(Array.from({ length: 21 }, (_, i) => 0.01 + i))).toBe(false);
    expect(isGeometricGrid([0, 1, 10, 100])).toBe(false);
  });
});

describe("sweep plots of a case", () => {
  it("marks the scenarios at their value of the swept parameter, sharing a marker at equal values", () => {
    const run = sampleRunResults();
    const caseResults = run.cases[0];
    const sweep = caseResults.sweeps[0];
    expect(scenarioMarks(caseResults, sweep)).toEqual([
      { x: 0, label: "equilibrium" },
      { x: 1, label: "biased" },
    ]);
    caseResults.scenarios[1].overrides = { TM: 2 };
    expect(scenarioMarks(caseResults, sweep)).toEqual([{ x: 0, label: "equilibrium, biased" }]);
    caseResults.scenarios[0].overrides = { dT: 7 };
    expect(scenarioMarks(caseResults, sweep)).toEqual([{ x: 0, label: "biased" }]);
  });

  it("draws one chart per quantity with one line per engine reporting it", async () => {
    const caseResults = sampleRunResults().cases[0];
    const sweep = caseResults.sweeps[0];
    delete sweep.series[1].quantities["observables.concurrence"];
    expect(sweepQuantities(sweep)).toEqual([
      "currents.left.heat",
      "observables.concurrence",
      "entropyProduction",
    ]);
    const charts = await sweepCharts(caseResults, sweep, seriesStyles(["global-lindblad", "local-lindblad"]));
    expect(charts.map((c) => c.quantity)).toEqual(sweepQuantities(sweep));
    expect(charts.map((c) => markPaths(c.svg, "line").length)).toEqual([2, 1, 2]);
    expect(svgTexts(charts[1].svg)).toContain("Concurrence C");
    // The legend is the page's: one entry per engine with a swatch, none inside the SVG.
    expect(charts[0].legend.map((entry) => entry.name)).toEqual(["global-lindblad", "local-lindblad"]);
    expect(charts[0].legend[0].swatch).toMatch(/^<svg class="swatch"/);
    expect(svgTexts(charts[0].svg)).not.toContain("global-lindblad");
  });

  it("says which engines' curves lie on top of each other", async () => {
    const caseResults = sampleRunResults().cases[0];
    const sweep = caseResults.sweeps[0];
    const [global, local] = sweep.series;
    local.quantities["observables.concurrence"] = [...global.quantities["observables.concurrence"]];
    const charts = await sweepCharts(caseResults, sweep, seriesStyles(["global-lindblad", "local-lindblad"]));
    const byQuantity = new Map(charts.map((c) => [c.quantity, c.notes]));
    expect(byQuantity.get("observables.concurrence")).toEqual([
      expect.stringContaining("global-lindblad and local-lindblad"),
    ]);
    expect(byQuantity.get("entropyProduction")).toEqual([]);
  });

  it("rejects a series whose length differs from the sweep", async () => {
    const caseResults = sampleRunResults().cases[0];
    const sweep = caseResults.sweeps[0];
    sweep.series[0].quantities.entropyProduction.pop();
    await expect(sweepCharts(caseResults, sweep, seriesStyles([]))).rejects.toThrow(/entropyProduction/);
  });
});
