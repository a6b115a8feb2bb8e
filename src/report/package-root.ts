import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The directory of qmebench's package.json, found by walking up from a module's URL. Works from the
 * sources (src/report/) and from the compiled code (dist/src/report/) alike.
 */
export function packageRoot(moduleUrl: string = import.meta.url): string {
  let directory = dirname(fileURLToPath(moduleUrl));
  for (;;) {
    if (existsSync(join(directory, "package.json"))) return directory;
    const parent = dirname(directory);
    if (parent === directory) {
      throw new Error(
        `qmebench: no package.json above ${fileURLToPath(moduleUrl)}; the report templates cannot be found.`,
      );
    }
    directory = parent;
  }
}
