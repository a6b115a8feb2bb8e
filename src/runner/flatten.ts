import type { SolveResult } from "./solve.js";

/**
 * Flattens the numbers of a solve result into dotted keys, the names used by sweeps, CSV columns and
 * report plots: `observables.sz.0`, `observables.concurrence`, `currents.left.heat`, `entropyProduction`.
 */
export function flattenSolveResult(result: SolveResult): Record<string, number> {
  const flat: Record<string, number> = {};
  if (result.observables) flattenInto(flat, "observables", result.observables);
  if (result.currents) flattenInto(flat, "currents", result.currents);
  if (result.entropyProduction !== null) flat.entropyProduction = result.entropyProduction;
  return flat;
}

function flattenInto(flat: Record<string, number>, prefix: string, value: unknown): void {
  if (typeof value === "number") flat[prefix] = value;
  else if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) flattenInto(flat, `${prefix}.${i}`, value[i]);
  } else if (value !== null && typeof value === "object") {
    for (const key in value) flattenInto(flat, `${prefix}.${key}`, (value as Record<string, unknown>)[key]);
  }
}
