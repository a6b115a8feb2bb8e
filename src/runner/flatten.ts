import type { SolveResult } from "./solve.js";

/** The numbers of a solve result that sweeps, CSV columns and report plots use. */
export type SolvedQuantities = Pick<SolveResult, "observables" | "currents" | "entropyProduction">;

/**
 * Flattens the numbers of a solve result into dotted keys, the names used by sweeps, CSV columns and
 * report plots: `observables.sz.0`, `observables.concurrence`, `currents.left.heat`, `entropyProduction`.
 */
export function flattenSolveResult(result: SolvedQuantities): Record<string, number> {
  const flat: Record<string, number> = {};
  if (result.observables) flattenInto(flat, "observables", result.observables);
  if (result.currents) flattenInto(flat, "currents", result.currents);
  if (result.entropyProduction !== null) flat.entropyProduction = result.entropyProduction;
  return flat;
}

/**
 * The values of flattenSolveResult in the order of its keys, without building the keys (the points of a
 * sweep share them, so sweep-chunk.ts builds them once).
 */
export function flattenedValues(result: SolvedQuantities): number[] {
  const values: number[] = [];
  if (result.observables) valuesInto(values, result.observables);
  if (result.currents) valuesInto(values, result.currents);
  if (result.entropyProduction !== null) values.push(result.entropyProduction);
  return values;
}

/** A number, or NaN for a quantity that is absent (null) at this point, so that every point has the same keys. */
function flattenInto(flat: Record<string, number>, prefix: string, value: unknown): void {
  if (typeof value === "number") flat[prefix] = value;
  else if (value === null) flat[prefix] = Number.NaN;
  else if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) flattenInto(flat, `${prefix}.${i}`, value[i]);
  } else if (value !== null && typeof value === "object") {
    for (const key in value) flattenInto(flat, `${prefix}.${key}`, (value as Record<string, unknown>)[key]);
  }
}

/** The numbers of flattenInto, in the same order. */
function valuesInto(values: number[], value: unknown): void {
  if (typeof value === "number") values.push(value);
  else if (value === null) values.push(Number.NaN);
  else if (Array.isArray(value)) {
    for (const element of value) valuesInto(values, element);
  } else if (value !== null && typeof value === "object") {
    for (const key in value) valuesInto(values, (value as Record<string, unknown>)[key]);
  }
}
