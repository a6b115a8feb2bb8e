import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { PACKAGE_ROOT } from "../../src/package-root.js";
import type { ExternalEngineSpec } from "../../src/plugins/external-engine-spec.js";

/** The QuTiP adapter's entry point. */
export const QUTIP_ADAPTER = join(PACKAGE_ROOT, "adapters", "qutip", "qmebench_qutip.py");

/**
 * A Python interpreter that imports QuTiP, or undefined: $QMEBENCH_PYTHON, else `python3` on the path,
 * else Debian's /usr/bin/python3 (where python3-qutip installs; a pyenv python3 on the path may lack it).
 */
export const qutipPython: string | undefined = [process.env.QMEBENCH_PYTHON, "python3", "/usr/bin/python3"]
  .filter((candidate): candidate is string => candidate !== undefined && candidate !== "")
  .find((candidate) => spawnSync(candidate, ["-c", "import qutip"], { stdio: "ignore" }).status === 0);

/** Any python3 (for the adapter without QuTiP), or undefined. */
export const anyPython: string | undefined =
  qutipPython ??
  ["python3", "/usr/bin/python3"].find(
    (candidate) => spawnSync(candidate, ["--version"], { stdio: "ignore" }).status === 0,
  );

/** The adapter run by `python` (with `flags` before the script), as a config file would declare it. */
export function qutipAdapterSpec(python: string, flags: string[] = []): ExternalEngineSpec {
  return {
    command: [python, ...flags, QUTIP_ADAPTER],
    cwd: PACKAGE_ROOT,
    timeoutSeconds: 120,
    origin: "test: QuTiP adapter",
  };
}
