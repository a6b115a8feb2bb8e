import { describe, expect, it } from "vitest";
import { heatmapSvg, lineChartSvg } from "../../src/report/plots.js";
import { markPaths, svgTexts, unbalancedTag } from "./svg-structure.js";

const x = Array.from({ length: 31 }, (_, i) => i / 10);

/** Number of separately drawn pieces of an SVG path (one per move-to command). */
function pieceCount(path: string): number {
  return (path.match(/M/g) ?? []).length;
}

describe("lineChartSvg", () => {
  it("draws one well-formed SVG with one line per series and the axis titles", async () => {
    const svg = await lineChartSvg({
      title: "Heat current against the bias",
      xLabel: "ΔT (dT)",
      yLabel: "Heat current J^Q_left (energy/time)",
      legendTitle: "Engine",
      series: [
        { name: "global-lindblad", x, y: x.map(Math.sin) },
        { name: "local-lindblad", x, y: x.map(Math.cos) },
        { name: "redfield", x, y: x.map((v) => v * v) },
      ],
    });
    expect(svg.startsWith("<svg")).toBe(true);
    expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(unbalancedTag(svg)).toBeUndefined();
    expect(markPaths(svg, "line")).toHaveLength(3);
    const texts = svgTexts(svg);
    expect(texts).toContain("ΔT (dT)");
    expect(texts).toContain("Heat current J^Q_left (energy/time)");
    expect(texts).toContain("Heat current against the bias");
    for (const name of ["global-lindblad", "local-lindblad", "redfield", "Engine"])
      expect(texts).toContain(name);
  });

  it("breaks a line at null, NaN and infinite values instead of failing or drawing NaN", async () => {
    const y = x.map((v, i) =>
      i === 5 ? null : i === 6 ? Number.NaN : i === 20 ? Number.POSITIVE_INFINITY : v,
    );
    const svg = await lineChartSvg({
      title: "gaps",
      xLabel: "x",
      yLabel: "y",
      series: [{ name: "s", x, y }],
    });
    const [path] = markPaths(svg, "line");
    expect(svg).not.toMatch(/NaN|Infinity/);
    // Points 0-4, 7-19 and 21-30 are three separate pieces of the one path.
    expect(pieceCount(path)).toBe(3);
  });

  it("gives each series its own colour, and the colour asked for", async () => {
    const svg = await lineChartSvg({
      title: "colours",
      xLabel: "x",
      yLabel: "y",
      series: [
        { name: "a", x, y: x, color: "#123456" },
        { name: "b", x, y: x.map((v) => 2 * v) },
      ],
    });
    const strokes = [
      ...svg.matchAll(/<g class="mark-line role-mark[^>]*>\s*<path[^>]*stroke="([^"]+)"/g),
    ].map((m) => m[1]);
    expect(strokes).toHaveLength(2);
    expect(strokes[0]).toBe("#123456");
    expect(strokes[1]).not.toBe("#123456");
  });

  it("drops values that a logarithmic axis cannot show, and draws the scenario marks", async () => {
    const decades = Array.from({ length: 13 }, (_, i) => 10 ** (i / 4 - 1));
    const svg = await lineChartSvg({
      title: "log",
      xLabel: "Γ",
      yLabel: "rate",
      logX: true,
      logY: true,
      series: [{ name: "s", x: [0, ...decades], y: [1, ...decades.map((v, i) => (i === 3 ? -v : v))] }],
      marks: [
        { x: 1, label: "biased" },
        { x: -1, label: "off-axis" },
      ],
    });
    expect(svg).not.toMatch(/NaN|Infinity/);
    const texts = svgTexts(svg);
    expect(texts).toContain("biased");
    expect(texts).not.toContain("off-axis");
    // The negative value at index 3 splits the line in two.
    expect(pieceCount(markPaths(svg, "line")[0])).toBe(2);
  });

  it("rejects series with mismatched lengths or duplicate names", async () => {
    await expect(
      lineChartSvg({ title: "t", xLabel: "x", yLabel: "y", series: [{ name: "s", x: [1, 2], y: [1] }] }),
    ).rejects.toThrow(RangeError);
    await expect(
      lineChartSvg({
        title: "t",
        xLabel: "x",
        yLabel: "y",
        series: [
          { name: "s", x: [1], y: [1] },
          { name: "s", x: [1], y: [2] },
        ],
      }),
    ).rejects.toThrow(/unique/);
  });
});

describe("heatmapSvg", () => {
  const gx = [0.1, 0.2, 0.3, 0.4, 0.5];
  const gy = [1, 2, 3, 4];

  it("draws one cell per defined grid value, grey cells for missing ones, overlays and the colour legend", async () => {
    const z = gy.map((yv, i) => gx.map((xv, j) => (i === 1 && j === 2 ? null : xv * yv)));
    const svg = await heatmapSvg({
      title: "Validity map",
      xLabel: "Γ (Gamma)",
      yLabel: "T_M (TM)",
      x: gx,
      y: gy,
      z,
      colorLabel: "relative error",
      overlays: [{ name: "Γ T_M = 1", x: [0.25, 0.5], y: [4, 2] }],
    });
    expect(unbalancedTag(svg)).toBeUndefined();
    const rects = markPaths(svg, "rect");
    expect(rects).toHaveLength(gx.length * gy.length);
    const greyCells = [...svg.matchAll(/<path d="[^"]*" fill="#d9d9d9"/g)];
    expect(greyCells).toHaveLength(1);
    expect(markPaths(svg, "line")).toHaveLength(1);
    const texts = svgTexts(svg);
    for (const text of ["Γ (Gamma)", "T_M (TM)", "relative error", "Γ T_M = 1", "grey cells: no value"]) {
      expect(texts).toContain(text);
    }
    expect(svg).toContain("<linearGradient");
  });

  it("tiles the plot: cells of a uniform grid have equal size and together cover the plot area", async () => {
    const z = gy.map((yv) => gx.map((xv) => xv - yv));
    const svg = await heatmapSvg({
      title: "t",
      xLabel: "x",
      yLabel: "y",
      x: gx,
      y: gy,
      z,
      colorLabel: "z",
      width: 400,
      height: 200,
    });
    const sizes = markPaths(svg, "rect").map((d) => {
      const m = /^M(-?[\d.]+),(-?[\d.]+)h(-?[\d.]+)v(-?[\d.]+)h/.exec(d);
      expect(m).not.toBeNull();
      return { w: Math.abs(Number(m![3])), h: Math.abs(Number(m![4])) };
    });
    const area = sizes.reduce((sum, s) => sum + s.w * s.h, 0);
    expect(area).toBeCloseTo(400 * 200, 6);
    for (const s of sizes) {
      expect(s.w).toBeCloseTo(400 / gx.length, 6);
      expect(s.h).toBeCloseTo(200 / gy.length, 6);
    }
  });

  it("survives a map or a chart with nothing to draw", async () => {
    const emptyMap = await heatmapSvg({
      title: "t",
      xLabel: "x",
      yLabel: "y",
      x: [1],
      y: [1],
      z: [[null]],
      colorLabel: "z",
    });
    const deadSeries = await lineChartSvg({
      title: "t",
      xLabel: "x",
      yLabel: "y",
      series: [{ name: "failed everywhere", x: [1, 2, 3], y: [null, Number.NaN, null] }],
    });
    for (const svg of [
      emptyMap,
      deadSeries,
      await lineChartSvg({ title: "t", xLabel: "x", yLabel: "y", series: [] }),
    ]) {
      expect(unbalancedTag(svg)).toBeUndefined();
      expect(svg).not.toMatch(/NaN|Infinity/);
    }
  });

  it("rejects a z that does not match the grid", async () => {
    await expect(
      heatmapSvg({ title: "t", xLabel: "x", yLabel: "y", x: gx, y: gy, z: [[1]], colorLabel: "z" }),
    ).rejects.toThrow(RangeError);
  });
});
