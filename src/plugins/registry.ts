import { InputError } from "../input-error.js";
import type { Engine } from "./engine.js";
import type { Property } from "./property.js";

/** Where a plugin came from: `built-in` or the path it was loaded from. */
export type PluginOrigin = string;

/** One registry for engines and one for properties, keyed by id; duplicate ids are an error. */
export class PluginRegistry {
  private readonly engineMap = new Map<string, { plugin: Engine; origin: PluginOrigin }>();
  private readonly propertyMap = new Map<string, { plugin: Property; origin: PluginOrigin }>();

  registerEngine(engine: Engine, origin: PluginOrigin = "built-in"): void {
    const existing = this.engineMap.get(engine.id);
    if (existing) {
      throw new InputError({
        file: origin,
        path: "id",
        expected: `an engine id not already registered (by ${existing.origin})`,
        got: engine.id,
      });
    }
    this.engineMap.set(engine.id, { plugin: engine, origin });
  }

  registerProperty(property: Property, origin: PluginOrigin = "built-in"): void {
    const existing = this.propertyMap.get(property.id);
    if (existing) {
      throw new InputError({
        file: origin,
        path: "id",
        expected: `a property id not already registered (by ${existing.origin})`,
        got: property.id,
      });
    }
    this.propertyMap.set(property.id, { plugin: property, origin });
  }

  get engines(): Engine[] {
    return [...this.engineMap.values()].map((e) => e.plugin);
  }

  get properties(): Property[] {
    return [...this.propertyMap.values()].map((p) => p.plugin);
  }

  engine(id: string, where = "--engine"): Engine {
    const found = this.engineMap.get(id);
    if (!found) {
      throw new InputError({
        file: where,
        path: "",
        expected: `one of ${[...this.engineMap.keys()].join(", ")}`,
        got: id,
      });
    }
    return found.plugin;
  }

  property(id: string, where = "--properties"): Property {
    const found = this.propertyMap.get(id);
    if (!found) {
      throw new InputError({
        file: where,
        path: "",
        expected: `one of ${[...this.propertyMap.keys()].join(", ")}`,
        got: id,
      });
    }
    return found.plugin;
  }

  originOf(kind: "engine" | "property", id: string): PluginOrigin | undefined {
    return (kind === "engine" ? this.engineMap : this.propertyMap).get(id)?.origin;
  }
}
