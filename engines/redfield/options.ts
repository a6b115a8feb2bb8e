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
    type: "number",
    default: "none",
    values: ["none"],
    minimum: 0,
  },
  rotatingWave: {
    description:
      "Drop the cross terms between an emission and an absorption component (ω ω' < 0), as the " +
      "partial-secular Bloch-Redfield dissipator of 001_a04d396bbf339a9e.txt eq. (20) does; a fermionic lead's " +
      "channels (particle out, particle in) keep all their pairs.",
    type: "boolean",
    default: false,
  },
};

/** The pair selection of the double sum from the (validated) options. */
export function redfieldPairSelection(options: EngineOptions): RedfieldPairSelection {
  const cutoff = options.secularCutoff ?? "none";
  return {
    secularCutoff: cutoff === "none" ? Number.POSITIVE_INFINITY : (cutoff as number),
    rotatingWave: options.rotatingWave === true,
  };
}
