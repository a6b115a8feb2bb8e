import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

/**
 * The directory holding qmebench's package.json, found by walking up from this module: the sources live
 * in src/, the compiled code in dist/src/, and cases/ and reports/ sit at the root in both layouts.
 */
export const PACKAGE_ROOT: string = (() => {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, "package.json");
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, "utf8")).name === "qmebench") return dir;
    const parent = dirname(dir);
    if (parent === dir)
      throw new Error("qmebench: cannot find the package root (package.json named qmebench)");
    dir = parent;
  }
})();

export const PACKAGE_VERSION: string = JSON.parse(
  readFileSync(join(PACKAGE_ROOT, "package.json"), "utf8"),
).version;

/** True under the TypeScript sources (tests), false in the compiled dist/ and in the bundled CLI. */
const RUNNING_FROM_SOURCES = import.meta.url.endsWith(".ts");

/**
 * The URL of a module of src/ by its path there with a .js suffix (e.g. `runner/sweep-chunk.js`), for
 * worker threads and task modules loaded at run time. It points into dist/src/ from compiled code,
 * including the bundled CLI (dist/cli/qmebench.js), whose modules share one import.meta.url; under the
 * TypeScript sources it points into src/, where the test runner maps .js to .ts.
 */
export function sourceModuleUrl(path: string): string {
  return pathToFileURL(join(PACKAGE_ROOT, ...(RUNNING_FROM_SOURCES ? [] : ["dist"]), "src", path)).href;
}
