import { appendFileSync, existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { writeFileAtomic } from "../atomic-write.js";
import { InputError } from "../input-error.js";
import { junitReport } from "./junit-report.js";
import { markdownReport } from "./markdown-report.js";
import type { RunReport } from "./run-report.js";

/**
 * A reporter (in the style of Vitest's): turns a run's report into files in the output directory and
 * returns their paths. Third-party reporters are modules whose default export has this shape, selected
 * by path in `--reporter`.
 */
export interface Reporter {
  id: string;
  write(report: RunReport, outDir: string): Promise<string[]>;
}

const html: Reporter = {
  id: "html",
  async write(report, outDir) {
    const { renderHtmlReport } = await import("./render-html.js");
    const file = join(outDir, "index.html");
    writeFileAtomic(file, await renderHtmlReport(report));
    return [file];
  },
};

const json: Reporter = {
  id: "json",
  async write(report, outDir) {
    const file = join(outDir, "results.json");
    writeFileAtomic(
      file,
      `${JSON.stringify({ ...report.results, ...(report.baseline ? { baseline: report.baseline } : {}) }, null, 2)}\n`,
    );
    return [file];
  },
};

const junit: Reporter = {
  id: "junit",
  async write(report, outDir) {
    const file = join(outDir, "junit.xml");
    writeFileAtomic(file, junitReport(report));
    return [file];
  },
};

/** Markdown into summary.md, and appended to $GITHUB_STEP_SUMMARY when CI provides one. */
const markdown: Reporter = {
  id: "markdown",
  async write(report, outDir) {
    const file = join(outDir, "summary.md");
    const text = markdownReport(report);
    writeFileAtomic(file, text);
    const summary = process.env.GITHUB_STEP_SUMMARY;
    if (summary) appendFileSync(summary, text);
    return [file];
  },
};

/** The built-in reporters by id. */
export const BUILTIN_REPORTERS: Readonly<Record<string, Reporter>> = { html, json, junit, markdown };

/** `--reporter html,json,junit,markdown,./my-reporter.mjs`: built-in ids, or paths of reporter modules. */
export async function selectReporters(list: readonly string[], flag = "--reporter"): Promise<Reporter[]> {
  if (list.length === 0)
    throw new InputError({ file: flag, path: "", expected: "at least one reporter", got: '""' });
  const reporters: Reporter[] = [];
  for (const name of list) {
    if (name in BUILTIN_REPORTERS) {
      reporters.push(BUILTIN_REPORTERS[name]);
      continue;
    }
    const path = resolve(name);
    if (!/[./\\]/.test(name) || !existsSync(path)) {
      throw new InputError({
        file: flag,
        path: "",
        expected: `one of ${Object.keys(BUILTIN_REPORTERS).join(", ")} or the path of a reporter module`,
        got: JSON.stringify(name),
      });
    }
    const loaded = (await import(pathToFileURL(path).href)).default as Reporter | undefined;
    if (typeof loaded?.id !== "string" || typeof loaded.write !== "function") {
      throw new InputError({
        file: name,
        path: "default",
        expected: "a reporter { id, write(report, outDir) }",
        got: typeof loaded,
      });
    }
    reporters.push(loaded);
  }
  return reporters;
}
