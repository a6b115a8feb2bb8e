import * as vega from "vega";
import { compile, type TopLevelSpec } from "vega-lite";
import { sansSerifTextWidth } from "./text-width.js";

interface TextItem {
  fontSize?: number;
  fontWeight?: number | string;
}

/**
 * vega measures text through its exported `textMetrics` object (untyped in vega's typings); without
 * a canvas it falls back to a crude estimate, so we plug in sans-serif font metrics, as vega allows
 * (a user-defined `textMetrics.width`, see vega-scenegraph). Done once, before the first chart.
 */
const { textMetrics } = vega as unknown as {
  textMetrics: { width: (item: TextItem, text: string) => number };
};
textMetrics.width = (item, text) => {
  const line = text == null ? "" : String(text).trim();
  const bold = item.fontWeight === "bold" || Number(item.fontWeight) >= 600;
  return sansSerifTextWidth(line, item.fontSize ?? 11, bold);
};

/** Look shared by every chart of the report: generic fonts only (no font files are fetched). */
export const CHART_CONFIG = {
  font: "sans-serif",
  background: "white",
  padding: 8,
  title: { fontSize: 14, fontWeight: 600, anchor: "start", offset: 10, color: "#1a1a1a" },
  axis: {
    labelFontSize: 11,
    titleFontSize: 12,
    titleFontWeight: 500,
    titleColor: "#1a1a1a",
    labelColor: "#333333",
    gridColor: "#e6e6e6",
    domainColor: "#888888",
    tickColor: "#888888",
    labelFlush: true,
  },
  legend: { labelFontSize: 11, titleFontSize: 12, titleFontWeight: 500, symbolStrokeWidth: 2 },
  view: { stroke: "#cccccc" },
} as const;

/**
 * Rounds the coordinates in SVG path data to hundredths of a pixel: vega writes them at full double
 * precision (`6.999999999999972`), which makes heat maps with thousands of cells needlessly large.
 */
function compactPathData(svg: string): string {
  return svg.replace(/ d="([^"]*)"/g, (_, path: string) => {
    const rounded = path.replace(/-?\d+\.\d{3,}(?:e-?\d+)?/g, (n) =>
      String(Math.round(Number(n) * 100) / 100),
    );
    return ` d="${rounded}"`;
  });
}

/**
 * Renders a vega-lite specification to an SVG string in Node: vega-lite compiles it to vega, and a
 * headless vega view (`renderer: "none"`, no canvas, no network) serialises the scene graph.
 */
export async function renderVegaLiteToSvg(spec: TopLevelSpec): Promise<string> {
  const vegaSpec = compile(spec).spec;
  const view = new vega.View(vega.parse(vegaSpec), { renderer: "none" });
  try {
    return compactPathData(await view.toSVG());
  } finally {
    view.finalize();
  }
}
