import type { ClaimOutcome, FigureClaim } from "../../plugins/figure.js";
import { withoutPaperEngine } from "./paper-engine.js";

/** Largest deviation from the best line through the origin, relative to max |R|, for "almost linearly". */
const LINEARITY_TOLERANCE = 0.1;

/** One panel of Fig. 15 as the paper's engine computes it: R (eq. (36)) against the asymmetry x. */
export interface Fig15Panel {
  /** Δε or Δγ. */
  x: number[];
  R: (number | null)[];
}

/** What paper 001 says about Fig. 15 (001_a04d396bbf339a9e.txt Sec. 5.4, eq. (36)). */
export const FIG15_CLAIMS: readonly FigureClaim[] = [
  {
    id: "detuning-blocks-1-to-2",
    source: "001_a04d396bbf339a9e.txt Sec. 5.4 (eq. (36), Fig. 15 (a))",
    statement:
      "When Δε > 0, the heat current from bath 1 to bath 2 is relatively blocked (R(ΔT) > 0 means the current from bath 1 to bath 2 is relatively blocked).",
    quantity: "sign of R at every Δε ≠ 0 of panel (a) (Bloch-Redfield)",
    tolerance: "the sign of Δε everywhere",
  },
  {
    id: "imbalance-blocks-2-to-1",
    source: "001_a04d396bbf339a9e.txt Sec. 5.4 (Fig. 15 (b))",
    statement: "When Δγ > 0, the heat current from bath 2 to bath 1 is relatively blocked.",
    quantity: "sign of R at every Δγ ≠ 0 of panel (b) (Bloch-Redfield)",
    tolerance: "the sign of −Δγ everywhere",
  },
  {
    id: "almost-linear",
    source: "001_a04d396bbf339a9e.txt Sec. 5.4",
    statement:
      "The rectification ratio is almost linearly related with the detuning frequency Δε or the detuning coupling Δγ.",
    quantity:
      "largest |R − a·x| over each panel, a the least-squares slope through the origin, relative to max |R| (Bloch-Redfield)",
    tolerance: `at most ${100 * LINEARITY_TOLERANCE}% in both panels`,
  },
];

const f = (x: number, digits = 4) => x.toPrecision(digits);

/** The verdict on each claim of FIG15_CLAIMS from the paper's engine's panels (detuning, imbalance). */
export function judgeFig15(
  panels: { detuning: Fig15Panel; imbalance: Fig15Panel } | undefined,
): ClaimOutcome[] {
  if (!panels) {
    return withoutPaperEngine(FIG15_CLAIMS);
  }
  return [
    signClaim("detuning-blocks-1-to-2", panels.detuning, 1, "Δε"),
    signClaim("imbalance-blocks-2-to-1", panels.imbalance, -1, "Δγ"),
    linearity(panels),
  ];
}

function signClaim(claim: string, panel: Fig15Panel, sign: 1 | -1, name: string): ClaimOutcome {
  const points = panel.x.map((x, k) => ({ x, R: panel.R[k] })).filter((p) => p.x !== 0);
  if (points.some((p) => p.R === null)) {
    return { claim, verdict: "inconclusive", evidence: `R is missing at some ${name}` };
  }
  const wrong = points.filter((p) => Math.sign(p.R!) !== sign * Math.sign(p.x));
  const ends = `R = ${f(points[0].R!)} at ${name} = ${points[0].x}, ${f(points.at(-1)!.R!)} at ${name} = ${points.at(-1)!.x}`;
  return {
    claim,
    verdict: wrong.length === 0 ? "confirmed" : "refuted",
    evidence:
      wrong.length === 0
        ? `${ends}: the expected sign at all ${points.length} points`
        : `${ends}; the other sign at ${name} = ${wrong.map((p) => p.x).join(", ")}`,
  };
}

/** max |R − a x| / max |R| with a = Σ xR / Σ x², or null with a missing value. */
function deviationFromLine(panel: Fig15Panel): { slope: number; deviation: number } | null {
  if (panel.R.some((r) => r === null)) return null;
  const R = panel.R as number[];
  const slope = panel.x.reduce((s, x, k) => s + x * R[k], 0) / panel.x.reduce((s, x) => s + x * x, 0);
  const largest = Math.max(...R.map(Math.abs));
  return { slope, deviation: Math.max(...panel.x.map((x, k) => Math.abs(R[k] - slope * x))) / largest };
}

function linearity(panels: { detuning: Fig15Panel; imbalance: Fig15Panel }): ClaimOutcome {
  const detuning = deviationFromLine(panels.detuning);
  const imbalance = deviationFromLine(panels.imbalance);
  if (!detuning || !imbalance) {
    return { claim: "almost-linear", verdict: "inconclusive", evidence: "R is missing at some point" };
  }
  const holds = detuning.deviation <= LINEARITY_TOLERANCE && imbalance.deviation <= LINEARITY_TOLERANCE;
  return {
    claim: "almost-linear",
    verdict: holds ? "confirmed" : "refuted",
    evidence:
      `(a) slope ${f(detuning.slope)} per unit Δε, largest deviation ${(100 * detuning.deviation).toFixed(1)}% of max |R|; ` +
      `(b) slope ${f(imbalance.slope)} per unit Δγ, ${(100 * imbalance.deviation).toFixed(1)}%`,
  };
}
