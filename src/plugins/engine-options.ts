import { InputError } from "../input-error.js";
import type { EngineMeta, EngineOptionSpec, EngineOptions } from "./engine.js";

/**
 * An engine's options checked against its schema (EngineMeta.options) and completed with the defaults:
 * an unknown name, a value of the wrong type or out of range is an InputError that names `where` (the
 * flag or the case field), the option, what was expected and the known options.
 */
export function resolveEngineOptions(engine: EngineMeta, given: EngineOptions, where: string): EngineOptions {
  const schema = engine.options ?? {};
  const known = Object.keys(schema);
  const resolved: EngineOptions = {};
  for (const [name, value] of Object.entries(given)) {
    const spec = schema[name];
    if (!spec) {
      throw new InputError({
        file: where,
        path: name,
        expected:
          known.length === 0
            ? `no options (engine ${engine.id} has none)`
            : `an option of engine ${engine.id}: ${known.join(", ")}`,
        got: JSON.stringify(name),
      });
    }
    resolved[name] = checkedValue(spec, value, `${where}`, name, engine.id);
  }
  for (const name of known) if (!(name in resolved)) resolved[name] = schema[name].default;
  return resolved;
}

function checkedValue(
  spec: EngineOptionSpec,
  value: number | string | boolean,
  where: string,
  name: string,
  engine: string,
): number | string | boolean {
  const fail = (expected: string): never => {
    throw new InputError({
      file: where,
      path: name,
      expected: `${expected} (option ${name} of engine ${engine})`,
      got: JSON.stringify(value),
    });
  };
  const words = spec.values ?? [];
  switch (spec.type) {
    case "boolean":
      if (typeof value !== "boolean") fail("true or false");
      return value;
    case "string":
      if (typeof value !== "string" || (words.length > 0 && !words.includes(value))) {
        fail(words.length > 0 ? `one of ${words.join(", ")}` : "a text");
      }
      return value;
    case "number":
      if (typeof value === "string" && words.includes(value)) return value;
      if (typeof value !== "number" || !Number.isFinite(value)) {
        fail(`a number${words.length > 0 ? ` or one of ${words.join(", ")}` : ""}`);
      }
      if (spec.minimum !== undefined && (value as number) < spec.minimum) fail(`a number ≥ ${spec.minimum}`);
      return value;
  }
}
