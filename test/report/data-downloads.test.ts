import { describe, expect, it } from "vitest";
import type { HeatmapSpec, LineChartSpec } from "../../src/plugins/figure.js";
import {
  DATA_DIGITS,
  figureDownloads,
  heatmapCsv,
  lineChartCsv,
  sweepDownloads,
} from "../../src/report/data-downloads.js";
import { textDataUri } from "../../src/report/data-uri.js";
import { csvNumber, dataUriText, parseCsv } from "./parse-csv.js";
import { sampleRunResults } from "./sample-run-results.js";

/** Equal to DATA_DIGITS significant digits; null (missing) matches null, NaN or ∞. */
function expectSameNumber(actual: number | null, expected: number | null | undefined, where: string) {
  if (expected === null || expected === undefined || !Number.isFinite(expected)) {
    expect(actual, where).toBeNull();
  } else {
    expect(actual, where).not.toBeNull();
    expect(Math.abs(actual! - expected), where).toBeLessThanOrEqual(
      Math.abs(expected) * 10 ** (1 - DATA_DIGITS),
    );
  }
}

describe("textDataUri", () => {
  it("decodes back to the text, whatever it holds, and is safe in an HTML attribute", () => {
    const text = 'a,b:"c"\r\n# 50 % <tag> & ünïcode ε = 1e-5\n';
    const uri = textDataUri("text/csv", text);
    expect(uri).not.toMatch(/["<>&#\s]/);
    expect(dataUriText(uri)).toEqual({ mediaType: "text/csv;charset=utf-8", text });
  });
});

describe("chart data as CSV", () => {
  it("writes series sharing their x values side by side, quoting names with commas", () => {
    const chart: LineChartSpec = {
      kind: "line",
      title: "t",
      xLabel: "T1/g",
      yLabel: "B",
      series: [
        { name: "global-lindblad, γc = 0", x: [0.1, 0.2, 0.3], y: [2.81234567891, 2.5, null] },
        { name: "redfield", x: [0.1, 0.2, 0.3], y: [2.8, Number.NaN, 2.1] },
      ],
    };
    const rows = parseCsv(lineChartCsv(chart));
    expect(rows[0]).toEqual(["T1/g", "global-lindblad, γc = 0", "redfield"]);
    expect(rows).toHaveLength(4);
    chart.series.forEach((s, k) =>
      s.x.forEach((x, i) => {
        expectSameNumber(csvNumber(rows[i + 1][0]), x, `x ${i}`);
        expectSameNumber(csvNumber(rows[i + 1][k + 1]), s.y[i], `${s.name} ${i}`);
      }),
    );
  });

  it("writes series on different x values one point per row", () => {
    const chart: LineChartSpec = {
      kind: "line",
      title: "t",
      xLabel: "t",
      yLabel: "C",
      series: [
        { name: "a", x: [0, 1], y: [1, 2] },
        { name: "b", x: [0, 0.5, 1], y: [3, 4, 5] },
      ],
    };
    const rows = parseCsv(lineChartCsv(chart));
    expect(rows[0]).toEqual(["series", "t", "C"]);
    const back = rows.slice(1).map(([name, x, y]) => [name, csvNumber(x), csvNumber(y)]);
    expect(back).toEqual(chart.series.flatMap((s) => s.x.map((x, i) => [s.name, x, s.y[i]])));
  });

  it("writes a heat map one cell per row, then its overlay curves", () => {
    const chart: HeatmapSpec = {
      kind: "heatmap",
      title: "m",
      xLabel: "g",
      yLabel: "Γ",
      x: [1, 2],
      y: [10, 20, 30],
      z: [
        [0.5, -1],
        [null, 2],
        [3, 4],
      ],
      colorLabel: "log10 relative deviation",
      overlays: [{ name: "Γ = Δ", x: [1, 2], y: [15, 25] }],
    };
    const rows = parseCsv(heatmapCsv(chart));
    expect(rows[0]).toEqual(["layer", "g", "Γ", "log10 relative deviation"]);
    const cells = rows.slice(1).filter((r) => r[0] === "map");
    expect(cells).toHaveLength(6);
    for (const [, x, y, z] of cells) {
      const i = chart.y.indexOf(Number(y));
      const j = chart.x.indexOf(Number(x));
      expect(csvNumber(z)).toBe(chart.z[i][j]);
    }
    expect(rows.slice(1).filter((r) => r[0] === "Γ = Δ")).toEqual([
      ["Γ = Δ", "1", "15", ""],
      ["Γ = Δ", "2", "25", ""],
    ]);
  });
});

describe("figure and sweep downloads", () => {
  it("give a figure's charts back from its JSON, and one CSV per chart", () => {
    const figure = sampleRunResults().cases[0].figures[0];
    const { json, charts } = figureDownloads(figure);
    expect(json.fileName).toBe("bell-against-temperature.json");
    const data = JSON.parse(dataUriText(json.href).text) as { charts: typeof figure.charts };
    expect(data.charts).toEqual(figure.charts);
    expect(charts.map((c) => c.fileName)).toEqual([
      "bell-against-temperature-chart1.csv",
      "bell-against-temperature-chart2.csv",
    ]);
    expect(json.bytes).toBe(Buffer.byteLength(dataUriText(json.href).text));
  });

  it("give a sweep's values back from its CSV and JSON, a missing value (NaN or null) as missing", () => {
    const sweep = sampleRunResults().cases[0].sweeps[0];
    const { csv, json } = sweepDownloads("flipflop-qubits", sweep);
    const rows = parseCsv(dataUriText(csv.href).text);
    const header = rows[0];
    expect(header[0]).toBe("dT");
    for (const series of sweep.series) {
      for (const [quantity, values] of Object.entries(series.quantities)) {
        const column = header.indexOf(`${series.engine} ${quantity}`);
        expect(column, `${series.engine} ${quantity}`).toBeGreaterThan(0);
        values.forEach((v, i) => expectSameNumber(csvNumber(rows[i + 1][column]), v, `${quantity} ${i}`));
      }
    }
    const back = JSON.parse(dataUriText(json.href).text) as typeof sweep;
    expect(back.values).toEqual(sweep.values.map((v) => Number(v.toPrecision(DATA_DIGITS))));
    const local = back.series[1].quantities["currents.left.heat"];
    expect([local[7], local[8]]).toEqual([null, null]);
  });
});
