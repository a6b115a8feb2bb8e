import { parseDichotomicObservable } from "../../measures/dichotomic-observable.js";
import { engineCorrelation } from "./engine-correlation.js";
import { lgiCurve, maximalViolation } from "../../measures/leggett-garg.js";
import type { Engine } from "../../plugins/engine.js";
import { defineFigure, type FigureContext, type LineChartSpec } from "../../plugins/figure.js";
import { figureEngines, figureOptions } from "../figure-engines.js";
import { r23At, unitaryLgi } from "./unitary-limit.js";
import { caseGamma } from "./paper-coupling.js";
import { FIG1_CLAIMS, type Fig1Curve, judgeFig1 } from "./fig1-claims.js";
import { lastViolation } from "./last-violation.js";

/**
 * Qubit splittings ε̃ = ε/V of the curves. The legend of paper 000 Fig. 1 is lost in the text; the text
 * compares weak inter-qubit coupling (ε̃ > 1) with strong coupling (ε̃ < 1, here 0.5) and mentions ε̃ ~ 1.4
 * (photosynthetic excitons). ε̃ = 1 is left out: a Bohr frequency ε − V = 0 meets the divergent n(0) of a
 * flat bosonic bath, which the engines refuse (the paper: "equivalent to a bath at infinite temperature",
 * no violation).
 */
export const FIG1_SPLITTINGS = [0.5, 1.4, 2, 3, 5];
/** Fig. 1 caption: equilibrium, T̃1 = T̃2 = 1.1. */
const FIG1_TEMPERATURE = 1.1;
/** Fig. 1 states no coupling: the paper's Γ̃ of Fig. 2 (paper-coupling.ts). */
const FIG1_PAPER_GAMMA = 0.05;
/** "Violations … still visible up to τ̃ = 10". */
const TAU_MAX = 10;
const POINTS = 401;
/** Approximations drawn (the paper's is the global one; the others for comparison when selected). */
const APPROXIMATIONS = ["secular", "local", "bloch-redfield"] as const;

export interface LgiSeries {
  tau: number[];
  F: number[];
  mlgi: number;
  tauAtMax: number | null;
  /** Where the last violation window on [0, tauMax] ends (last-violation.ts). */
  lastViolation: number | null;
}

/**
 * F(0, τ, 2τ) on [0, tauMax] (eq. (19)), the refined maximal violation and the end of the last violation,
 * observable σz of qubit 0.
 */
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
  return { tau, F, mlgi, tauAtMax, lastViolation: lastViolation(correlation, tau, F) };
}

/** The parameters of Fig. 1 for the case's V: T1 = T2 = 1.1 V and Gamma = 2VΓ̃. */
export function fig1Set(V: number): Record<string, number> {
  return { TM: FIG1_TEMPERATURE * V, dT: 0, Gamma: caseGamma(FIG1_PAPER_GAMMA, V) };
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
    `F(0, τ, 2τ) of σz on qubit 0 in the steady state at T̃1 = T̃2 = ${FIG1_TEMPERATURE} (units of V) for ` +
    `ε̃ = ${FIG1_SPLITTINGS.join(", ")} (ε̃ < 1: strong inter-qubit coupling), at the paper's Γ̃ = ` +
    `${FIG1_PAPER_GAMMA} of Fig. 2 (Fig. 1 states none; the case's Gamma = 2VΓ̃); the LGI is violated where ` +
    "F > 1. Dashed grey rules mark the refined maxima (MLGI); the unitary curve is eq. (23) with r23 of " +
    "eq. (22) for the case's ε. ε̃ = 1 is not drawn: its zero Bohr frequency meets the divergent n(0) of a " +
    "flat bosonic bath.",
  claims: FIG1_CLAIMS,
  compute(context) {
    const { prepared } = context;
    const defaults = prepared.problemAt({}, "figure").parameters;
    const V = Number(defaults.V);
    const eps = Number(defaults.eps);
    const set = fig1Set(V);
    const engines = figureEngines(context, {
      approximations: APPROXIMATIONS,
      needs: ["generator", "steadyState"],
      set,
    });
    const problem = prepared.problemAt(set, "figure");
    const charts: LineChartSpec[] = [];
    const notes: string[] = [];
    let globalCurves: Fig1Curve[] | undefined;
    const total = engines.length * FIG1_SPLITTINGS.length;
    let done = 0;
    for (const engine of engines) {
      const chart: LineChartSpec = {
        kind: "line",
        title: `${engine.id}: F(0, τ, 2τ) at T̃1 = T̃2 = ${FIG1_TEMPERATURE}, Γ̃ = ${FIG1_PAPER_GAMMA}`,
        xLabel: "Vτ",
        yLabel: "F(0, τ, 2τ)",
        legendTitle: "qubit splitting",
        series: [],
        marks: [],
      };
      const curves: Fig1Curve[] = [];
      for (const splitting of FIG1_SPLITTINGS) {
        const curve = lgiSeries(context, engine, { ...set, eps: splitting * V }, TAU_MAX / V, POINTS);
        const scaledTau = curve.tau.map((t) => V * t);
        const last = curve.lastViolation === null ? null : V * curve.lastViolation;
        curves.push({ eps: splitting, scaledTau, F: curve.F, lastViolation: last });
        chart.series.push({ name: `ε̃ = ${splitting}`, x: scaledTau, y: curve.F });
        if (curve.tauAtMax !== null) {
          chart.marks!.push({ x: V * curve.tauAtMax, label: `max ε̃ = ${splitting}` });
        }
        notes.push(
          `${engine.id}, ε̃ = ${splitting}: MLGI = ${curve.mlgi.toPrecision(5)}` +
            (curve.tauAtMax === null ? " (no violation)" : ` at Vτ = ${(V * curve.tauAtMax).toPrecision(6)}`),
        );
        context.onProgress?.(++done, total);
      }
      if (engine.traitsFor(figureOptions(context, engine, problem)).approximation === "secular") {
        globalCurves = curves;
      }
      const r23 = r23At(problem.parameters);
      const unitaryTau = chart.series[0].x;
      chart.series.push({
        name: `unitary, eq. (23), ε̃ = ${eps / V}`,
        x: unitaryTau,
        y: unitaryTau.map((vt) => unitaryLgi(r23, vt)),
      });
      charts.push(chart);
    }
    notes.push(
      `Unitary limit (eq. (23)): maximum at Vτ = π/6 ≈ ${(Math.PI / 6).toPrecision(6)} for every temperature.`,
    );
    const verdicts = judgeFig1({
      curves: globalCurves,
      temperature: FIG1_TEMPERATURE,
      gamma: FIG1_PAPER_GAMMA,
    });
    return { charts, verdicts, notes };
  },
});
