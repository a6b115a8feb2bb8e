import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { PACKAGE_ROOT } from "../../src/package-root.js";

/** The compiled, bundled command line, as a user runs it (`npm test` builds it first through pretest). */
export const CLI = join(PACKAGE_ROOT, "dist", "cli", "qmebench.js");

/** What a run of the command line gave. */
export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `qmebench <args>` as a separate process in `cwd` (default: the package root), without the
 * progress bar, with `env` added to this process's environment.
 */
export function qmebench(
  args: readonly string[],
  { cwd = PACKAGE_ROOT, env = {} }: { cwd?: string; env?: Record<string, string> } = {},
): CliRun {
  const run = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: "utf8",
    env: { ...process.env, QMEBENCH_PROGRESS: "0", ...env },
    maxBuffer: 1 << 28, // sweeps stream their rows: room for a long one
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}
