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

/**
 * Look shared by every chart of the report: generic fonts only (no font files are fetched). vega's
 * own ARIA attributes are off (one label per data point made pages megabytes long): the root <svg>
 * gets one aria-label instead.
 */
export const CHART_CONFIG = {
  font: "sans-serif",
  background: "white",
  padding: 8,
  aria: false,
  title: {
    aria: false,
    fontSize: 14,
    fontWeight: 600,
    anchor: "start",
    offset: 10,
    color: "#1a1a1a",
    subtitleColor: "#444444",
  },
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
  legend: {
    labelFontSize: 11,
    titleFontSize: 12,
    titleFontWeight: 500,
    symbolStrokeWidth: 2,
    labelColor: "#1a1a1a",
    titleColor: "#1a1a1a",
  },
  view: { stroke: "#cccccc" },
} as const;

/** Rounds the decimals of numbers in a piece of SVG text to hundredths of a pixel. */
function roundNumbers(text: string): string {
  return text.replace(/-?\d+\.\d{3,}(?:e-?\d+)?/g, (n) => String(Math.round(Number(n) * 100) / 100));
}

/**
 * Rounds path data and transforms, which vega writes at full double precision (`6.999999999999972`),
 * drops what draws nothing, and joins the cells of a heat map that share a colour into one path: the cells never overlap, so
 * drawing order does not matter, and a map of 600 cells in 9 colours becomes 9 elements.
 */
function compactSvg(svg: string): string {
  const rounded = svg
    .replace(/ d="([^"]*)"/g, (_, path: string) => ` d="${roundNumbers(path)}"`)
    .replace(/ transform="([^"]*)"/g, (_, transform: string) => ` transform="${roundNumbers(transform)}"`)
    // Empty backgrounds and hidden foregrounds of vega's groups draw nothing; defaults need no attribute.
    .replace(/<path class="background" aria-hidden="true" d="M0,0h0v0h0Z"[^>]*\/>/g, "")
    .replace(/<path class="foreground" aria-hidden="true" d=""[^>]*\/>/g, "")
    .replace(
      / (?:opacity="1"|pointer-events="none"|role="graphics-[a-z-]+"|aria-roledescription="[^"]*")/g,
      "",
    );
  return markerTitles(rounded).replace(
    /(<g class="mark-rect role-mark[^"]*"[^>]*>)((?:<path d="[^"]*" fill="[^"]*"\/>)+)(<\/g>)/g,
    (_, open: string, cells: string, close: string) => {
      const byFill = new Map<string, string[]>();
      for (const [, d, fill] of cells.matchAll(/<path d="([^"]*)" fill="([^"]*)"\/>/g)) {
        byFill.set(fill, [...(byFill.get(fill) ?? []), d]);
      }
      const joined = [...byFill].map(([fill, paths]) => `<path d="${paths.join("")}" fill="${fill}"/>`);
      return open + joined.join("") + close;
    },
  );
}

/**
 * The markers of a line chart carry their values as `aria-label` (the only marks with vega's ARIA on,
 * plots.ts); an SVG <title> child instead makes the browser show them when the pointer rests on a marker.
 * The chart's root is one labelled image, so assistive technology reads its description, not every point.
 */
function markerTitles(svg: string): string {
  // vega then also labels the groups it considers guides (the title): the root's label covers them
  return svg
    .replace(/(<g\b[^>]*?) aria-label="[^"]*"/g, "$1")
    .replace(
      /<path([^>]*?) aria-label="([^"]*)"([^>]*?)\/>/g,
      (_, before: string, label: string, after: string) =>
        `<path${before}${after}><title>${label}</title></path>`,
    );
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/**
 * Renders a vega-lite specification to an SVG string in Node: vega-lite compiles it to vega, and a
 * headless vega view (`renderer: "none"`, no canvas, no network) serialises the scene graph. The
 * root element becomes an image labelled `description` for assistive technology.
 */
export async function renderVegaLiteToSvg(spec: TopLevelSpec, description: string): Promise<string> {
  const vegaSpec = compile(spec).spec;
  // vega-lite leaves out a legend's type when it is its default, symbol; vega then draws the key of a
  // threshold scale as a bar with labels that overlap. A legend given a symbolType wants symbols.
  for (const legend of vegaSpec.legends ?? []) {
    if (legend.symbolType !== undefined && legend.type === undefined) legend.type = "symbol";
  }
  const view = new vega.View(vega.parse(vegaSpec), { renderer: "none" });
  try {
    const svg = compactSvg(await view.toSVG());
    return svg.replace(/^<svg\b/, `<svg role="img" aria-label="${escapeAttribute(description)}"`);
  } finally {
    view.finalize();
  }
}
