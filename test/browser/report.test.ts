import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PAPERS } from "../../src/builtins/papers.js";
import { PACKAGE_ROOT } from "../../src/package-root.js";
import { CHROMIUM_PATHS, chromiumExecutable as executable } from "./chromium.js";
import { figureClaims, overflowingElements, type PageReference, pageReferences } from "./page-audits.js";
import { renderReport } from "./render-report.js";

/**
 * The HTML report as a reader sees it: the default suite's report opened offline in Debian's Chromium.
 * Screenshots of every figure and of the page at phone width go to reports/out/screenshots/ (a CI artifact).
 */
const SCREENSHOTS = join(PACKAGE_ROOT, "reports", "out", "screenshots");
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };
/** External links the report may carry (never fetched): the papers' DOI and arXiv pages. */
const CITATION_HOSTS = ["doi.org", "dx.doi.org", "arxiv.org", "www.arxiv.org"];

const title = executable
  ? `the HTML report in Chromium (${executable})`
  : `the HTML report in Chromium — skipped: no Chromium executable at ${CHROMIUM_PATHS.join(", ")} ` +
    "(apt-get install chromium, or set $CHROMIUM_PATH)";
const test = it.skipIf(!executable);

describe(title, () => {
  let scratch: string;
  let report: string;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const problems: string[] = []; // console and page errors
  const fetched: string[] = []; // network requests, all blocked

  /** A page at `viewport` with the report loaded, its errors and network requests recorded. */
  async function openReport(viewport: { width: number; height: number }): Promise<Page> {
    const opened = await context.newPage();
    await opened.setViewportSize(viewport);
    opened.on("console", (message) => {
      if (message.type() === "error")
        problems.push(`console error: ${message.text()} (${message.location().url || "the page"})`);
    });
    opened.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
    await opened.goto(pathToFileURL(report).href, { waitUntil: "load" });
    return opened;
  }

  beforeAll(async () => {
    if (!executable) return;
    scratch = mkdtempSync(join(tmpdir(), "qmebench-browser-"));
    report = await renderReport(join(scratch, "out"));
    browser = await chromium.launch({ executablePath: executable });
    context = await browser.newContext();
    await context.route("**/*", (route) => {
      const url = route.request().url();
      if (url.startsWith("file:") || url.startsWith("data:")) return route.continue();
      fetched.push(url);
      return route.abort();
    });
    page = await openReport(DESKTOP);
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  test("loads offline, without a console error or a page error", async () => {
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await page.waitForLoadState("networkidle");
    expect(fetched, "network requests attempted").toEqual([]);
    expect(problems).toEqual([]);
  });

  test("fits a 1280 × 900 window: no element wider than its container, no horizontal page scroll", async () => {
    expect(await page.evaluate(overflowingElements)).toEqual([]);
    const widths = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      window: window.innerWidth,
    }));
    expect(widths.page, "the page's scroll width against the window's").toBeLessThanOrEqual(widths.window);
  });

  test("shows every figure of every paper, each with a ✓/✗/? verdict on each of its claims", async () => {
    const figures = await page.evaluate(figureClaims);
    const missing = PAPERS.flatMap((paper) => paper.figures.map((figure) => figure.id)).filter(
      (id) => !figures.some((figure) => figure.id.endsWith(`-figure-${id}`)),
    );
    expect(missing, "figures of the papers without a section in the report").toEqual([]);
    const unjudged = figures.flatMap((figure) =>
      figure.claims.length === 0
        ? [`${figure.id} (${figure.title}): no claims`]
        : figure.claims
            .filter((claim) => !/^[✓✗?]\s*\p{L}/u.test(claim.verdict))
            .map((claim) => `${figure.id}: no verdict on "${claim.claim}" (verdict cell "${claim.verdict}")`),
    );
    expect(unjudged).toEqual([]);
  });

  test("shows a marker's values where the pointer rests on its centre (the SVG title of the marker hit)", async () => {
    const hits = await page.evaluate(() => {
      const markers = [...document.querySelectorAll("figure.chart svg .mark-symbol path:has(> title)")];
      const sample = markers.filter((_, k) => k % Math.max(1, Math.floor(markers.length / 40)) === 0);
      return {
        markers: markers.length,
        missed: sample.flatMap((marker) => {
          marker.scrollIntoView({ block: "center" });
          const box = marker.getBoundingClientRect();
          const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
          const title = hit?.closest("path")?.querySelector("title")?.textContent ?? "";
          return /^.+: .+ = .+, .+ = .+$/.test(title)
            ? []
            : [`${marker.querySelector("title")?.textContent}`];
        }),
      };
    });
    expect(hits.markers).toBeGreaterThan(100);
    expect(hits.missed).toEqual([]);
  });

  test("links only to ids on the page, existing files, data: URIs and DOI/arXiv pages", async () => {
    const references = await page.evaluate(pageReferences);
    expect(references.some((reference) => reference.written.startsWith("#"))).toBe(true);
    const broken = references
      .map((reference) => ({ reference, problem: brokenBecause(reference) }))
      .filter(({ problem }) => problem !== undefined)
      .map(({ reference, problem }) => `${reference.element} → ${reference.written}: ${problem}`);
    expect(broken).toEqual([]);
  });

  test("writes a screenshot of each figure and of the whole page at 390 px width", async () => {
    rmSync(SCREENSHOTS, { recursive: true, force: true });
    mkdirSync(SCREENSHOTS, { recursive: true });
    const sections = page.locator("section.figure");
    const written: string[] = [];
    for (const section of await sections.all()) {
      const path = join(SCREENSHOTS, `${await section.getAttribute("id")}.png`);
      await section.screenshot({ path });
      written.push(path);
    }
    const phone = await openReport(PHONE);
    written.push(join(SCREENSHOTS, "report-390px.png"));
    await phone.screenshot({ path: written.at(-1), fullPage: true });
    for (const path of written) expect(statSync(path).size, path).toBeGreaterThan(0);
    expect(fetched, "network requests attempted").toEqual([]);
    expect(problems).toEqual([]);
  }, 300_000);
});

/** Why a reference of the page is broken, or undefined when it resolves. */
function brokenBecause(reference: PageReference): string | undefined {
  const url = new URL(reference.url);
  if (url.protocol === "data:") return undefined;
  if (reference.targetExists !== null) return reference.targetExists ? undefined : "no element has that id";
  if (url.protocol === "file:")
    return existsSync(fileURLToPath(url.href.replace(/#.*$/, ""))) ? undefined : "no such file";
  if (url.protocol === "https:" && CITATION_HOSTS.includes(url.hostname)) return undefined;
  return "an external address other than a DOI or arXiv page";
}
