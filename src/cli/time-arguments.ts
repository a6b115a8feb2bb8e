import { parseTimeGrid as parseTimeGridSpec } from "../cases/time-grid.js";
import { InputError } from "../input-error.js";
import { linearPoints, logPoints } from "../runner/sweep.js";

/**
 * `--times from:to:points` (evenly spaced, both ends included) or `from:to:points:log` (evenly spaced in
 * log t, from > 0): non-negative, non-decreasing times (src/cases/time-grid.ts).
 */
export function parseTimeGrid(text: string, flag: string): number[] {
  const { from, to, points, spacing } = parseTimeGridSpec(text, { file: flag, path: "" });
  return spacing === "log" ? logPoints(from, to, points) : linearPoints(from, to, points);
}

/** `--states 0,5,20`: times ≥ 0, sorted. */
export function parseTimeList(text: string, flag: string): number[] {
  const times = text.split(",").map((part) => (part.trim() === "" ? Number.NaN : Number(part)));
  if (times.some((t) => !(Number.isFinite(t) && t >= 0))) {
    throw new InputError({
      file: flag,
      path: "",
      expected: "comma-separated times ≥ 0, e.g. 0,5,20",
      got: JSON.stringify(text),
    });
  }
  return times.sort((a, b) => a - b);
}

/** A time ≥ 0 given on the command line (`--at`). */
export function parseTime(text: string, flag: string): number {
  const t = text.trim() === "" ? Number.NaN : Number(text);
  if (!(Number.isFinite(t) && t >= 0)) {
    throw new InputError({ file: flag, path: "", expected: "a time ≥ 0", got: JSON.stringify(text) });
  }
  return t;
}
