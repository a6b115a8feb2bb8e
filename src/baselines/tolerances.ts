import { InputError } from "../input-error.js";

/** |new − old| ≤ atol + rtol·|old|. */
export interface Tolerance {
  atol: number;
  rtol: number;
}

/** A tolerance for the keys a pattern matches (`*` stands for any characters), e.g. `flipflop-qubits/*\/observables.*`. */
export interface ToleranceOverride extends Tolerance {
  match: string;
}

export interface Tolerances {
  default: Tolerance;
  overrides: readonly ToleranceOverride[];
}

/**
 * The defaults: far above the round-off by which the same code differs between machines (~1e-14
 * relative for well-conditioned quantities), far below a change of physics (a rate moved by 1e-6).
 */
export const DEFAULT_TOLERANCE: Tolerance = { atol: 1e-10, rtol: 1e-7 };

function pattern(match: string): RegExp {
  return new RegExp(
    `^${match
      .split("*")
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
      .join(".*")}$`,
  );
}

/** The tolerance of a key `<case>/<key>`: the last override that matches, else the default. */
export function toleranceFor(tolerances: Tolerances, caseId: string, key: string): Tolerance {
  const full = `${caseId}/${key}`;
  const found = [...tolerances.overrides].reverse().find((override) => pattern(override.match).test(full));
  return found ? { atol: found.atol, rtol: found.rtol } : tolerances.default;
}

/** The `baseline` section of a config file: `{ "atol": …, "rtol": …, "overrides": [{ "match", "atol", "rtol" }] }`. */
export function parseTolerances(value: unknown, file: string): Tolerances {
  if (value === undefined) return { default: DEFAULT_TOLERANCE, overrides: [] };
  const section = value as Record<string, unknown>;
  const number = (v: unknown, path: string, fallback: number): number => {
    if (v === undefined) return fallback;
    if (typeof v !== "number" || !(v >= 0)) {
      throw new InputError({ file, path, expected: "a number ≥ 0", got: JSON.stringify(v) });
    }
    return v;
  };
  if (typeof section !== "object" || section === null || Array.isArray(section)) {
    throw new InputError({
      file,
      path: "baseline",
      expected: "an object {atol, rtol, overrides}",
      got: JSON.stringify(value),
    });
  }
  for (const key of Object.keys(section)) {
    if (!["atol", "rtol", "overrides"].includes(key)) {
      throw new InputError({
        file,
        path: `baseline.${key}`,
        expected: "one of atol, rtol, overrides",
        got: JSON.stringify(key),
      });
    }
  }
  const base: Tolerance = {
    atol: number(section.atol, "baseline.atol", DEFAULT_TOLERANCE.atol),
    rtol: number(section.rtol, "baseline.rtol", DEFAULT_TOLERANCE.rtol),
  };
  const overrides = section.overrides ?? [];
  if (!Array.isArray(overrides)) {
    throw new InputError({
      file,
      path: "baseline.overrides",
      expected: "an array of {match, atol, rtol}",
      got: JSON.stringify(overrides),
    });
  }
  return {
    default: base,
    overrides: overrides.map((o, i) => {
      const entry = o as Record<string, unknown>;
      if (typeof entry?.match !== "string") {
        throw new InputError({
          file,
          path: `baseline.overrides[${i}].match`,
          expected: "a key pattern such as flipflop-qubits/*/observables.*",
          got: JSON.stringify(entry?.match),
        });
      }
      return {
        match: entry.match,
        atol: number(entry.atol, `baseline.overrides[${i}].atol`, base.atol),
        rtol: number(entry.rtol, `baseline.overrides[${i}].rtol`, base.rtol),
      };
    }),
  };
}
