import { bellMeasuresAt } from "./bell-measures-at.js";
import { criticalBias } from "./critical-bias.js";
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
import { FIG8_CLAIMS, type Fig8Panel, judgeFig8 } from "./fig8-claims.js";
import { paperEngineId } from "./paper-engine.js";

/** Panels of Fig. 8 (κ = 3ε̄, T̄ = 0.4ε̄, γ̄ = 0.1ε̄): the set-up and its label. */
const PANELS: { label: string; set: Record<string, number>; symmetric: boolean }[] = [
  { label: "(a) ε1 = ε2, γ1 = γ2", set: { de: 0, dg: 0 }, symmetric: true },
  { label: "(b) 3ε1 = ε2", set: { de: 1, dg: 0 }, symmetric: false },
  { label: "(d) 3γ2 = γ1 = 0.15ε̄", set: { de: 0, dg: -0.1 }, symmetric: false },
];
/** ΔT = T2 − T1 up to ±0.76 (T̄ = 0.4: each bath stays above 0.02). */
const BIAS_RANGE = { from: -0.76, to: 0.76 };
const BIAS_POINTS = 31;
/** The search of eq. (35): samples bracketing the maximum, then golden sections to this tolerance. */
const CRITICAL_SEARCH = { ...BIAS_RANGE, points: 39, tolerance: 1e-4 };

/** The three measures of one steady state: C (eq. (1)), I2 (eq. (5)), I3 (eq. (8)), NaN without a state. */
/**
 * Paper 001 Fig. 8: concurrence (eq. (1)), I2 (eq. (5)) and I3 (eq. (8)) of the steady state against ΔT at
 * fixed T̄ = 0.4ε̄, with the maxima marked; the critical nonequilibrium temperature differences of eq. (35)
 * for the Bloch-Redfield engine (the paper's) decide the claims.
 */
export default defineFigure({
  id: "paper-001-fig8",
  title: "Entanglement and Bell nonlocality against the temperature difference",
  source: "001_a04d396bbf339a9e.txt Fig. 8, eqs. (1), (5), (8), (35)",
  description:
    "Concurrence and the Bell functions I2 (CHSH) and I3 (I3322) of the steady state against ΔT = T2 − T1 at " +
    "T̄ = 0.4ε̄, κ = 3ε̄, for identical qubits (a), detuned qubits 3ε1 = ε2 (b) and unequal couplings (d). " +
    "Marks: maxima; a maximum away from ΔT = 0 is a critical nonequilibrium temperature difference (eq. (35)).",
  claims: FIG8_CLAIMS,
  async compute(context) {
    const xs = linearPoints(BIAS_RANGE.from, BIAS_RANGE.to, BIAS_POINTS);
    const plans = PANELS.map((panel) => ({
      parameter: "dT",
      xs,
      engines: bellEngines(context, panel.set),
      set: panel.set,
      withI3322: true,
    }));
    const solved = await solvePlans(context, plans);
    const paper = paperEngineId(context);
    const charts: LineChartSpec[] = [];
    const notes: string[] = [];
    const judged: Fig8Panel[] = [];
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
            "ΔT = T2 − T1",
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
        criticalBias((dT) => bellMeasuresAt(context, paper, { ...panel.set, dT })[key], CRITICAL_SEARCH);
      const critical = { C: search("C"), I2: search("I2"), I3: search("I3") };
      const [C, I2, I3] = CORRELATION_MEASURES.map((m) => curves[paper].map((p) => valueOrGap(p, m.select)));
      judged.push({ label: panel.label, symmetric: panel.symmetric, bias: xs, C, I2, I3, critical });
      for (const [name, c] of Object.entries(critical)) {
        notes.push(
          `${panel.label}: ${paper} ΔT_0,${name} (eq. 35) ${c.found ? `= ${c.bias.toFixed(4)}` : `not interior (${c.reason})`}`,
        );
      }
    });
    return { charts, notes, verdicts: judgeFig8(paper ? judged : undefined) };
  },
});
