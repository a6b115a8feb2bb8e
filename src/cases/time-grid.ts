import { InputError } from "../input-error.js";

/** A grid of times as `evolve --times` and a case's `trajectories[].times` write it: from:to:points[:log]. */
export interface TimeGrid {
  from: number;
  to: number;
  points: number;
  /** `log`: evenly spaced in log t (from > 0). */
  spacing: "linear" | "log";
}

/**
 * Parses `from:to:points` (evenly spaced, both ends included) or `from:to:points:log` (evenly spaced in
 * log t, from > 0) into non-negative, non-decreasing times; anything else is an InputError naming `where`.
 */
export function parseTimeGrid(text: string, where: { file: string; path: string }): TimeGrid {
  const parts = text.trim().split(":");
  const fail = (expected: string): never => {
    throw new InputError({ ...where, expected, got: JSON.stringify(text) });
  };
  if (
    parts.length < 3 ||
    parts.length > 4 ||
    (parts.length === 4 && parts[3] !== "log" && parts[3] !== "lin")
  ) {
    fail("from:to:points, optionally :log (e.g. 0:20:1001)");
  }
  const [from, to, points] = parts
    .slice(0, 3)
    .map((part) => (part.trim() === "" ? Number.NaN : Number(part)));
  const spacing = parts[3] === "log" ? "log" : "linear";
  if (!(Number.isFinite(from) && Number.isFinite(to) && from >= 0 && to >= from)) {
    fail("times 0 ≤ from ≤ to");
  }
  if (!Number.isInteger(points) || points < 1) fail("a whole number of points ≥ 1");
  if (spacing === "log" && !(from > 0)) fail("from > 0 on a log scale");
  return { from, to, points, spacing };
}
