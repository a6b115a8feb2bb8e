import { InputError } from "../input-error.js";
import type { Problem } from "../physics/problem.js";
import type { Engine, EngineCapabilities, EngineContext, EngineDefinition, EngineOptions } from "./engine.js";
import { resolveEngineOptions } from "./engine-options.js";
import type { Figure } from "./figure.js";
import type { Property } from "./property.js";

/** Where a plugin came from: `built-in` or the path it was loaded from. */
export type PluginOrigin = string;

type Kind = "engine" | "property" | "figure";

/**
 * The one registry of engines, properties and figures, keyed by id (duplicate ids are an error). Engines
 * are bound to the registry's context when registered (EngineDefinition.create), so an engine that wraps
 * another finds it here, built-in or loaded by --plugin.
 */
export class PluginRegistry {
  private readonly maps: { [K in Kind]: Map<string, { plugin: PluginOf<K>; origin: PluginOrigin }> } = {
    engine: new Map(),
    property: new Map(),
    figure: new Map(),
  };
  readonly context: EngineContext = {
    engine: (id, where = "--engine") => this.engine(id, where),
    engines: () => this.engines,
    optionsFor: (engine, problem, given = {}) => this.optionsFor(engine, problem, given),
  };

  registerEngine(definition: EngineDefinition, origin: PluginOrigin = "built-in"): void {
    this.checkNew("engine", definition.id, origin);
    this.maps.engine.set(definition.id, { plugin: bindEngine(definition, this.context), origin });
  }

  registerProperty(property: Property, origin: PluginOrigin = "built-in"): void {
    this.checkNew("property", property.id, origin);
    this.maps.property.set(property.id, { plugin: property, origin });
  }

  registerFigure(figure: Figure, origin: PluginOrigin = "built-in"): void {
    this.checkNew("figure", figure.id, origin);
    this.maps.figure.set(figure.id, { plugin: figure, origin });
  }

  get engines(): Engine[] {
    return [...this.maps.engine.values()].map((e) => e.plugin);
  }

  get properties(): Property[] {
    return [...this.maps.property.values()].map((p) => p.plugin);
  }

  get figures(): Figure[] {
    return [...this.maps.figure.values()].map((f) => f.plugin);
  }

  engine(id: string, where = "--engine"): Engine {
    return this.lookup("engine", id, where);
  }

  property(id: string, where = "--properties"): Property {
    return this.lookup("property", id, where);
  }

  figure(id: string, where = "--figures"): Figure {
    return this.lookup("figure", id, where);
  }

  originOf(kind: Kind, id: string): PluginOrigin | undefined {
    return this.maps[kind].get(id)?.origin;
  }

  /**
   * An engine's options for a problem: the case's engineOptions for that engine, overridden by `given`
   * (the command line), validated against the engine's schema with the defaults filled in.
   */
  optionsFor(engine: Engine, problem: Problem, given: EngineOptions = {}, where = "--option"): EngineOptions {
    const fromCase = problem.engineOptions[engine.id] ?? {};
    const checkedCase = resolveEngineOptions(
      engine,
      fromCase,
      `case ${problem.caseId}: engineOptions.${engine.id}`,
    );
    const checkedGiven = resolveEngineOptions(engine, given, where);
    const merged: EngineOptions = { ...checkedCase };
    for (const name of Object.keys(given)) merged[name] = checkedGiven[name];
    return merged;
  }

  private lookup<K extends Kind>(kind: K, id: string, where: string): PluginOf<K> {
    const found = this.maps[kind].get(id);
    if (!found) {
      const known = [...this.maps[kind].keys()];
      throw new InputError({
        file: where,
        path: "",
        expected: known.length > 0 ? `one of ${known.join(", ")}` : `a registered ${kind} (none are)`,
        got: JSON.stringify(id),
      });
    }
    return found.plugin;
  }

  private checkNew(kind: Kind, id: string, origin: PluginOrigin): void {
    const existing = this.maps[kind].get(id);
    if (existing) {
      throw new InputError({
        file: origin,
        path: "id",
        expected: `${kind === "engine" ? "an" : "a"} ${kind} id not already registered (by ${existing.origin})`,
        got: JSON.stringify(id),
      });
    }
  }
}

type PluginOf<K extends Kind> = K extends "engine" ? Engine : K extends "property" ? Property : Figure;

/** The engine of a definition with its capabilities made for this context. */
export function bindEngine(definition: EngineDefinition, context: EngineContext): Engine {
  const capabilities: EngineCapabilities =
    "create" in definition ? definition.create(context) : (definition as EngineCapabilities);
  const { id, title, description, traits, options } = definition;
  return {
    id,
    title,
    description,
    traits,
    ...(options ? { options } : {}),
    supports: capabilities.supports,
    ...(capabilities.generator ? { generator: capabilities.generator } : {}),
    ...(capabilities.steadyState ? { steadyState: capabilities.steadyState } : {}),
    ...(capabilities.evolve ? { evolve: capabilities.evolve } : {}),
    ...(capabilities.currents ? { currents: capabilities.currents } : {}),
    traitsFor: capabilities.traitsFor ?? (() => traits),
  };
}
