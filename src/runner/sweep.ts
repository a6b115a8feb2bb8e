import { InputError } from "../input-error.js";

export interface SweepSpec {
  parameter: string;
  values: number[];
}

/** Evenly spaced points from `from` to `to` inclusive. */
export function linearPoints(from: number, to: number, points: number): number[] {
  if (points === 1) return [from];
  return Array.from({ length: points }, (_, i) => {
    const t = i / (points - 1);
    return from * (1 - t) + to * t; // exact at both ends and symmetric about the middle
  });
}

/** Logarithmically spaced points from `from` to `to` inclusive (both > 0). */
export function logPoints(from: number, to: number, points: number): number[] {
  return linearPoints(Math.log(from), Math.log(to), points).map(Math.exp);
}

/**
 * Most points a sweep takes (documented in the README): its values are held in memory (80 MB at this
 * bound) while the results are streamed.
 */
export const MAX_SWEEP_POINTS = 10_000_000;

/** A number written in full: blanks are not 0 (as Number(" ") would have them). */
function strictNumber(text: string): number {
  return text.trim() === "" ? Number.NaN : Number(text);
}

/** Parses `--vary p=from:to:points` (linear) or `p=from:to:points:log`. */
export function parseSweepSpec(text: string, where = "--vary"): SweepSpec {
  const match = /^([A-Za-z_][A-Za-z0-9_]*)=([^:]+):([^:]+):([^:]+)(?::(lin|log))?$/.exec(text.trim());
  if (!match) {
    throw new InputError({
      file: where,
      path: "",
      expected: "name=from:to:points (optionally :log)",
      got: text,
    });
  }
  const [, parameter, fromText, toText, pointsText, scale] = match;
  const from = strictNumber(fromText);
  const to = strictNumber(toText);
  const points = strictNumber(pointsText);
  if (!Number.isFinite(from) || !Number.isFinite(to)) {
    throw new InputError({
      file: where,
      path: parameter,
      expected: "finite numbers for from and to",
      got: text,
    });
  }
  if (!Number.isInteger(points) || points < 1 || points > MAX_SWEEP_POINTS) {
    throw new InputError({
      file: where,
      path: parameter,
      expected: `a whole number of points from 1 to ${MAX_SWEEP_POINTS.toLocaleString("en")}`,
      got: pointsText,
    });
  }
  if (scale === "log" && (from <= 0 || to <= 0)) {
    throw new InputError({
      file: where,
      path: parameter,
      expected: "positive from and to on a log scale",
      got: text,
    });
  }
  return {
    parameter,
    values: scale === "log" ? logPoints(from, to, points) : linearPoints(from, to, points),
  };
}
