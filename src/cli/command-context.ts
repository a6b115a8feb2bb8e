import type { Command } from "commander";
import { InputError } from "../input-error.js";
import { builtinEngineRegistry } from "../plugins/builtin-engines.js";
import type { EngineOptions } from "../plugins/engine.js";
import { loadConfiguredPlugins, loadPluginModule } from "../plugins/load-plugins.js";
import type { PluginRegistry } from "../plugins/registry.js";
import { parseAssignments, parseOptionValue } from "./assignments.js";

/** The global options every command sees (before the command name). */
export interface GlobalOptions {
  plugin: string[];
  config?: string;
}

/** Accumulates a repeatable option (`--set a=1 --set b=2`). */
export const collect = (value: string, previous: string[]): string[] => [...previous, value];

/**
 * The built-in plugins plus those of the config file and of `--plugin`, as every command uses them.
 * Commands that check no properties (solve, sweep) pass `properties: false` and start faster: the
 * built-in properties are then not loaded.
 */
export async function commandRegistry(
  program: Command,
  { properties = true }: { properties?: boolean } = {},
): Promise<PluginRegistry> {
  const globals = program.opts<GlobalOptions>();
  const registry = properties
    ? (await import("../plugins/builtin.js")).builtinRegistry()
    : builtinEngineRegistry();
  await loadConfiguredPlugins(registry, globals.config);
  for (const path of globals.plugin ?? []) await loadPluginModule(path, registry);
  return registry;
}

/** `--option name=value` items as engine options (numbers and booleans parsed). */
export function engineOptionsFrom(items: string[]): EngineOptions {
  return Object.fromEntries(
    Object.entries(parseAssignments(items, "--option")).map(([k, v]) => [k, parseOptionValue(v)]),
  );
}

/** A positive number (or integer) given on the command line. */
export function positiveNumber(text: string, flag: string, integer = false): number {
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0 || (integer && !Number.isInteger(value))) {
    throw new InputError({
      file: flag,
      path: "",
      expected: integer ? "a positive integer" : "a positive number",
      got: JSON.stringify(text),
    });
  }
  return value;
}
