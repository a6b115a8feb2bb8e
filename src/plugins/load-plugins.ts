import { existsSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { InputError } from "../input-error.js";
import type { EngineDefinition } from "./engine.js";
import { configuredEngineSpecs, type ExternalEngineSpec } from "./external-engine-spec.js";
import type { Figure } from "./figure.js";
import type { Property } from "./property.js";
import type { PluginRegistry } from "./registry.js";

/**
 * The config file looked up in the working directory: `{ "plugins": ["./my-engine.js", ...],
 * "engines": [{ "command": ["python3", "my_engine.py"] }] }`.
 */
export const CONFIG_FILE_NAME = "qmebench.config.json";

const ENGINE_CAPABILITIES = ["generator", "steadyState", "evolve", "currents"] as const;

/** The keys a config file may have. */
const CONFIG_KEYS = ["plugins", "engines", "baseline"];

function describeValue(value: unknown): string {
  if (value === null || value === undefined) return String(value);
  if (typeof value !== "object") return `${typeof value} ${JSON.stringify(value)}`;
  return `an object with keys ${Object.keys(value).join(", ") || "(none)"}`;
}

function isEngine(value: unknown): value is EngineDefinition {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Record<string, unknown>;
  const traits = v.traits as Record<string, unknown> | undefined;
  return (
    typeof v.id === "string" &&
    typeof v.title === "string" &&
    typeof traits === "object" &&
    traits !== null &&
    typeof traits.approximation === "string" &&
    (typeof v.create === "function" ||
      (typeof v.supports === "function" && ENGINE_CAPABILITIES.some((c) => typeof v[c] === "function")))
  );
}

function isProperty(value: unknown): value is Property {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.id === "string" &&
    typeof v.title === "string" &&
    typeof v.source === "string" &&
    typeof v.check === "function" &&
    (v.appliesTo === undefined || typeof v.appliesTo === "function")
  );
}

function isFigure(value: unknown): value is Figure {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.id === "string" &&
    typeof v.title === "string" &&
    typeof v.source === "string" &&
    Array.isArray(v.claims) &&
    v.claims.every(isFigureClaim) &&
    typeof v.compute === "function"
  );
}

/** A claim of a paper about a figure: every field a string (figure.ts FigureClaim). */
function isFigureClaim(value: unknown): boolean {
  const v = value as Record<string, unknown> | null;
  return ["id", "source", "statement", "quantity", "tolerance"].every((key) => typeof v?.[key] === "string");
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
  for (const key of ["engines", "properties", "figures"] as const) {
    const list = module[key];
    if (Array.isArray(list)) {
      for (const [i, value] of list.entries()) candidates.push({ value, where: `${key}[${i}]` });
    }
  }
  if (candidates.length === 0) {
    throw new InputError({
      file: path,
      path: "default",
      expected:
        "a default export (an engine, a property or a figure) or arrays named `engines`, `properties`, `figures`",
      got: `exports ${Object.keys(module).join(", ") || "(none)"}`,
    });
  }
  for (const { value, where } of candidates) {
    if (isEngine(value)) registry.registerEngine(value, path);
    else if (isProperty(value)) registry.registerProperty(value, path);
    else if (isFigure(value)) registry.registerFigure(value, path);
    else {
      throw new InputError({
        file: path,
        path: where,
        expected:
          "an engine (id, title, traits.approximation, and create() or supports() with one of " +
          "generator/steadyState/evolve/currents), a property (id, title, source, check()) or a figure " +
          "(id, title, source, claims [{id, source, statement, quantity, tolerance}], compute())",
        got: describeValue(value),
      });
    }
  }
}

/**
 * Plugins listed in a config file (default: qmebench.config.json in the working directory, if present).
 * Returns its external engines (programs, started by the caller), validated.
 */
export async function loadConfiguredPlugins(
  registry: PluginRegistry,
  configPath?: string,
): Promise<ExternalEngineSpec[]> {
  const file = resolve(configPath ?? CONFIG_FILE_NAME);
  if (!existsSync(file)) {
    if (configPath)
      throw new InputError({
        file: configPath,
        path: "",
        expected: "an existing JSON config file",
        got: "no such file",
      });
    return [];
  }
  const label = configPath ?? CONFIG_FILE_NAME;
  let config: unknown;
  try {
    config = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new InputError({ file: label, path: "", expected: "valid JSON", got: (error as Error).message });
  }
  if (typeof config !== "object" || config === null || Array.isArray(config)) {
    throw new InputError({
      file: label,
      path: "",
      expected: 'an object such as { "plugins": ["./my-engine.js"] }',
      got: describeValue(config),
    });
  }
  const unknown = Object.keys(config).filter((key) => !CONFIG_KEYS.includes(key));
  if (unknown.length > 0) {
    throw new InputError({
      file: label,
      path: unknown[0],
      expected: `one of the keys ${CONFIG_KEYS.join(", ")}`,
      got: JSON.stringify(unknown[0]),
    });
  }
  const { plugins = [], engines } = config as { plugins?: unknown; engines?: unknown };
  if (!Array.isArray(plugins) || !plugins.every((p) => typeof p === "string")) {
    throw new InputError({
      file: label,
      path: "plugins",
      expected: "an array of module paths",
      got: describeValue(plugins),
    });
  }
  const externalEngines = engines === undefined ? [] : configuredEngineSpecs(engines, label, dirname(file));
  for (const plugin of plugins) await loadPluginModule(plugin, registry, dirname(file));
  return externalEngines;
}
