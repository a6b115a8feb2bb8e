import { describe, expect, it } from "vitest";
import { decadeScale } from "../../src/report/deviation-scale.js";
import { CHART_WIDTH, heatmapSvg, lineChartSvg } from "../../src/report/plots.js";
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

  it("wraps a long legend into rows and stays as wide as asked", async () => {
    const series = Array.from({ length: 20 }, (_, k) => ({
      name: `global-lindblad, γc = ${k / 1000}`,
      x,
      y: x.map((v) => v + k),
    }));
    const svg = await lineChartSvg({ title: "t", xLabel: "x", yLabel: "y", series });
    expect(svg).toMatch(new RegExp(`^<svg[^>]* width="${CHART_WIDTH}"`));
    for (const s of series) expect(svgTexts(svg)).toContain(s.name);
    const none = await lineChartSvg({ title: "t", xLabel: "x", yLabel: "y", series, legend: "none" });
    expect(svgTexts(none)).not.toContain(series[0].name);
  });

  it("draws points without a line, lines with points, and staggers the markers of plain lines", async () => {
    const y = x.map((v) => v * v);
    const svg = await lineChartSvg({
      title: "t",
      xLabel: "x",
      yLabel: "y",
      legend: "none",
      series: [
        { name: "exact", x, y, style: "points" },
        { name: "approximate", x, y, style: "line-points" },
        { name: "first line", x, y },
        { name: "second line", x, y },
      ],
    });
    // Only the three series drawn as lines have a line.
    expect(markPaths(svg, "line")).toHaveLength(3);
    const markers = [...svg.matchAll(/<g class="mark-symbol role-mark[^"]*"[^>]*>([\s\S]*?)<\/g>/g)]
      .flatMap((m) => [
        ...m[1].matchAll(/<path transform="translate\(([-\d.]+),[-\d.]+\)"[^>]*stroke="([^"]+)"/g),
      ])
      .map((m) => ({ x: Number(m[1]), stroke: m[2] }));
    const byStroke = new Map<string, number[]>();
    for (const m of markers) byStroke.set(m.stroke, [...(byStroke.get(m.stroke) ?? []), m.x]);
    const counts = [...byStroke.values()].map((xs) => xs.length);
    // Every point of the two point series; about 8 on each plain line, at different places.
    expect(counts.slice(0, 2)).toEqual([x.length, x.length]);
    const [first, second] = [...byStroke.values()].slice(2);
    expect(first.length).toBeGreaterThanOrEqual(6);
    expect(first.length).toBeLessThanOrEqual(10);
    expect(first.filter((p) => second.includes(p))).toEqual([]);
  });

  it("labels marks close together on separate rows, and says what the chart shows to screen readers", async () => {
    const svg = await lineChartSvg({
      title: "LGI function",
      xLabel: "Vτ",
      yLabel: "F",
      series: [{ name: "s", x, y: x }],
      marks: [
        { x: 1, label: "max ε = 1.4" },
        { x: 1.02, label: "max ε = 2" },
      ],
    });
    const rows = [
      ...svg.matchAll(/<text[^>]*transform="translate\([-\d.]+,([-\d.]+)\)"[^>]*>max ε = [^<]*<\/text>/g),
    ].map((m) => Number(m[1]));
    // Each label twice (halo, then text), on two rows.
    expect(new Set(rows).size).toBe(2);
    expect(svg).toMatch(/^<svg role="img" aria-label="LGI function: F against Vτ; 1 series: s"/);
  });

  it("gives every marker its values as a <title> (hover), and the chart one accessible name", async () => {
    const svg = await lineChartSvg({
      title: "Bell value",
      xLabel: "T1/g",
      yLabel: "B",
      series: [{ name: "γc = 0", x: [0.5, 1, 2], y: [1.8349, 1.5, -0.00012346], style: "points" }],
    });
    const titles = [...svg.matchAll(/<path[^>]*><title>([^<]*)<\/title><\/path>/g)].map((m) => m[1]);
    expect(titles).toEqual([
      "γc = 0: T1/g = 0.5, B = 1.835",
      "γc = 0: T1/g = 1, B = 1.5",
      "γc = 0: T1/g = 2, B = −1.235×10⁻⁴",
    ]);
    // only the root is labelled for assistive technology
    expect(svg.match(/aria-label=/g)).toHaveLength(1);
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

  /** The cells of a map: one sub-path per cell, grouped by vega-svg into one path per colour. */
  function cells(svg: string): { fill: string; x: number; y: number; w: number; h: number }[] {
    const group = /<g class="mark-rect role-mark[^"]*"[^>]*>([\s\S]*?)<\/g>/g;
    const found: { fill: string; x: number; y: number; w: number; h: number }[] = [];
    for (const [, paths] of svg.matchAll(group)) {
      for (const [, d, fill] of paths.matchAll(/<path d="([^"]*)" fill="([^"]*)"/g)) {
        for (const m of d.matchAll(/M(-?[\d.]+),(-?[\d.]+)h(-?[\d.]+)v(-?[\d.]+)h-?[\d.]+Z/g)) {
          found.push({
            fill,
            x: Number(m[1]),
            y: Number(m[2]),
            w: Math.abs(Number(m[3])),
            h: Math.abs(Number(m[4])),
          });
        }
      }
    }
    return found;
  }

  it("draws one cell per grid value, grey ones for missing values, overlays and the colour key", async () => {
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
    expect(cells(svg)).toHaveLength(gx.length * gy.length);
    expect(cells(svg).filter((c) => c.fill === "#bdbdbd")).toHaveLength(1);
    // The overlay is drawn twice: a white casing, then the curve.
    expect(markPaths(svg, "line")).toHaveLength(2);
    const texts = svgTexts(svg);
    for (const text of ["Γ (Gamma)", "T_M (TM)", "relative error", "Γ T_M = 1", "grey cells: no value"]) {
      expect(texts).toContain(text);
    }
    expect(svg).toContain("<linearGradient");
    expect(svg).toMatch(
      /^<svg role="img" aria-label="Validity map: heat map of relative error over Γ \(Gamma\) and T_M \(TM\); curves: Γ T_M = 1"/,
    );
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
      height: 200,
    });
    const frame = /<path class="background"[^>]*d="M0.5,0.5h([\d.]+)v([\d.]+)h/.exec(svg)!;
    const [plotWidth, plotHeight] = [Number(frame[1]), Number(frame[2])];
    expect(plotHeight).toBe(200);
    const all = cells(svg);
    expect(all.reduce((sum, c) => sum + c.w * c.h, 0)).toBeCloseTo(plotWidth * plotHeight, 0);
    for (const c of all) {
      expect(c.w).toBeCloseTo(plotWidth / gx.length, 1);
      expect(c.h).toBeCloseTo(plotHeight / gy.length, 6);
    }
  });

  it("colours log10 deviations by decade, so that 1 %, 10 % and 100 % and more stand apart", async () => {
    // log10 of relative deviations 0.05 %, 0.5 %, 5 %, 50 %, 500 %.
    const deviations = [-3.3, -2.3, -1.3, -0.3, 0.7];
    const svg = await heatmapSvg({
      title: "validity",
      xLabel: "g",
      yLabel: "Γ",
      x: [1, 2, 3, 4, 5],
      y: [1],
      z: [deviations],
      colorLabel: "log10 relative deviation from newns-exact",
    });
    const byX = cells(svg).sort((a, b) => a.x - b.x);
    expect(new Set(byX.map((c) => c.fill)).size).toBe(5);
    const scale = decadeScale("log10 relative deviation from newns-exact", -3.3);
    expect(byX.map((c) => c.fill.toLowerCase())).toEqual(scale.colors.map((c) => c.toLowerCase()));
    const texts = svgTexts(svg);
    for (const label of ["0.1 % – 1 %", "1 % – 10 %", "10 % – 100 %", "≥ 100 %"])
      expect(texts).toContain(label);
    expect(texts).toContain("relative deviation from newns-exact");
  });

  it("is exactly as wide as asked, legend and colour key included", async () => {
    for (const width of [CHART_WIDTH, 384]) {
      const svg = await heatmapSvg({
        title: "t",
        xLabel: "x",
        yLabel: "y",
        x: gx,
        y: gy,
        z: gy.map((yv) => gx.map((xv) => xv * yv)),
        colorLabel: "a colour label long enough to have been cut at 180 pixels by vega's default title limit",
        width,
      });
      expect(svg).toMatch(new RegExp(`^<svg[^>]* width="${width}"`));
      // The title of the key is whole, on as many lines as it needs.
      expect(svg.replace(/<[^>]*>/g, " ").replace(/\s+/g, " ")).toContain(
        "a colour label long enough to have been cut at 180 pixels by vega's default title limit",
      );
      expect(svg).not.toContain("…");
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
