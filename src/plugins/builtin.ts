import globalLindblad from "../../engines/global-lindblad/index.js";
import localLindblad from "../../engines/local-lindblad/index.js";
import completePositivity from "../../properties/complete-positivity.js";
import currentConservation from "../../properties/current-conservation.js";
import gibbsState from "../../properties/gibbs-state.js";
import hermiticityPreservation from "../../properties/hermiticity-preservation.js";
import referenceValues from "../../properties/reference-values.js";
import secondLaw from "../../properties/second-law.js";
import steadyStatePositivity from "../../properties/steady-state-positivity.js";
import tracePreservation from "../../properties/trace-preservation.js";
import tsirelsonBound from "../../properties/tsirelson-bound.js";
import type { Engine } from "./engine.js";
import type { Property } from "./property.js";
import { PluginRegistry } from "./registry.js";

/** The built-in engines, in report order. Registering an engine here puts it under the shared harness. */
export const BUILTIN_ENGINES: readonly Engine[] = [localLindblad, globalLindblad];

/** The built-in properties, in report order. */
export const BUILTIN_PROPERTIES: readonly Property[] = [
  tracePreservation,
  hermiticityPreservation,
  completePositivity,
  steadyStatePositivity,
  gibbsState,
  secondLaw,
  currentConservation,
  tsirelsonBound,
  referenceValues,
];

export function builtinRegistry(): PluginRegistry {
  const registry = new PluginRegistry();
  for (const engine of BUILTIN_ENGINES) registry.registerEngine(engine);
  for (const property of BUILTIN_PROPERTIES) registry.registerProperty(property);
  return registry;
}
