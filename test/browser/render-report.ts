import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { PACKAGE_ROOT } from "../../src/package-root.js";

/** The compiled CLI (`npm test` builds it first). */
const CLI = join(PACKAGE_ROOT, "dist", "cli", "qmebench.js");

/**
 * Runs `qmebench run` on the default suite (every case, so every figure of every paper) into `outDir` and
 * returns the path of its index.html. Exit status 1 (a check failed) still writes the report.
 */
export function renderReport(outDir: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, "run", "--reporter", "html", "--out", outDir], {
      cwd: PACKAGE_ROOT,
      env: { ...process.env, QMEBENCH_PROGRESS: "0" },
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (status) => {
      const report = join(outDir, "index.html");
      if ((status === 0 || status === 1) && existsSync(report)) resolve(report);
      else reject(new Error(`qmebench run exited ${status} without a report:\n${stderr.slice(-4000)}`));
    });
  });
}
