import globalLindblad from "../../engines/global-lindblad/index.js";
import kraus from "../../engines/kraus/index.js";
import localLindblad from "../../engines/local-lindblad/index.js";
import newnsEpa from "../../engines/newns-epa/index.js";
import newnsExact from "../../engines/newns-exact/index.js";
import perturbative from "../../engines/perturbative/index.js";
import redfield from "../../engines/redfield/index.js";
import weakCouplingLimit from "../../engines/weak-coupling-limit/index.js";
import type { EngineDefinition } from "../plugins/engine.js";
import { PluginRegistry } from "../plugins/registry.js";

/** The built-in engines, in report order. Registering an engine here puts it under the shared harness. */
export const BUILTIN_ENGINES: readonly EngineDefinition[] = [
  localLindblad,
  globalLindblad,
  redfield,
  weakCouplingLimit,
  perturbative,
  newnsExact,
  newnsEpa,
  kraus,
];

/**
 * A registry of the built-in engines only: what worker threads that solve points need, without loading
 * the properties and figures (sweeps start faster).
 */
export function builtinEngineRegistry(): PluginRegistry {
  const registry = new PluginRegistry();
  for (const engine of BUILTIN_ENGINES) registry.registerEngine(engine);
  return registry;
}
