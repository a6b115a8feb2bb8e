import type { Bath } from "../physics/problem.js";
import type { BathCurrents } from "../physics/bath-currents.js";

/**
 * At T_α = 0 a heat current |J^Q_α| up to this size counts as zero (rounding in a steady state that is
 * exactly at rest with a zero-temperature bath), so that bath contributes 0 instead of ±Infinity.
 */
export const ZERO_TEMPERATURE_CURRENT_TOLERANCE = 1e-12;

/**
 * Entropy production rate of the steady state (Spohn, J. Math. Phys. 19, 1227 (1978); DESIGN.md):
 *   σ = −Σ_α J^Q_α / T_α ≥ 0 (second law),
 * with J^Q_α the heat current from bath α into the system. Temperatures are given by bath name, either as
 * a record or as the problem's baths (each with `name` and `temperature`).
 * Zero-temperature baths: a bath at T_α = 0 contributes 0 when |J^Q_α| ≤ zeroTemperatureTolerance,
 * +Infinity when it absorbs heat (J^Q_α < 0) and −Infinity when it gives heat (J^Q_α > 0, which breaks the
 * second law). If one bath contributes +Infinity and another −Infinity the result is NaN (undefined).
 */
export function entropyProduction(
  currents: Record<string, BathCurrents>,
  temperatures: Record<string, number> | readonly Pick<Bath, "name" | "temperature">[],
  options: { zeroTemperatureTolerance?: number } = {},
): number {
  const tolerance = options.zeroTemperatureTolerance ?? ZERO_TEMPERATURE_CURRENT_TOLERANCE;
  const temperatureOf = (bath: string): number | undefined =>
    Array.isArray(temperatures)
      ? (temperatures as readonly Pick<Bath, "name" | "temperature">[]).find((b) => b.name === bath)
          ?.temperature
      : (temperatures as Record<string, number>)[bath];
  let sigma = 0;
  for (const bath in currents) {
    const { heat } = currents[bath];
    const temperature = temperatureOf(bath);
    if (typeof temperature !== "number" || !(temperature >= 0) || !Number.isFinite(temperature)) {
      throw new RangeError(
        `invalid argument. Temperature of bath "${bath}" must be a finite number ≥ 0. Value: ${temperature}.`,
      );
    }
    if (temperature > 0) {
      sigma -= heat / temperature;
    } else if (!(Math.abs(heat) <= tolerance)) {
      sigma += heat < 0 ? Number.POSITIVE_INFINITY : heat > 0 ? Number.NEGATIVE_INFINITY : Number.NaN;
    }
  }
  return sigma;
}
