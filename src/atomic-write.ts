import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";

/**
 * Writes a file so that a crash never leaves it half written: the text goes to a temporary file beside
 * it, which is then renamed over the target (atomic on POSIX file systems). The previous result stays
 * whole until the new one is complete. Creates the directory when needed.
 */
export function writeFileAtomic(target: string, text: string): void {
  const directory = dirname(target);
  mkdirSync(directory, { recursive: true });
  const temporary = join(directory, `.${basename(target)}.${process.pid}.tmp`);
  try {
    writeFileSync(temporary, text, "utf8");
    renameSync(temporary, target);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
