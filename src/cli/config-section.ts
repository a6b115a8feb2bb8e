import { existsSync, readFileSync } from "node:fs";
import { InputError } from "../input-error.js";
import { CONFIG_FILE_NAME } from "../plugins/load-plugins.js";
import type { TaskSetup } from "../plugins/task-context.js";

/**
 * One section of the config file a command uses (`--config`, else qmebench.config.json in the working
 * directory unless `--no-config`), or undefined without one. The file itself is validated when the
 * plugins load (load-plugins.ts).
 */
export function configSection(setup: TaskSetup, key: string): { value: unknown; file: string } | undefined {
  if (setup.ignoreConfig && !setup.config) return undefined;
  const file = setup.config ?? CONFIG_FILE_NAME;
  if (!existsSync(file)) return undefined;
  try {
    const config = JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
    return key in config ? { value: config[key], file } : undefined;
  } catch (error) {
    throw new InputError({ file, path: "", expected: "valid JSON", got: (error as Error).message });
  }
}
