import { defineFigure, type LineChartSpec } from "../../plugins/figure.js";
import { figureEngines } from "../figure-engines.js";
import { temperatureProfile } from "./temperature-profile.js";

/** The chain lengths drawn (the perturbative engine reaches twelve spins). */
export const PROFILE_LENGTHS = [2, 4, 6, 8, 10, 12];

/**
 * What paper 003 does not show: the zeroth-order temperature profile of the tilted Ising chain (θ = π/4)
 * for N = 2 … 12, from the perturbative engine, against the position (l + 1)/(N + 1) along the chain with
 * the baths at 0 and 1. Sec. III B hopes the zeroth order stays useful for long chains; the profile shows
 * how the gradient inside the chain and the jumps at its ends change with N.
 */
export default defineFigure({
  id: "paper-003-profile-length",
  title: "Zeroth-order temperature profile against the chain length",
  source: "003_cb0e800cb11a91bb.txt Sec. III B, eqs. (45)-(47)",
  description:
    "The λ → 0 profile T_l of the tilted Ising chain at θ = π/4 between baths at T_L = 1.5 and T_R = 0.5 for N = 2, " +
    "4, …, 12 spins (perturbative engine), against the relative position along the chain.",
  compute(context) {
    const notes: string[] = [];
    const series: LineChartSpec["series"] = [];
    const base = context.prepared.problemAt({}, "figure").parameters as Record<string, number>;
    for (const engine of figureEngines(context, {
      approximations: ["perturbative"],
      needs: ["steadyState"],
    })) {
      for (const N of PROFILE_LENGTHS) {
        const profile = temperatureProfile(context, engine, { N, theta: Math.PI / 4 });
        if (typeof profile === "string") {
          notes.push(`N = ${N}: ${profile}`);
          continue;
        }
        const x = [0, ...profile.T.map((_, l) => (l + 1) / (N + 1)), 1];
        series.push({ name: `N = ${N}`, x, y: [base.TL, ...profile.T, base.TR] });
      }
    }
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
      notes,
    };
  },
});
