import type { SolveResult } from "./solve.js";

/**
 * Flattens the numbers of a solve result into dotted keys, the names used by sweeps, CSV columns and
 * report plots: `observables.sz.0`, `observables.concurrence`, `currents.left.heat`, `entropyProduction`.
 */
export function flattenSolveResult(result: SolveResult): Record<string, number> {
  const flat: Record<string, number> = {};
  const visit = (prefix: string, value: unknown) => {
    if (typeof value === "number") flat[prefix] = value;
    else if (Array.isArray(value)) {
      for (const [i, v] of value.entries()) visit(`${prefix}.${i}`, v);
    } else if (value && typeof value === "object") {
      for (const [key, v] of Object.entries(value)) visit(prefix ? `${prefix}.${key}` : key, v);
    }
  };
  visit("observables", result.observables);
  visit("currents", result.currents);
  if (result.entropyProduction !== null) flat.entropyProduction = result.entropyProduction;
  return flat;
}
