import { InputError } from "../input-error.js";
import { linearPoints, logPoints } from "../runner/sweep.js";

/**
 * `--times from:to:points` (evenly spaced, both ends included) or `from:to:points:log` (evenly spaced in
 * log t, from > 0): non-negative, non-decreasing times.
 */
export function parseTimeGrid(text: string, flag: string): number[] {
  const parts = text.trim().split(":");
  const fail = (expected: string): never => {
    throw new InputError({ file: flag, path: "", expected, got: JSON.stringify(text) });
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
  const log = parts[3] === "log";
  if (!(Number.isFinite(from) && Number.isFinite(to) && from >= 0 && to >= from)) {
    fail("times 0 ≤ from ≤ to");
  }
  if (!Number.isInteger(points) || points < 1) fail("a whole number of points ≥ 1");
  if (log && !(from > 0)) fail("from > 0 on a log scale");
  return log ? logPoints(from, to, points) : linearPoints(from, to, points);
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
