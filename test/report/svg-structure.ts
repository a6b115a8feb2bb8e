/**
 * Minimal markup inspection for the report tests (no DOM in Node): tag balance of XML/HTML and
 * helpers to pull elements out of vega's SVG.
 */

const HTML_VOID_ELEMENTS = new Set([
  "area",
  "base",
  "br",
  "col",
  "embed",
  "hr",
  "img",
  "input",
  "link",
  "meta",
  "source",
  "track",
  "wbr",
]);

/**
 * Checks that every element is closed in the right order (XML rules; with `html`, the HTML void
 * elements need no closing tag). Returns the first problem, or undefined when the markup is balanced.
 */
export function unbalancedTag(markup: string, html = false): string | undefined {
  const withoutComments = markup.replace(/<!--[\s\S]*?-->/g, "").replace(/<!DOCTYPE[^>]*>/i, "");
  const stack: string[] = [];
  for (const match of withoutComments.matchAll(/<(\/?)([A-Za-z][\w:-]*)\b[^>]*?(\/?)>/g)) {
    const [, closing, rawName, selfClosing] = match;
    const name = rawName.toLowerCase();
    if (selfClosing || (html && HTML_VOID_ELEMENTS.has(name))) continue;
    if (!closing) {
      stack.push(name);
    } else if (stack.pop() !== name) {
      return `unexpected </${name}> at offset ${match.index}`;
    }
  }
  return stack.length === 0 ? undefined : `unclosed <${stack[stack.length - 1]}>`;
}

/** The `d` attributes of the paths inside vega mark groups of one type (e.g. `line`, `rect`). */
export function markPaths(svg: string, markType: string): string[] {
  const paths: string[] = [];
  const groupPattern = new RegExp(`<g class="mark-${markType} role-mark[^"]*"[^>]*>([\\s\\S]*?)</g>`, "g");
  for (const group of svg.matchAll(groupPattern)) {
    for (const path of group[1].matchAll(/<path\b[^>]*\sd="([^"]*)"/g)) paths.push(path[1]);
  }
  return paths;
}

/** The text content of every <text> element, entities decoded for the few vega writes. */
export function svgTexts(svg: string): string[] {
  return [...svg.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)].map((m) =>
    m[1]
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, "&"),
  );
}
