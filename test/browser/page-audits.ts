/**
 * Audits evaluated inside the report's page (`page.evaluate(audit)`): each function is serialised on its
 * own, so it uses only the DOM and what it defines inside itself.
 */

/**
 * Elements and text that stick out past the right edge of their container: the nearest horizontal-scroll
 * (or clipping) wrapper keeps what it holds, anything else must fit the content box of the page's column
 * (main, header, footer, or body). Only the outermost offender of a nest is named. Closed <details> are
 * opened for the measurement, as a reader would, and closed again.
 */
export function overflowingElements(): string[] {
  const closed = [...document.querySelectorAll("details")].filter((d) => !d.open);
  for (const d of closed) d.open = true;
  try {
    const isColumn = (el: Element) => el === document.body || el.matches("main, header, footer");
    const contentRight = (el: Element) => {
      const style = getComputedStyle(el);
      return (
        el.getBoundingClientRect().right - parseFloat(style.paddingRight) - parseFloat(style.borderRightWidth)
      );
    };
    const describe = (el: Element) =>
      el.tagName.toLowerCase() +
      (el.id ? `#${el.id}` : "") +
      (el.getAttribute("class") ? `.${el.getAttribute("class")!.trim().split(/\s+/).join(".")}` : "");
    // the nearest column or wrapper that is not `overflow-x: visible`, the element itself included
    const containers = new Map<Element, Element>();
    const containerOf = (el: Element): Element => {
      let container = containers.get(el);
      if (container === undefined) {
        container =
          isColumn(el) || getComputedStyle(el).overflowX !== "visible" ? el : containerOf(el.parentElement!);
        containers.set(el, container);
      }
      return container;
    };
    const offenders = new Set<Node>();
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      const container = containerOf(node.parentElement!);
      if (!isColumn(container)) continue; // inside a scroll wrapper: it may scroll there
      let box: DOMRect;
      if (node instanceof Element) box = node.getBoundingClientRect();
      else if (node.textContent!.trim() !== "") {
        const range = document.createRange();
        range.selectNodeContents(node);
        box = range.getBoundingClientRect();
      } else continue;
      if (box.width === 0 && box.height === 0) continue;
      const over = box.right - contentRight(container);
      if (over <= 1) continue;
      offenders.add(node);
      if (node.parentElement !== null && offenders.has(node.parentElement)) continue;
      const what =
        node instanceof Element ? describe(node) : `text "${node.textContent!.trim().slice(0, 40)}"`;
      const section = node.parentElement?.closest("[id]");
      found.push(
        `${what}${section ? ` in #${section.id}` : ""}: ${Math.ceil(over)} px past the right edge of ${describe(container)}`,
      );
    }
    return found;
  } finally {
    for (const d of closed) d.open = false;
  }
}

/** One reference of the page to a place: a link, a source, or a `url(…)` in an attribute (SVG clips). */
export interface PageReference {
  /** The attribute's value as written. */
  written: string;
  /** Resolved against the page's address. */
  url: string;
  /** For a reference into this page: whether an element has that id. */
  targetExists: boolean | null;
  /** The element holding it. */
  element: string;
}

export function pageReferences(): PageReference[] {
  const here = document.baseURI.replace(/#.*$/, "");
  const out: PageReference[] = [];
  const add = (written: string, el: Element) => {
    const url = new URL(written, document.baseURI).href;
    const [address, fragment] = [
      url.replace(/#.*$/, ""),
      url.includes("#") ? url.slice(url.indexOf("#") + 1) : null,
    ];
    out.push({
      written,
      url,
      targetExists:
        address === here && fragment !== null
          ? fragment !== "" && document.getElementById(decodeURIComponent(fragment)) !== null
          : null,
      element: `${el.tagName.toLowerCase()} "${(el.textContent ?? "").trim().slice(0, 40)}"`,
    });
  };
  for (const el of document.querySelectorAll("*")) {
    for (const attribute of el.attributes) {
      if (["href", "xlink:href", "src", "poster", "action"].includes(attribute.name))
        add(attribute.value, el);
      for (const match of attribute.value.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)) add(match[1], el);
    }
  }
  return out;
}

/** Each figure section with its claims and the verdict cell of each (the claims table's first column). */
export function figureClaims(): {
  id: string;
  title: string;
  claims: { claim: string; verdict: string }[];
}[] {
  return [...document.querySelectorAll("section.figure")].map((section) => ({
    id: section.id,
    title: section.querySelector("h1, h2, h3, h4, h5, h6")?.textContent?.trim() ?? "",
    claims: [...section.querySelectorAll("table.claims tbody tr")].map((row) => ({
      claim: (row.children[1]?.textContent ?? "").trim().slice(0, 80),
      verdict: (row.children[0]?.textContent ?? "").trim(),
    })),
  }));
}
