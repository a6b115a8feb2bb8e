import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, normalize, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { PACKAGE_ROOT } from "../../src/package-root.js";

/**
 * The layers of the code, lowest first: a module may import from its own layer and the ones below, never
 * from one above (so that a physicist can read a layer without the ones on top, and plugins cannot
 * reach into the command line). Files directly in src/ (input errors, atomic writes, the package root)
 * are the base every layer may use. src/external (engines in other programs) sits on the plugin
 * contracts; engines/ and properties/ are plugins: above the plugin contracts, below the runner.
 */
const LAYERS = [
  "base",
  "linalg",
  "operators",
  "physics",
  "superoperators",
  "solvers",
  "dynamics",
  "measures",
  "cases",
  "plugins",
  "external",
  "plugin-modules",
  "runner",
  "baselines",
  "benchmarks",
  "testing",
  "papers",
  "builtins",
  "report",
  "cli",
];

function layerOf(file: string): string | undefined {
  const [top, second, third] = relative(PACKAGE_ROOT, file).split(/[\\/]/);
  if (top === "engines" || top === "properties") return "plugin-modules";
  if (top !== "src") return undefined;
  return third === undefined ? "base" : second;
}

function sourceFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith(".ts") ? [path] : [];
  });
}

const IMPORT = /(?:from|import)\s*\(?\s*"(\.{1,2}\/[^"]+)"/g;

describe("layers", () => {
  const files = ["src", "engines", "properties"].flatMap((dir) => sourceFiles(join(PACKAGE_ROOT, dir)));

  it("every source file sits in a known layer", () => {
    const unknown = files.filter((file) => !LAYERS.includes(layerOf(file) ?? "?"));
    expect(unknown.map((f) => relative(PACKAGE_ROOT, f))).toEqual([]);
    expect(files.length).toBeGreaterThan(100);
  });

  it("no module imports from a layer above its own", () => {
    const upward: string[] = [];
    let imports = 0;
    for (const file of files) {
      const own = LAYERS.indexOf(layerOf(file)!);
      for (const match of readFileSync(file, "utf8").matchAll(IMPORT)) {
        imports++;
        const target = normalize(join(dirname(file), match[1]));
        const layer = layerOf(target);
        if (layer !== undefined && LAYERS.indexOf(layer) > own) {
          upward.push(`${relative(PACKAGE_ROOT, file)} (${layerOf(file)}) imports ${match[1]} (${layer})`);
        }
      }
    }
    expect(upward).toEqual([]);
    expect(imports).toBeGreaterThan(500);
  });
});
