import type { PreparedCase } from "../cases/build-problem.js";
import type { Property } from "../plugins/property.js";

/** A property to check in a scenario, with the arguments the case gives it (none for general ones). */
export interface PlannedCheck {
  property: Property;
  with: Readonly<Record<string, number | string>>;
}

/** The properties checked in a scenario: the general ones selected, and those the case invokes there. */
export function propertiesIn(
  prepared: PreparedCase,
  scenario: string,
  selected: readonly Property[],
): PlannedCheck[] {
  const general = selected
    .filter((property) => (property.scope ?? "general") === "general")
    .map((property) => ({ property, with: {} }));
  const invoked = (prepared.definition.checks ?? [])
    .filter((check) => !check.scenarios || check.scenarios.includes(scenario))
    .flatMap((check) => {
      const property = selected.find((p) => p.id === check.property);
      return property ? [{ property, with: check.with ?? {} }] : [];
    });
  return [...general, ...invoked];
}
