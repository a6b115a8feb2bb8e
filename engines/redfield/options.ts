import { InputError } from "../../src/input-error.js";
import type { EngineOptionSpec, EngineOptions } from "../../src/plugins/engine.js";
import type { RedfieldPairSelection } from "./redfield-dissipator.js";

/** The redfield engine's options (`--option name=value` or the case's `engineOptions.redfield`). */
export const REDFIELD_OPTIONS: Record<string, EngineOptionSpec> = {
  secularCutoff: {
    description:
      "Drop the pairs of Bohr components with |ω − ω'| above this absolute frequency (none: keep every pair, " +
      "the full Bloch-Redfield equation; 0: the full secular approximation, i.e. global Lindblad). QuTiP's " +
      "brmesolve sec_cutoff is relative: it keeps |ω − ω'| < sec_cutoff·Δ with Δ the smallest non-zero " +
      "|E_a − E_b| of H_S, so secularCutoff = sec_cutoff·Δ, and sec_cutoff = −1 is secularCutoff = none.",
    default: "none",
  },
  rotatingWave: {
    description:
      "Drop the cross terms between an emission and an absorption component (ω ω' < 0), as the " +
      "partial-secular Bloch-Redfield dissipator of 001_a04d396bbf339a9e.txt eq. (20) does.",
    default: false,
  },
};

const WHERE = "engine option (--option or the case's engineOptions.redfield)";

/** Validates the options and turns them into the pair selection of the double sum. */
export function redfieldPairSelection(options: EngineOptions): RedfieldPairSelection {
  for (const name of Object.keys(options)) {
    if (!(name in REDFIELD_OPTIONS)) {
      throw new InputError({
        file: WHERE,
        path: name,
        expected: `one of ${Object.keys(REDFIELD_OPTIONS).join(", ")}`,
        got: JSON.stringify(name),
      });
    }
  }
  const cutoff = options.secularCutoff ?? REDFIELD_OPTIONS.secularCutoff.default;
  let secularCutoff: number;
  if (cutoff === "none" || cutoff === "Infinity") secularCutoff = Number.POSITIVE_INFINITY;
  else if (typeof cutoff === "number" && cutoff >= 0) secularCutoff = cutoff;
  else {
    throw new InputError({
      file: WHERE,
      path: "secularCutoff",
      expected: "a frequency ≥ 0 or none",
      got: JSON.stringify(cutoff),
    });
  }
  const rotatingWave = options.rotatingWave ?? REDFIELD_OPTIONS.rotatingWave.default;
  if (typeof rotatingWave !== "boolean") {
    throw new InputError({
      file: WHERE,
      path: "rotatingWave",
      expected: "true or false",
      got: JSON.stringify(rotatingWave),
    });
  }
  return { secularCutoff, rotatingWave };
}
