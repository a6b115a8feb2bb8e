import { registerExternalEngines } from "../external/register-external-engines.js";
import { loadConfiguredPlugins, loadPluginModule } from "../plugins/load-plugins.js";
import type { PluginRegistry } from "../plugins/registry.js";
import type { TaskSetup } from "../plugins/task-context.js";
import { builtinEngineRegistry } from "./engines.js";

/**
 * The registry a command works with: the built-in plugins, then those of the config file (unless
 * `ignoreConfig`), then those given by --plugin, then the external engines of the config file and of
 * --engine-command (their programs started for this thread). Commands that check no properties and draw
 * no figures (solve, sweep, and every worker thread) pass `everything: false` and start faster: only the
 * built-in engines are loaded.
 */
export async function loadRegistry(
  setup: TaskSetup,
  { everything = true }: { everything?: boolean } = {},
): Promise<PluginRegistry> {
  const registry = everything ? (await import("./registry.js")).builtinRegistry() : builtinEngineRegistry();
  const externalEngines = setup.ignoreConfig ? [] : await loadConfiguredPlugins(registry, setup.config);
  for (const path of setup.plugins) await loadPluginModule(path, registry);
  registerExternalEngines(registry, [...externalEngines, ...(setup.engineCommands ?? [])]);
  return registry;
}
