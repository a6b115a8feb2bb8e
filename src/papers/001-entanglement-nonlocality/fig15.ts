import { rectificationRatio } from "./rectification-ratio.js";
import { defineFigure, type LineChartSpec } from "../../plugins/figure.js";
import { linearPoints } from "../../runner/sweep.js";
import { bellEngines, solvePlans } from "./bell-sweep.js";
import { FIG15_CLAIMS, type Fig15Panel, judgeFig15 } from "./fig15-claims.js";
import { paperEngineId } from "./paper-engine.js";

const BIAS = 0.6;

const PANELS: { label: string; parameter: string; xLabel: string; xs: number[] }[] = [
  { label: "(a) frequency detuning", parameter: "de", xLabel: "Δε = ε2 − ε1", xs: linearPoints(-1, 1, 21) },
  {
    label: "(b) coupling imbalance",
    parameter: "dg",
    xLabel: "Δγ = γ2 − γ1",
    xs: linearPoints(-0.15, 0.15, 21),
  },
];

/**
 * Paper 001 Fig. 15: rectification ratio R(ΔT) (eq. (36)) at ΔT = 0.6ε̄, T̄ = 0.4ε̄, κ = 3ε̄ against the
 * detuning Δε (γ1 = γ2 = 0.1ε̄) and the coupling imbalance Δγ (ε1 = ε2, γ̄ = 0.1ε̄). Sec. 5.4: R > 0 for
 * Δε > 0, R < 0 for Δγ > 0, nearly linear.
 */
export default defineFigure({
  id: "paper-001-fig15",
  title: "Thermal rectification ratio",
  source: "001_a04d396bbf339a9e.txt Fig. 15, eq. (36)",
  description:
    "Rectification ratio R = (I_2(ΔT) + I_2(−ΔT)) / max|I_2(±ΔT)| at ΔT = 0.6ε̄, T̄ = 0.4ε̄, κ = 3ε̄, against the " +
    "frequency detuning Δε (a) and the coupling imbalance Δγ (b).",
  claims: FIG15_CLAIMS,
  async compute(context) {
    const plans = PANELS.flatMap((panel) =>
      [BIAS, -BIAS].map((dT) => ({
        parameter: panel.parameter,
        xs: panel.xs,
        engines: bellEngines(context),
        set: { dT },
      })),
    );
    const solved = await solvePlans(context, plans);
    const charts: LineChartSpec[] = PANELS.map((panel, k) => {
      const [forward, backward] = [solved[2 * k], solved[2 * k + 1]];
      return {
        kind: "line",
        title: `${panel.label}, ΔT = ${BIAS}`,
        xLabel: panel.xLabel,
        yLabel: "R(ΔT) (eq. 36)",
        series: Object.keys(forward).map((engine) => ({
          name: engine,
          x: panel.xs,
          y: panel.xs.map((_, i) => {
            const [f, b] = [forward[engine][i], backward[engine][i]];
            if (f === null || b === null) return null;
            const r = rectificationRatio(f.currents.right.heat, b.currents.right.heat);
            return Number.isFinite(r) ? r : null;
          }),
        })),
      };
    });
    const paper = paperEngineId(context);
    const panelOf = (k: number): Fig15Panel | undefined => {
      const series = charts[k].series.find((s) => s.name === paper);
      return series && { x: series.x, R: series.y };
    };
    const [detuning, imbalance] = [panelOf(0), panelOf(1)];
    return { charts, verdicts: judgeFig15(detuning && imbalance ? { detuning, imbalance } : undefined) };
  },
});
