import type { ClaimOutcome, FigureClaim } from "../../plugins/figure.js";
import { boseEinstein } from "../../physics/thermal.js";

/** One curve of Fig. 1: F(0, τ, 2τ) on a grid of τ̃ = Vτ at one qubit splitting ε̃. */
export interface Fig1Curve {
  eps: number;
  scaledTau: number[];
  F: number[];
  /** τ̃ where its last violation window ends (last-violation.ts), null without violation. */
  lastViolation: number | null;
}

export interface Fig1Data {
  /** The global (secular) equation's curves, undefined without that engine. */
  curves?: Fig1Curve[];
  /** T̃ and the paper's Γ̃ they are drawn at. */
  temperature: number;
  gamma: number;
}

/** "Still visible up to τ̃ = 10": the violation window near τ̃ = 3π + π/6 ≈ 9.95 must be open. */
const LATE_TAU = 9.5;

/** What paper 000 says about Fig. 1 (000_47becd3a7196453b.txt Sec. IV, first paragraphs). */
export const FIG1_CLAIMS: readonly FigureClaim[] = [
  {
    id: "strong-coupling-short-time",
    source: "000_47becd3a7196453b.txt Sec. IV (discussion of Fig. 1)",
    statement:
      "For weak inter-qubit couplings (ε̃ > 1) the violation of the LGI is small compared with the strong " +
      "inter-qubit coupling result in the range of 0 < τ̃ < 1.",
    quantity: "max F(0, τ̃, 2τ̃) on 0 < τ̃ < 1 of each curve (global equation)",
    tolerance: "every ε̃ < 1 curve above every ε̃ > 1 curve",
  },
  {
    id: "strong-coupling-classical-later",
    source: "000_47becd3a7196453b.txt Sec. IV (discussion of Fig. 1)",
    statement:
      "However, for 1 < τ̃ < 5 that behavior is reversed and the classical non-violation regime prevails (F < 1).",
    quantity: "max F on 1 < τ̃ < 5 of each curve (global equation)",
    tolerance: "below 1 for every ε̃ < 1 curve and below every ε̃ > 1 curve's",
  },
  {
    id: "weak-coupling-longer-violation",
    source: "000_47becd3a7196453b.txt Sec. IV (discussion of Fig. 1)",
    statement: "In the weak inter-qubit coupling the LGI violation stands for longer times.",
    quantity: "where the last violation window on τ̃ ≤ 10 ends (a root of F = 1), per curve (global equation)",
    tolerance: "later for every ε̃ > 1 curve than for every ε̃ < 1 curve",
  },
  {
    id: "violation-up-to-tau-10",
    source: "000_47becd3a7196453b.txt Sec. IV (discussion of Fig. 1)",
    statement: "Violations of LGI are still visible up to τ̃ = 10 for an equilibrium temperature T̃M = 1.1.",
    quantity:
      "where the last violation window on τ̃ ≤ 10 ends (a root of F = 1), latest over all curves (global equation)",
    tolerance: `at least ${LATE_TAU} (the violation window near τ̃ = 3π + π/6 ≈ 9.95 open)`,
  },
];

const f = (x: number, digits = 4) => x.toPrecision(digits);

function maxOn(curve: Fig1Curve, from: number, to: number): number {
  return Math.max(...curve.F.filter((_, k) => curve.scaledTau[k] > from && curve.scaledTau[k] < to));
}

/** Whether every strong-coupling value lies above (or below) every weak-coupling one, and a listing of all. */
function separated(
  strong: Fig1Curve[],
  weak: Fig1Curve[],
  value: (c: Fig1Curve) => number | null,
  strongAbove: boolean,
): { holds: boolean; listing: string } {
  const v = (c: Fig1Curve) => value(c) ?? Number.NEGATIVE_INFINITY;
  const holds = strong.every((s) => weak.every((w) => (strongAbove ? v(s) > v(w) : v(s) < v(w))));
  const listing = [...strong, ...weak]
    .map((c) => `ε̃ = ${c.eps}: ${value(c) === null ? "none" : f(value(c)!)}`)
    .join(", ");
  return { holds, listing };
}

