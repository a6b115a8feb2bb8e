import { defineFigure, type LineChartSpec } from "../../plugins/figure.js";
import { figureEngines } from "../figure-engines.js";
import { temperatureProfile, withBaths } from "./temperature-profile.js";

const COMPARISON_SET = { N: 6, theta: Math.PI / 4, lam: 0.01 };

/**
 * What paper 003 does not show: the six-spin profile at λ = 0.01 from every master equation of the run —
 * the paper's weak-coupling equation, global and local Lindblad, full Redfield — next to the λ → 0 profile.
 * The spread between them at one λ is the price of each approximation.
 */
export default defineFigure({
  id: "paper-003-engines",
  title: "The six-spin profile from every master equation",
  source: "003_cb0e800cb11a91bb.txt Sec. IV B, Fig. 5",
  description:
    "Local temperatures of the N = 6 tilted Ising chain (θ = π/4, λ = 0.01) from each selected engine: the weak-coupling " +
    "master equation of eq. (16), the global and local Lindblad equations, Bloch-Redfield and the perturbative λ → 0 state.",
  compute(context) {
    const notes: string[] = [];
    const p = context.prepared.problemAt(COMPARISON_SET, "figure").parameters as Record<string, number>;
    const series: LineChartSpec["series"] = [];
    for (const engine of figureEngines(context, { needs: ["steadyState"], set: COMPARISON_SET })) {
      const profile = temperatureProfile(context, engine, COMPARISON_SET);
      if (typeof profile === "string") notes.push(profile);
      else series.push({ name: engine.id, ...withBaths(profile.T, p.TL, p.TR) });
    }
    return {
      charts: [
        {
          kind: "line",
          title: "N = 6, θ = π/4, λ = 0.01",
          xLabel: "site (0 and 7: the baths)",
          yLabel: "local temperature T",
          series,
        },
      ],
      notes,
    };
  },
});
