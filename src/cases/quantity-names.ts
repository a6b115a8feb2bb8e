import type { CaseDefinition } from "./schema.js";

/** The observables every solve reports (measures/steady-state-observables.ts), besides a case's own. */
export const STANDARD_OBSERVABLES = [
  "sz",
  "occupation",
  "purity",
  "smallestEigenvalue",
  "entropy",
  "energyCoherence",
  "concurrence",
  "chsh",
];

const CURRENT_FIELDS = ["energy", "particle", "heat"];

/**
 * Whether a quantity named in a case (a sweep's `quantities`, a reference's `quantity`) is one a solve
 * reports, in the dotted names of `sweep --csv`: `observables.<name>[.<site>]` for the standard
 * observables and the case's own, `currents.<bath>.<energy|particle|heat>`, `entropyProduction`,
 * `steadyState`. Returns true, or what the names can be.
 */
export function knownQuantity(quantity: string, definition: CaseDefinition): true | string {
  const observables = [...STANDARD_OBSERVABLES, ...(definition.observables ?? []).map((o) => o.name)];
  const baths = definition.system.baths.map((bath) => bath.name);
  const parts = quantity.split(".");
  if (quantity === "entropyProduction" || quantity === "steadyState") return true;
  if (
    parts[0] === "observables" &&
    observables.includes(parts[1]) &&
    (parts.length === 2 || (parts.length === 3 && /^\d+$/.test(parts[2])))
  ) {
    return true;
  }
  if (
    parts[0] === "currents" &&
    parts.length === 3 &&
    baths.includes(parts[1]) &&
    CURRENT_FIELDS.includes(parts[2])
  ) {
    return true;
  }
  return (
    `a quantity a solve reports: observables.<${observables.join("|")}>[.<site>], ` +
    `currents.<${baths.join("|")}>.<${CURRENT_FIELDS.join("|")}>, entropyProduction or steadyState`
  );
}
