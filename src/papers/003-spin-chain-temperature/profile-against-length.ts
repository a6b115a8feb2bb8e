import { type ClaimOutcome, defineFigure, type LineChartSpec } from "../../plugins/figure.js";
import { formatNumber } from "../../plugins/outcome.js";
import { figureEngines } from "../figure-engines.js";
import { chainIdentitySides } from "./chain-identity-sides.js";
import { EXACT_TOLERANCE } from "./coupling-scan.js";
import { temperatureProfile } from "./temperature-profile.js";

/** The chain lengths drawn (the perturbative engine reaches twelve spins). */
export const PROFILE_LENGTHS = [2, 4, 6, 8, 10, 12];
const THETA = Math.PI / 4;
/** A temperature difference far above the rate equation's round-off. */
const NONZERO_GRADIENT = 1e-6;

const CLAIMS = [
  {
    id: "identity-every-length",
    source: "003_cb0e800cb11a91bb.txt eqs. (46), (149)-(150), Sec. IV C",
    statement:
      "Eq. (150) follows from P0 L1 ρ0 = 0 for an N-spin chain: the zeroth-order state satisfies it at every N.",
    quantity: "largest |LHS − RHS| of eq. (150) for the zeroth-order state over N = 2 … 12",
    tolerance: "≤ 1e-9",
  },
  {
    id: "gradient-every-length",
    source: "003_cb0e800cb11a91bb.txt Sec. IV C after eq. (150), eq. (2)",
    statement:
      "α_zz ≠ 0 is necessary to form a nonzero temperature gradient; at θ = π/4 (α_zz = 1/2) one forms.",
    quantity: "smallest T_1 − T_N of the zeroth-order profile over N = 2 … 12",
    tolerance: "> 1e-6 at every N (far above round-off), hotter at the hot bath's end",
  },
] as const;

/**
 * What paper 003 does not show: the zeroth-order temperature profile of the tilted Ising chain (θ = π/4)
 * for N = 2 … 12, from the perturbative engine, against the position (l + 1)/(N + 1) along the chain with
 * the baths at 0 and 1. Sec. III B hopes the zeroth order stays useful for long chains; the profile shows
 * how the gradient inside the chain and the jumps at its ends change with N.
 */
export default defineFigure({
  id: "paper-003-profile-length",
  title: "Zeroth-order temperature profile against the chain length",
  source: "003_cb0e800cb11a91bb.txt Sec. III B, IV C, eqs. (45)-(47), (150)",
  description:
    "The λ → 0 profile T_l of the tilted Ising chain at θ = π/4 between baths at T_L = 1.5 and T_R = 0.5 for N = 2, " +
    "4, …, 12 spins (perturbative engine), against the relative position along the chain.",
  claims: CLAIMS,
  compute(context) {
    const notes: string[] = [];
    const series: LineChartSpec["series"] = [];
    const base = context.prepared.problemAt({ theta: THETA }, "figure").parameters as Record<string, number>;
    const couplings = {
      alphaZZ: Math.cos(THETA) ** 2,
      alphaPlus: Math.sin(THETA) ** 2,
      tL: base.tL,
      tR: base.tR,
    };
    const identities: { N: number; mismatch: number }[] = [];
    const gradients: { N: number; step: number }[] = [];
    const [engine] = figureEngines(context, { approximations: ["perturbative"], needs: ["steadyState"] });
    for (const N of engine ? PROFILE_LENGTHS : []) {
      const profile = temperatureProfile(context, engine, { N, theta: THETA });
      if (typeof profile === "string") {
        notes.push(`N = ${N}: ${profile}`);
        continue;
      }
      const x = [0, ...profile.T.map((_, l) => (l + 1) / (N + 1)), 1];
      series.push({ name: `N = ${N}`, x, y: [base.TL, ...profile.T, base.TR] });
      const sides = chainIdentitySides(profile.rho, profile.space, couplings);
      identities.push({ N, mismatch: Math.abs(sides.lhs - sides.rhs) });
      gradients.push({ N, step: profile.T[0] - profile.T[N - 1] });
    }
    const complete = identities.length === PROFILE_LENGTHS.length;
    const reason = engine
      ? "no zeroth-order state at some N (see the notes)"
      : "no perturbative engine in the run";
    const worst = identities.reduce((a, b) => (b.mismatch > a.mismatch ? b : a), identities[0]);
    const flattest = gradients.reduce((a, b) => (b.step < a.step ? b : a), gradients[0]);
    const verdicts: ClaimOutcome[] = complete
      ? [
          {
            claim: "identity-every-length",
            verdict: worst.mismatch <= EXACT_TOLERANCE ? "confirmed" : "refuted",
            evidence: `largest |LHS − RHS| = ${formatNumber(worst.mismatch)} (N = ${worst.N})`,
          },
          {
            claim: "gradient-every-length",
            verdict: flattest.step > NONZERO_GRADIENT ? "confirmed" : "refuted",
            evidence:
              `smallest T_1 − T_N = ${formatNumber(flattest.step)} (N = ${flattest.N}); ` +
              gradients.map((g) => `N = ${g.N}: ${formatNumber(g.step)}`).join(", "),
          },
        ]
      : CLAIMS.map((claim) => ({ claim: claim.id, verdict: "inconclusive", evidence: reason }));
    return {
      charts: [
        {
          kind: "line",
          title: "λ → 0 profile, θ = π/4",
          xLabel: "position (l + 1)/(N + 1) (0 and 1: the baths)",
          yLabel: "local temperature T",
          legendTitle: "chain length",
          series,
        },
      ],
      verdicts,
      notes,
    };
  },
});
