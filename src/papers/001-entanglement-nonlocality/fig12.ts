import { defineFigure, type LineChartSpec } from "../../plugins/figure.js";
import { linearPoints } from "../../runner/sweep.js";
import {
  CORRELATION_MEASURES,
  engineChart,
  bellEngines,
  maximumMark,
  solvePlans,
  valueOrGap,
} from "./bell-sweep.js";

const PANELS: { label: string; set: Record<string, number> }[] = [
  { label: "(a) ε1 = ε2", set: { de: 0 } },
  { label: "(b) 3ε1 = ε2", set: { de: 1 } },
];

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
  async compute(context) {
    const xs = linearPoints(-1.5, 1.5, 31);
    const plans = PANELS.map((panel) => ({
      parameter: "dmu",
      xs,
      engines: bellEngines(context, panel.set),
      set: panel.set,
      withI3322: true,
    }));
    const solved = await solvePlans(context, plans);
    const charts: LineChartSpec[] = [];
    PANELS.forEach((panel, k) => {
      const curves = solved[k];
      const reference = curves.redfield ?? Object.values(curves)[0];
      for (const measure of CORRELATION_MEASURES) {
        const marks = reference
          ? maximumMark(
              xs,
              reference.map((p) => valueOrGap(p, measure.select)),
              measure.key,
            )
          : [];
        charts.push(
          engineChart(
            `${panel.label}: ${measure.label}`,
            "Δμ = μ2 − μ1",
            measure.label,
            xs,
            curves,
            measure.select,
            marks,
          ),
        );
      }
    });
    return { charts };
  },
});
