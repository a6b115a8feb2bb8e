import { defineFigure, type LineChartSpec } from "../../plugins/figure.js";
import { figureEngines } from "../figure-engines.js";
import { FIG4_PANELS } from "./fig4.js";
import { temperatureProfile, withBaths } from "./temperature-profile.js";

/** The couplings of Fig. 5. */
export const FIG5_COUPLINGS = [1e-1, 1e-2, 1e-3, 1e-4];
const FIG5_SITES = 6;

/**
 * Paper 003 Fig. 5: the profile of the six-spin tilted Ising chain from the weak-coupling master equation
 * at λ = 1e-1 … 1e-4 for θ = π/4 and π/2, with the perturbative λ → 0 profile where it exists. At
 * λ = 1e-4 the Liouvillian is ill-conditioned (estimates near 1e8): the residual and condition estimate of
 * each solve are in the notes.
 */
export default defineFigure({
  id: "paper-003-fig5",
  title: "Temperature profile of the six-spin tilted Ising chain",
  source: "003_cb0e800cb11a91bb.txt Fig. 5, eq. (150)",
  description:
    "Local temperatures of the N = 6 chain (sites 1-6, baths at 0 and 7) from the weak-coupling master equation " +
    "at λ = 0.1, 0.01, 0.001 and 0.0001, for θ = π/4 (a gradient forms, α_zz ≠ 0) and π/2 (flat, α_zz = 0), and " +
    "the perturbative zeroth-order profile.",
  compute(context) {
    const notes: string[] = [];
    const charts: LineChartSpec[] = FIG4_PANELS.map(({ theta, label }) => {
      const set = { N: FIG5_SITES, theta };
      const p = context.prepared.problemAt(set, "figure").parameters as Record<string, number>;
      const series: LineChartSpec["series"] = [];
      const draw = (name: string, engine: Parameters<typeof temperatureProfile>[1], lam: number) => {
        const profile = temperatureProfile(context, engine, { ...set, lam });
        if (typeof profile === "string") {
          notes.push(`${label}, ${name}: ${profile}`);
          return;
        }
        series.push({ name, ...withBaths(profile.T, p.TL, p.TR) });
        const condition = profile.conditionEstimate
          ? `, condition estimate ${profile.conditionEstimate.toExponential(1)}`
          : "";
        notes.push(`${label}, ${name}: residual ${profile.residual.toExponential(1)}${condition}`);
      };
      for (const engine of figureEngines(context, {
        approximations: ["weak-coupling"],
        needs: ["steadyState"],
        set,
      })) {
        for (const lam of FIG5_COUPLINGS) draw(`${engine.id} λ = ${lam}`, engine, lam);
      }
      for (const engine of figureEngines(context, {
        approximations: ["perturbative"],
        needs: ["steadyState"],
        set,
      })) {
        draw(`${engine.id} (λ → 0)`, engine, 0.01);
      }
      return {
        kind: "line",
        title: `${label}, N = ${FIG5_SITES}`,
        xLabel: `site (0 and ${FIG5_SITES + 1}: the baths)`,
        yLabel: "local temperature T",
        series,
      };
    });
    notes.push(
      "Paper: the gradient is non-zero for θ = π/4 and vanishes for θ = π/2; at λ = 0.01 the relative errors are of order 1e-2.",
    );
    return { charts, notes };
  },
});
