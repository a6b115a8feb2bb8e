import type { PreparedCase } from "../cases/build-problem.js";
import type { ParameterValues } from "../cases/parameters.js";
import { InputError } from "../input-error.js";
import type { Property } from "../plugins/property.js";

/**
 * The arguments a case passes to a property it invokes (`checks[].with`) at one parameter point: numbers
 * and expressions evaluated, parameter names checked. Every declared argument must be given and nothing
 * else; an error names the case file, the field and what the property expects.
 */
export function propertyArguments(
  prepared: PreparedCase,
  property: Property,
  given: Readonly<Record<string, number | string>>,
  parameters: ParameterValues,
): Record<string, number | string> {
  const declared = property.arguments ?? {};
  const index = (prepared.definition.checks ?? []).findIndex((check) => check.property === property.id);
  const path = `checks[${index}].with`;
  const known = Object.keys(declared);
  for (const name of Object.keys(given)) {
    if (!(name in declared)) {
      throw new InputError({
        file: prepared.file,
        path: `${path}.${name}`,
        expected:
          known.length > 0
            ? `an argument of ${property.id}: ${known.join(", ")}`
            : `no arguments (${property.id} takes none)`,
        got: JSON.stringify(name),
      });
    }
  }
  const values: Record<string, number | string> = {};
  for (const [name, spec] of Object.entries(declared)) {
    const value = given[name];
    if (value === undefined) {
      throw new InputError({
        file: prepared.file,
        path: `${path}.${name}`,
        expected: `${spec.description} (an argument of ${property.id})`,
        got: "nothing (the argument is missing)",
      });
    }
    if (spec.kind === "parameter") {
      if (typeof value !== "string" || !prepared.parameterNames.includes(value)) {
        throw new InputError({
          file: prepared.file,
          path: `${path}.${name}`,
          expected: `the name of a parameter of the case (${prepared.parameterNames.join(", ")})`,
          got: JSON.stringify(value),
        });
      }
      values[name] = value;
    } else {
      values[name] =
        typeof value === "number" ? value : prepared.evaluate(value, parameters, `${path}.${name}`);
    }
  }
  return values;
}
