import { bellMeasuresAt } from "./bell-measures-at.js";
import { normalisedI3322 } from "./bell-functions.js";
import { defineFigure, type LineChartSpec } from "../../plugins/figure.js";
import { linearPoints } from "../../runner/sweep.js";
import { criticalBias } from "./critical-bias.js";
import {
  CORRELATION_MEASURES,
  engineChart,
  bellEngines,
  maximumMark,
  solvePlans,
  valueOrGap,
} from "./bell-sweep.js";
import { FIG12_CLAIMS, type Fig12Panel, judgeFig12 } from "./fig12-claims.js";
import { paperEngineId } from "./paper-engine.js";

const PANELS: { label: string; set: Record<string, number>; symmetric: boolean }[] = [
  { label: "(a) ε1 = ε2", set: { de: 0 }, symmetric: true },
  { label: "(b) 3ε1 = ε2", set: { de: 1 }, symmetric: false },
];
const BIAS_RANGE = { from: -1.5, to: 1.5 };
const BIAS_POINTS = 31;
/** The maxima in Δμ (eq. (35) with Δμ for ΔT): samples bracketing each, then golden sections. */
const CRITICAL_SEARCH = { ...BIAS_RANGE, points: 31, tolerance: 1e-4 };

/** C (eq. (1)), I2 (eq. (5)), I3 (eq. (8)) of one steady state, NaN without one. */
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
    const xs = linearPoints(BIAS_RANGE.from, BIAS_RANGE.to, BIAS_POINTS);
    const plans = PANELS.map((panel) => ({
      parameter: "dmu",
      xs,
      engines: bellEngines(context, panel.set),
      set: panel.set,
      withI3322: true,
    }));
    const solved = await solvePlans(context, plans);
    const paper = paperEngineId(context);
    const charts: LineChartSpec[] = [];
    const notes: string[] = [];
    const judged: Fig12Panel[] = [];
    PANELS.forEach((panel, k) => {
      const curves = solved[k];
      const reference = (paper && curves[paper]) || Object.values(curves)[0];
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
      if (!paper || !curves[paper]) return;
      const search = (key: "C" | "I2" | "I3") =>
        criticalBias((dmu) => bellMeasuresAt(context, paper, { ...panel.set, dmu })[key], CRITICAL_SEARCH);
      const [C, I2, I3] = CORRELATION_MEASURES.map((m) => curves[paper].map((p) => valueOrGap(p, m.select)));
      judged.push({
        label: panel.label,
        symmetric: panel.symmetric,
        bias: xs,
        C,
        I2,
        I3,
        i3322: curves[paper].map((p) => p?.i3322 ?? null),
        // no claim is about the maximum of I3 in the symmetric panel, where it is 0 throughout
        critical: { C: search("C"), I2: search("I2"), I3: panel.symmetric ? undefined : search("I3") },
      });
    });
    const symmetricI3 = Object.values(solved[PANELS.findIndex((p) => p.symmetric)]).flatMap((points) =>
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
