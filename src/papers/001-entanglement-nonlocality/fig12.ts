import { defineFigure } from "../../plugins/figure.js";
import { normalisedI3322 } from "./bell-functions.js";
import { valueOrGap } from "./bell-sweep.js";
import { type BiasPanel, scanBiasPanels } from "./bias-panels.js";
import { FIG12_CLAIMS, type Fig12Panel, judgeFig12 } from "./fig12-claims.js";

const PANELS: BiasPanel[] = [
  { label: "(a) ε1 = ε2", set: { de: 0 }, symmetric: true },
  { label: "(b) 3ε1 = ε2", set: { de: 1 }, symmetric: false },
];
const BIAS_RANGE = { from: -1.5, to: 1.5 };
const BIAS_POINTS = 31;
/**
 * Paper 001 Fig. 12: concurrence, I2 and I3 of the double-dot steady state against Δμ = μ2 − μ1 at
 * μ̄ = ε̄, κ = 0.6ε̄, γ = 0.1ε̄, T = 0.15ε̄ (Sec. 5.3), with the maxima marked.
 */
export default defineFigure({
  id: "paper-001-fig12",
  title: "Entanglement and Bell nonlocality against the chemical-potential difference",
  source: "001_a04d396bbf339a9e.txt Fig. 12, eqs. (1), (5), (8), (21), (23)",
  description:
    "Concurrence and the Bell functions I2 and I3 of the double-dot steady state against Δμ = μ2 − μ1 at μ̄ = ε̄, " +
    "κ = 0.6ε̄, γ1 = γ2 = 0.1ε̄, T = 0.15ε̄, for identical (a) and detuned (b, 3ε1 = ε2) dots. Marks: maxima.",
  claims: FIG12_CLAIMS,
  async compute(context) {
    const { xs, paper, charts, panels } = await scanBiasPanels(context, {
      parameter: "dmu",
      xLabel: "Δμ = μ2 − μ1",
      range: BIAS_RANGE,
      points: BIAS_POINTS,
      panels: PANELS,
      criticalSearch: { points: 31, tolerance: 1e-4 },
    });
    const notes: string[] = [];
    const judged: Fig12Panel[] = [];
    for (const { panel, paper: curves } of panels) {
      if (!curves) continue;
      const { C, I2, I3, critical } = curves;
      judged.push({
        label: panel.label,
        symmetric: panel.symmetric,
        bias: xs,
        C,
        I2,
        I3,
        i3322: curves.points.map((p) => p?.i3322 ?? null),
        // no claim is about the maximum of I3 in the symmetric panel, where it is 0 throughout
        critical: { C: critical("C"), I2: critical("I2"), I3: panel.symmetric ? undefined : critical("I3") },
      });
    }
    const symmetric = panels.find(({ panel }) => panel.symmetric)!;
    const symmetricI3 = Object.values(symmetric.curves).flatMap((points) =>
      points.map((p) => valueOrGap(p, (q) => (q.i3322 === null ? null : normalisedI3322(q.i3322)))),
    );
    if (symmetricI3.length > 0 && symmetricI3.every((v) => v === 0)) {
      notes.push(
        "Panel (a)'s I3 is 0 at every Δμ for every engine: the I3322 inequality is not violated there, as the " +
          "paper reports (claim no-i3322-violation-symmetric gives the largest Tr[B3322 ρ]).",
      );
    }
    return { charts, notes, verdicts: judgeFig12(paper ? judged : undefined) };
  },
});
