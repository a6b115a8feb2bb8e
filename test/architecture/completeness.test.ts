import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { BUILTIN_ENGINES } from "../../src/builtins/engines.js";
import { PAPERS } from "../../src/builtins/papers.js";
import { builtinRegistry } from "../../src/builtins/registry.js";
import { allCases } from "../../src/cases/open-case.js";
import { PACKAGE_ROOT } from "../../src/package-root.js";

/**
 * Everything shipped is registered and tested: each engine in engines/ is a built-in engine (so the
 * engine harness runs it on every case), each property in properties/ and in the paper rooms is
 * registered and has a test file that feeds it passing and failing inputs through the property tester,
 * and each figure is registered and drawn by a case (so the figure harness computes it).
 */
const registry = builtinRegistry();

function testFilesUsing(tool: string): { file: string; text: string }[] {
  const out: { file: string; text: string }[] = [];
  const walk = (directory: string) => {
    for (const entry of readdirSync(directory, { withFileTypes: true })) {
      const path = join(directory, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith(".test.ts")) {
        const text = readFileSync(path, "utf8");
        if (text.includes(tool)) out.push({ file: path, text });
      }
    }
  };
  walk(join(PACKAGE_ROOT, "test"));
  return out;
}

describe("completeness", () => {
  it("every engine in engines/ is a built-in engine, under the engine harness", async () => {
    const directories = readdirSync(join(PACKAGE_ROOT, "engines"), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
    expect(directories.length).toBeGreaterThan(0);
    for (const directory of directories) {
      const module = await import(pathToFileURL(join(PACKAGE_ROOT, "engines", directory, "index.ts")).href);
      expect(BUILTIN_ENGINES, directory).toContain(module.default);
      expect(module.default.id, `engines/${directory} exports the engine of that id`).toBe(directory);
    }
    expect(testFilesUsing("engineHarness(").length).toBeGreaterThan(0);
  });

  it("every property (properties/ and the paper rooms) is registered and tested with the property tester", async () => {
    const modules = readdirSync(join(PACKAGE_ROOT, "properties"))
      .filter((name) => name.endsWith(".ts"))
      .map((name) => `properties/${name.replace(/\.ts$/, ".js")}`);
    for (const module of modules) {
      const property = (await import(pathToFileURL(join(PACKAGE_ROOT, module.replace(/\.js$/, ".ts"))).href))
        .default;
      expect(registry.property(property.id), module).toBe(property);
    }
    const paperProperties = PAPERS.flatMap((paper) => paper.properties.map((p) => p.id));
    const testers = testFilesUsing("propertyTester(");
    const untested = registry.properties
      .map((property) => property.id)
      .filter((id) => !testers.some(({ text }) => new RegExp(`/${id}\\.js"`).test(text)));
    expect(untested).toEqual([]);
    expect(paperProperties.length).toBeGreaterThan(0);
  });

  it("every figure is registered and drawn by a shipped case (so the figure harness computes it)", () => {
    const drawn = new Set(allCases().flatMap((prepared) => prepared.definition.figures ?? []));
    const figures = PAPERS.flatMap((paper) => paper.figures);
    expect(figures.length).toBeGreaterThan(0);
    for (const figure of figures) {
      expect(registry.figure(figure.id)).toBe(figure);
      expect(drawn.has(figure.id), `${figure.id} is listed by a case`).toBe(true);
    }
    expect(testFilesUsing("figureHarness(").length).toBeGreaterThan(0);
    expect(existsSync(join(PACKAGE_ROOT, "test", "papers", "figure-harness.test.ts"))).toBe(true);
  });
});
