import { accessSync, constants, existsSync, mkdirSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { InputError } from "../input-error.js";

function described(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? (error as Error).message;
}

/**
 * The directory a command will write into, checked before any work is done: a non-empty path that is a
 * directory or can be made one, and writable. Returns it resolved.
 */
export function outputDirectory(path: string, flag: string): string {
  if (path.trim() === "") {
    throw new InputError({ file: flag, path: "", expected: "a directory path", got: '""' });
  }
  const resolved = resolve(path);
  if (existsSync(resolved) && !statSync(resolved).isDirectory()) {
    throw new InputError({
      file: flag,
      path: "",
      expected: "a directory (or a path where one can be made)",
      got: `a file, ${path}`,
    });
  }
  try {
    mkdirSync(resolved, { recursive: true });
    accessSync(resolved, constants.W_OK);
  } catch (error) {
    throw new InputError({
      file: flag,
      path: "",
      expected: "a writable directory",
      got: `${path} (${described(error)})`,
    });
  }
  return resolved;
}

/** A file a command will write, checked likewise: not a directory, in a directory that is writable. */
export function outputFile(path: string, flag: string): string {
  if (path.trim() === "") {
    throw new InputError({ file: flag, path: "", expected: "a file path", got: '""' });
  }
  const resolved = resolve(path);
  if (existsSync(resolved) && statSync(resolved).isDirectory()) {
    throw new InputError({ file: flag, path: "", expected: "a file path", got: `a directory, ${path}` });
  }
  outputDirectory(dirname(resolved), flag);
  return resolved;
}
