import { parseDichotomicObservable } from "../../measures/dichotomic-observable.js";
import { engineCorrelation } from "./engine-correlation.js";
import { lgiCurve, maximalViolation } from "../../measures/leggett-garg.js";
import type { Engine } from "../../plugins/engine.js";
import { defineFigure, type FigureContext, type LineChartSpec } from "../../plugins/figure.js";
import { figureEngines, figureOptions } from "../figure-engines.js";
import { r23At, unitaryLgi } from "./unitary-limit.js";

/**
 * Qubit splittings of the curves. The legend of paper 000 Fig. 1 is lost in the text; the text around
 * it discusses ε̃ > 1 against smaller splittings down to ε̃ ~ 1.4 (photosynthetic excitons). ε̃ = 1 is
 * left out: a Bohr frequency ε − V = 0 meets the divergent n(0) of a flat bosonic bath, which the
 * engines refuse (the paper: "equivalent to a bath at infinite temperature", no violation).
 */
export const FIG1_SPLITTINGS = [1.4, 2, 3, 5];
/** Fig. 1 caption: equilibrium, T̃1 = T̃2 = 1.1; violations "still visible up to τ̃ = 10". */
const FIG1_SET = { TM: 1.1, dT: 0 };
const TAU_MAX = 10;
const POINTS = 401;
/** Approximations drawn (the paper's is the global one; the others for comparison when selected). */
const APPROXIMATIONS = ["secular", "local", "bloch-redfield"] as const;

export interface LgiSeries {
  tau: number[];
  F: number[];
  mlgi: number;
  tauAtMax: number | null;
}

/** F(0, τ, 2τ) on [0, tauMax] (eq. (19)) and the refined maximal violation, observable σz of qubit 0. */
export function lgiSeries(
  context: FigureContext,
  engine: Engine,
  set: Record<string, number | string>,
  tauMax: number,
  points: number,
): LgiSeries {
  const problem = context.prepared.problemAt(set, "figure");
  const observable = parseDichotomicObservable("Z0", problem.space);
  const correlation = engineCorrelation(problem, engine, figureOptions(context, engine, problem), observable);
  const { tau, F } = lgiCurve(correlation, tauMax, points);
  const { mlgi, tauAtMax } = maximalViolation(correlation);
  return { tau, F, mlgi, tauAtMax };
}

/**
 * Paper 000 Fig. 1: the LGI function at thermal equilibrium for several qubit splittings, one chart per
 * engine, with the unitary curve of eq. (23) for the case's ε and the refined maxima marked.
 */
export default defineFigure({
  id: "paper-000-fig1",
  title: "Leggett-Garg function at thermal equilibrium for several qubit splittings",
  source: "000_47becd3a7196453b.txt Fig. 1, eqs. (19), (22), (23)",
  description:
    `F(0, τ, 2τ) of σz on qubit 0 in the steady state at T1 = T2 = 1.1 (units of V), Γ of the case, for ` +
    `ε = ${FIG1_SPLITTINGS.join(", ")}; the LGI is violated where F > 1. Dashed grey rules mark the refined ` +
    "maxima (MLGI); the unitary curve is eq. (23) with r23 of eq. (22) for the case's ε. ε = 1 is not drawn: " +
    "its zero Bohr frequency meets the divergent n(0) of a flat bosonic bath.",
  compute(context) {
    const { prepared } = context;
    const V = Number(prepared.problemAt(FIG1_SET, "figure").parameters.V);
    const eps = Number(prepared.problemAt(FIG1_SET, "figure").parameters.eps);
    const engines = figureEngines(context, {
      approximations: APPROXIMATIONS,
      needs: ["generator", "steadyState"],
      set: FIG1_SET,
    });
    const charts: LineChartSpec[] = [];
    const notes: string[] = [];
    const total = engines.length * FIG1_SPLITTINGS.length;
    let done = 0;
    for (const engine of engines) {
      const chart: LineChartSpec = {
        kind: "line",
        title: `${engine.id}: F(0, τ, 2τ) at T1 = T2 = ${FIG1_SET.TM}`,
        xLabel: "Vτ",
        yLabel: "F(0, τ, 2τ)",
        legendTitle: "qubit splitting",
        series: [],
        marks: [],
      };
      for (const splitting of FIG1_SPLITTINGS) {
        const curve = lgiSeries(context, engine, { ...FIG1_SET, eps: splitting }, TAU_MAX / V, POINTS);
        chart.series.push({ name: `ε = ${splitting}`, x: curve.tau.map((t) => V * t), y: curve.F });
        if (curve.tauAtMax !== null) {
          chart.marks!.push({ x: V * curve.tauAtMax, label: `max ε = ${splitting}` });
        }
        notes.push(
          `${engine.id}, ε = ${splitting}: MLGI = ${curve.mlgi.toPrecision(5)}` +
            (curve.tauAtMax === null ? " (no violation)" : ` at Vτ = ${(V * curve.tauAtMax).toPrecision(6)}`),
        );
        context.onProgress?.(++done, total);
      }
      const r23 = r23At(prepared.problemAt(FIG1_SET, "figure").parameters);
      const unitaryTau = chart.series[0].x;
      chart.series.push({
        name: `unitary, eq. (23), ε = ${eps}`,
        x: unitaryTau,
        y: unitaryTau.map((vt) => unitaryLgi(r23, vt)),
      });
      charts.push(chart);
    }
    notes.push(
      `Unitary limit (eq. (23)): maximum at Vτ = π/6 ≈ ${(Math.PI / 6).toPrecision(6)} for every temperature.`,
    );
    return { charts, notes };
  },
});
