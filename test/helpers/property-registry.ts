import { builtinRegistry } from "../../src/builtins/registry.js";

/** The built-in plugins, in which a property tester looks its inputs' engines up. */
export const registry = builtinRegistry();

/** The global (secular) Lindblad engine: the Davies generator in the eigenbasis of H_S. */
export const globalLindblad = registry.engine("global-lindblad");

/** The local Lindblad engine: each bath acting on its own site's bare operators. */
export const localLindblad = registry.engine("local-lindblad");
