import { accessSync, constants, statSync } from "node:fs";

/** Where to look for the browser: $CHROMIUM_PATH, then the paths of Debian's chromium package. */
export const CHROMIUM_PATHS: readonly string[] = [
  process.env.CHROMIUM_PATH,
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
].filter((path): path is string => path !== undefined && path !== "");

function isExecutableFile(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** The first Chromium found, or undefined (the browser tests are then skipped, with the reason). */
export const chromiumExecutable: string | undefined = CHROMIUM_PATHS.find(isExecutableFile);
