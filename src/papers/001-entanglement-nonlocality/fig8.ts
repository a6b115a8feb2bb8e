import { normalisedChsh } from "./bell-functions.js";
import { criticalBias } from "./critical-bias.js";
import { caseKeyOf } from "../../cases/build-problem.js";
import { defineFigure, type FigureContext, type LineChartSpec } from "../../plugins/figure.js";
import { figureEngines } from "../figure-engines.js";
import { linearPoints } from "../../runner/sweep.js";
import { solveBellPoint } from "./bell-point.js";
import {
  CORRELATION_MEASURES,
  engineChart,
  bellEngines,
  maximumMark,
  solvePlans,
  valueOrGap,
} from "./bell-sweep.js";

/** Panels of Fig. 8 (κ = 3ε̄, T̄ = 0.4ε̄, γ̄ = 0.1ε̄): the set-up and its label. */
const PANELS: { label: string; set: Record<string, number> }[] = [
  { label: "(a) ε1 = ε2, γ1 = γ2", set: { de: 0, dg: 0 } },
  { label: "(b) 3ε1 = ε2", set: { de: 1, dg: 0 } },
  { label: "(d) 3γ2 = γ1 = 0.15ε̄", set: { de: 0, dg: -0.1 } },
];

/**
 * Paper 001 Fig. 8: concurrence (eq. (1)), I2 (eq. (5)) and I3 (eq. (8)) of the steady state against ΔT at
 * fixed T̄ = 0.4ε̄, with the maxima marked; the notes give the critical nonequilibrium temperature
 * differences of eq. (35) for the Redfield engine.
 */
export default defineFigure({
  id: "paper-001-fig8",
  title: "Entanglement and Bell nonlocality against the temperature difference",
  source: "001_a04d396bbf339a9e.txt Fig. 8, eqs. (1), (5), (8), (35)",
  description:
    "Concurrence and the Bell functions I2 (CHSH) and I3 (I3322) of the steady state against ΔT = T2 − T1 at " +
    "T̄ = 0.4ε̄, κ = 3ε̄, for identical qubits (a), detuned qubits 3ε1 = ε2 (b) and unequal couplings (d). " +
    "Marks: maxima; a maximum away from ΔT = 0 is a critical nonequilibrium temperature difference (eq. (35)).",
  async compute(context) {
    const xs = linearPoints(-0.76, 0.76, 31);
    const plans = PANELS.map((panel) => ({
      parameter: "dT",
      xs,
      engines: bellEngines(context, panel.set),
      set: panel.set,
      withI3322: true,
    }));
    const solved = await solvePlans(context, plans);
    // the critical differences of eq. (35) are the paper's, from its Bloch-Redfield equation
    const redfield = figureEngines(context, {
      approximations: ["bloch-redfield"],
      needs: ["steadyState", "currents"],
    })[0];
    const charts: LineChartSpec[] = [];
    const notes: string[] = [];
    PANELS.forEach((panel, k) => {
      const curves = solved[k];
      for (const measure of CORRELATION_MEASURES) {
        const reference = (redfield && curves[redfield.id]) ?? Object.values(curves)[0];
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
      if (redfield && curves[redfield.id]) {
        for (const [name, measure] of [
          [
            "C",
            (set: Record<string, number>) =>
              solveBellPoint(request(context, redfield.id, set), context.tasks)?.concurrence ?? Number.NaN,
          ],
          [
            "I2",
            (set: Record<string, number>) =>
              normalisedChsh(
                solveBellPoint(request(context, redfield.id, set), context.tasks)?.chsh ?? Number.NaN,
              ),
          ],
        ] as const) {
          const critical = criticalBias((dT) => measure({ ...panel.set, dT }), {
            from: -0.76,
            to: 0.76,
            points: 39,
            tolerance: 1e-4,
          });
          notes.push(
            `${panel.label}: ${redfield.id} ΔT_0,${name} (eq. 35) ${critical.found ? `= ${critical.bias.toFixed(4)}` : `not interior (${critical.reason})`}`,
          );
        }
      }
    });
    return { charts, notes };
  },
});

function request(context: FigureContext, engineId: string, set: Record<string, number>) {
  return { caseId: caseKeyOf(context.prepared), engineId, set };
}
