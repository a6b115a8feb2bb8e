import { applicability } from "../plugins/applicability.js";
import type { Property, PropertyContext, PropertyOutcome } from "../plugins/property.js";

/**
 * One property at one check site: not applicable (with the reason) when its requirements or `appliesTo`
 * rule it out, else its outcome; an exception becomes an `error` outcome naming it, so one failing check
 * never stops a run.
 */
export function checkProperty(property: Property, context: PropertyContext): PropertyOutcome {
  try {
    const applies = applicability(property, context);
    if (applies !== true) return { status: "not-applicable", message: applies };
    return property.check(context);
  } catch (error) {
    return { status: "error", message: `${(error as Error).name}: ${(error as Error).message}` };
  }
}
