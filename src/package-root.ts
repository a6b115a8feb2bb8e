import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

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
