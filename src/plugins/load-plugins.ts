import { existsSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { InputError } from "../input-error.js";
import type { Engine } from "./engine.js";
import type { Property } from "./property.js";
import type { PluginRegistry } from "./registry.js";

/** The config file looked up in the working directory: `{ "plugins": ["./my-engine.js", ...] }`. */
export const CONFIG_FILE_NAME = "qmebench.config.json";

const ENGINE_CAPABILITIES = ["generator", "steadyState", "evolve", "currents"] as const;

function describeValue(value: unknown): string {
  if (value === null || value === undefined) return String(value);
  if (typeof value !== "object") return `${typeof value} ${JSON.stringify(value)}`;
  return `an object with keys ${Object.keys(value).join(", ") || "(none)"}`;
}

function isEngine(value: unknown): value is Engine {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.id === "string" &&
    typeof v.title === "string" &&
    typeof v.supports === "function" &&
    ENGINE_CAPABILITIES.some((c) => typeof v[c] === "function")
  );
}

function isProperty(value: unknown): value is Property {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.id === "string" &&
    typeof v.title === "string" &&
    typeof v.source === "string" &&
    typeof v.appliesTo === "function" &&
    typeof v.check === "function"
  );
}

/**
 * Loads one plugin module (an engine or a property as its default export, or arrays `engines` /
 * `properties` of them) and registers what it exports. A module that exports no valid plugin is an
 * input error naming the file and what was expected.
 */
export async function loadPluginModule(
  path: string,
  registry: PluginRegistry,
  baseDir = process.cwd(),
): Promise<void> {
  const file = resolve(baseDir, path);
  if (!existsSync(file)) {
    throw new InputError({
      file: path,
      path: "",
      expected: "an existing JavaScript module (.js or .mjs)",
      got: "no such file",
    });
  }
  let module: Record<string, unknown>;
  try {
    module = await import(pathToFileURL(file).href);
  } catch (error) {
    throw new InputError({
      file: path,
      path: "",
      expected: "a JavaScript ES module that loads",
      got: `an import error: ${(error as Error).message}`,
    });
  }
  const candidates: { value: unknown; where: string }[] = [];
  if ("default" in module) candidates.push({ value: module.default, where: "default export" });
  for (const key of ["engines", "properties"] as const) {
    const list = module[key];
    if (Array.isArray(list)) {
      for (const [i, value] of list.entries()) candidates.push({ value, where: `${key}[${i}]` });
    }
  }
  if (candidates.length === 0) {
    throw new InputError({
      file: path,
      path: "default",
      expected: "a default export (an engine or a property) or arrays named `engines` / `properties`",
      got: `exports ${Object.keys(module).join(", ") || "(none)"}`,
    });
  }
  for (const { value, where } of candidates) {
    if (isEngine(value)) registry.registerEngine(value, path);
    else if (isProperty(value)) registry.registerProperty(value, path);
    else {
      throw new InputError({
        file: path,
        path: where,
        expected:
          "an engine (id, title, supports() and one of generator/steadyState/evolve/currents) " +
          "or a property (id, title, source, appliesTo(), check())",
        got: describeValue(value),
      });
    }
  }
}

/** Plugins listed in a config file (default: qmebench.config.json in the working directory, if present). */
export async function loadConfiguredPlugins(registry: PluginRegistry, configPath?: string): Promise<void> {
  const file = resolve(configPath ?? CONFIG_FILE_NAME);
  if (!existsSync(file)) {
    if (configPath)
      throw new InputError({
        file: configPath,
        path: "",
        expected: "an existing JSON config file",
        got: "no such file",
      });
    return;
  }
  const label = configPath ?? CONFIG_FILE_NAME;
  let config: unknown;
  try {
    config = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new InputError({ file: label, path: "", expected: "valid JSON", got: (error as Error).message });
  }
  const plugins = (config as { plugins?: unknown })?.plugins;
  if (plugins === undefined) return;
  if (!Array.isArray(plugins) || !plugins.every((p) => typeof p === "string")) {
    throw new InputError({
      file: label,
      path: "plugins",
      expected: "an array of module paths",
      got: describeValue(plugins),
    });
  }
  for (const plugin of plugins) await loadPluginModule(plugin, registry, dirname(file));
}
