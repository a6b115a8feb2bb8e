import type { ClaimOutcome, FigureClaim } from "../../plugins/figure.js";

/** A slice of Fig. 2b: the MLGI along the ΔT grid at one mean temperature (null where an engine failed). */
export interface Fig2bSlice {
  TM: number;
  mlgi: (number | null)[];
}

export interface Fig2bData {
  /** The global (secular) equation's slices, undefined without that engine. */
  low?: Fig2bSlice[];
  inset?: Fig2bSlice[];
  /** Where ∂²MLGI/∂ΔT²|₀ changes sign at the figure's Γ̃, for either MLGI definition (null: not found). */
  border?: { atPiOverSix: number | null; maximum: number | null };
  /** The same border of the paper's analytic MLGI and of eq. (25) at that Γ̃. */
  analyticBorder: number;
  eq25Border: number;
  /** The drawn range of T̃_M. */
  range: [number, number];
}

/** What paper 000 says about Fig. 2b (000_47becd3a7196453b.txt Fig. 2 caption, Sec. IV, eq. (25)). */
export const FIG2B_CLAIMS: readonly FigureClaim[] = [
  {
    id: "low-tm-enhancement",
    source: "000_47becd3a7196453b.txt Fig. 2 caption",
    statement: "For the lowest values of T̃M, MLGI increases with the application of a temperature gradient.",
    quantity:
      "steps MLGI(ΔT_k) − MLGI(ΔT_{k−1}) along the ΔT grid for the main panel's T̃M (global equation, MLGI at τ̃ = π/6)",
    tolerance: "every step > 0",
  },
  {
    id: "inset-suppression",
    source: "000_47becd3a7196453b.txt Sec. IV (after eq. (24)), Fig. 2 caption, eq. (25)",
    statement:
      "Moving away from thermal equilibrium the MLGI decreases for high T̃M — the inset's higher mean temperatures " +
      "T̃M = 2.25 … 3.25, all above the curvature border eq. (25) puts at T̃M = 2.0 for ε̃ = 3, Γ̃ = 0.05.",
    quantity: "sign of MLGI(first ΔT step) − MLGI(0) for each inset T̃M (global equation, MLGI at τ̃ = π/6)",
    tolerance: "negative for every inset curve",
  },
  {
    id: "concavity-change",
    source: "000_47becd3a7196453b.txt Sec. IV (after Fig. 2)",
    statement:
      "The variation of MLGI vs. heat current changes its concavity, indicating that the enhancement of LGI " +
      "violations under nonequilibrium thermal conditions is restricted to the low mean temperature sector.",
    quantity: "T̃M where ∂²MLGI/∂ΔT²|_{ΔT=0} changes sign at the figure's Γ̃, root-found (global equation)",
    tolerance: "a sign change inside the drawn range of T̃M",
  },
];

const f = (x: number, digits = 4) => x.toPrecision(digits);

/** The verdict on each claim of FIG2B_CLAIMS from the figure's numbers. */
export function judgeFig2b(data: Fig2bData): ClaimOutcome[] {
  if (!data.low || !data.inset || !data.border) {
    return FIG2B_CLAIMS.map((claim) => ({
      claim: claim.id,
      verdict: "inconclusive",
      evidence: "no global (secular) engine selected: the paper's equation was not computed",
    }));
  }
  return [lowEnhancement(data.low), insetSuppression(data, data.inset), concavityChange(data, data.border)];
}

/** The steps of a slice, or null if a value is missing. */
function steps(slice: Fig2bSlice): number[] | null {
  if (slice.mlgi.some((m) => m === null)) return null;
  const m = slice.mlgi as number[];
  return m.slice(1).map((value, k) => value - m[k]);
}

function lowEnhancement(low: Fig2bSlice[]): ClaimOutcome {
  const rows = low.map((slice) => ({ slice, steps: steps(slice) }));
  const missing = rows.filter((r) => r.steps === null).map((r) => r.slice.TM);
  if (missing.length > 0) {
    return {
      claim: "low-tm-enhancement",
      verdict: "inconclusive",
      evidence: `values missing at T̃M = ${missing.join(", ")}`,
    };
  }
  const smallest = rows.map((r) => ({ TM: r.slice.TM, step: Math.min(...r.steps!) }));
  const failing = smallest.filter((r) => !(r.step > 0));
  const summary = rows
    .map((r) => `T̃M = ${r.slice.TM}: ${f(r.slice.mlgi[0]!)} → ${f(r.slice.mlgi.at(-1)!)}`)
    .join("; ");
  return {
    claim: "low-tm-enhancement",
    verdict: failing.length === 0 ? "confirmed" : "refuted",
    evidence:
      failing.length === 0
        ? `MLGI rises at every step for every main-panel slice (${summary})`
        : `not rising at T̃M = ${failing.map((r) => `${r.TM} (step ${r.step.toExponential(2)})`).join(", ")}; ${summary}`,
  };
}

function insetSuppression(data: Fig2bData, inset: Fig2bSlice[]): ClaimOutcome {
  const first = inset.map((slice) => ({
    TM: slice.TM,
    change: slice.mlgi[0] === null || slice.mlgi[1] === null ? null : slice.mlgi[1] - slice.mlgi[0],
  }));
  if (first.some((r) => r.change === null)) {
    return { claim: "inset-suppression", verdict: "inconclusive", evidence: "values missing in the inset" };
  }
  const rising = first.filter((r) => r.change! > 0);
  const listed = first.map((r) => `T̃M = ${r.TM}: ${r.change!.toExponential(2)}`).join(", ");
  const border = data.border?.atPiOverSix;
  return {
    claim: "inset-suppression",
    verdict: rising.length === 0 ? "confirmed" : "refuted",
    evidence:
      `first-step changes ${listed}. ` +
      (rising.length === 0
        ? "Every inset curve falls."
        : `The curves at T̃M = ${rising.map((r) => r.TM).join(", ")} still rise: the curvature border is at ` +
          `T̃M = ${border === null || border === undefined ? "?" : f(border, 3)} (the paper's own analytic MLGI: ` +
          `${f(data.analyticBorder, 3)}), not at eq. (25)'s ${f(data.eq25Border, 3)}, which is a factor 4^(1/3) too low ` +
          "(see paper-000-fig3a, claim curvature-prefactor)."),
  };
}

function concavityChange(data: Fig2bData, border: NonNullable<Fig2bData["border"]>): ClaimOutcome {
  const [from, to] = data.range;
  const found = border.atPiOverSix;
  const context =
    `eq. (25) gives ${f(data.eq25Border, 3)}, the paper's analytic MLGI ${f(data.analyticBorder, 3)}; with the ` +
    `MLGI as the maximum over the first window (Sec. III B) the border is at ${border.maximum === null ? "no T̃M found" : f(border.maximum, 3)}`;
  if (found === null) {
    return { claim: "concavity-change", verdict: "refuted", evidence: `no sign change found; ${context}` };
  }
  return {
    claim: "concavity-change",
    verdict: found >= from && found <= to ? "confirmed" : "refuted",
    evidence: `the curvature changes sign at T̃M = ${f(found)} (drawn ${from} … ${to}); ${context}`,
  };
}