/** The verdict on each claim of FIG1_CLAIMS from the figure's numbers. */
export function judgeFig1(data: Fig1Data): ClaimOutcome[] {
  const { curves } = data;
  const strong = curves?.filter((c) => c.eps < 1) ?? [];
  const weak = curves?.filter((c) => c.eps > 1) ?? [];
  if (!curves || strong.length === 0 || weak.length === 0) {
    const why = !curves
      ? "no global (secular) engine selected: the paper's equation was not computed"
      : "the figure needs curves with ε̃ < 1 and ε̃ > 1";
    return FIG1_CLAIMS.map((claim) => ({ claim: claim.id, verdict: "inconclusive", evidence: why }));
  }
  const at = `at T̃ = ${data.temperature}, Γ̃ = ${data.gamma} (Fig. 2's; Fig. 1 states none)`;
  const short = separated(strong, weak, (c) => maxOn(c, 0, 1), true);
  const later = separated(strong, weak, (c) => maxOn(c, 1, 5), false);
  const laterClassical = strong.every((c) => maxOn(c, 1, 5) < 1);
  const longer = separated(strong, weak, (c) => c.lastViolation, false);
  return [
    {
      claim: "strong-coupling-short-time",
      verdict: short.holds ? "confirmed" : "refuted",
      evidence: `max F on 0 < τ̃ < 1: ${short.listing} (${at})`,
    },
    {
      claim: "strong-coupling-classical-later",
      verdict: later.holds && laterClassical ? "confirmed" : "refuted",
      evidence: `max F on 1 < τ̃ < 5: ${later.listing} (${at})`,
    },
    {
      claim: "weak-coupling-longer-violation",
      verdict: longer.holds ? "confirmed" : "refuted",
      evidence:
        `last violation window ends at ${longer.listing} (${at})` +
        (longer.holds
          ? ""
          : ". What sets the duration is the splitting |ε̃ − 1| of the lower fictitious qubit (eq. (22)), whose " +
            "thermal occupation drives the decay Γ̃_V of eq. (24), not whether ε̃ is above or below 1"),
    },
    tenViolation(curves, data),
  ];
}

/** Eq. (24) at τ̃ = kπ + π/6 exceeds 1 only while Γ̃_V τ̃ < ln(1/(√3 − 1)): the largest Γ̃ for a violation near 9.95. */
function largestGammaForLateViolation(curves: Fig1Curve[], temperature: number): number {
  const tau = 3 * Math.PI + Math.PI / 6;
  const leastDamped = Math.min(
    ...curves.map((c) =>
      [Math.abs(c.eps - 1), c.eps + 1].reduce((sum, w) => sum + 2 * boseEinstein(w, temperature) + 1, 0),
    ),
  );
  return Math.log(1 / (Math.sqrt(3) - 1)) / (tau * leastDamped);
}

function tenViolation(curves: Fig1Curve[], data: Fig1Data): ClaimOutcome {
  const latest = Math.max(...curves.map((c) => c.lastViolation ?? 0));
  if (latest >= LATE_TAU) {
    return {
      claim: "violation-up-to-tau-10",
      verdict: "confirmed",
      evidence: `a violation at τ̃ = ${f(latest)} (T̃ = ${data.temperature}, Γ̃ = ${data.gamma})`,
    };
  }
  return {
    claim: "violation-up-to-tau-10",
    verdict: "inconclusive",
    evidence:
      `the last violation is at τ̃ = ${f(latest)} for Γ̃ = ${data.gamma}, but Fig. 1 states no Γ̃: eq. (24) itself ` +
      `allows a violation near τ̃ = 3π + π/6 only for Γ̃ < ${f(largestGammaForLateViolation(curves, data.temperature), 2)} ` +
      "with these splittings, so by eq. (24) the paper's Fig. 1 is drawn at a weaker coupling than its Fig. 2",
  };
}
