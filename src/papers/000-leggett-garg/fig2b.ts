import { defineFigure, type LineChartSpec } from "../../plugins/figure.js";
import { linearPoints } from "../../runner/sweep.js";
import { caseKeyOf } from "../../cases/build-problem.js";
import { figureEngines, figureOptions } from "../figure-engines.js";
import { type MlgiColumnTask, mlgiColumns } from "./mlgi-grid.js";

/**
 * Mean temperatures of the slices. Paper 000 Fig. 2b caption: the inset holds T̃M = 2.25, 2.5, 2.75, 3.0,
 * 3.25; the main panel "the lowest values of T̃M" (its legend is lost in the text), here 0.75 … 2. T̃M = 5
 * and 8 are added above the suite's own curvature borderline (≈ 3.9 at Γ̃ = 0.05 for the global equation,
 * against ≈ 2.0 from eq. (25)), where a bias does suppress the violation.
 */
export const FIG2B_LOW_TM = [0.75, 1, 1.25, 1.5, 2];
export const FIG2B_INSET_TM = [2.25, 2.5, 2.75, 3, 3.25, 5, 8];
/** ΔT ≥ 0 only: the curves are even in ΔT for identical qubits (caption). |ΔT| ≤ 2T_M for the lowest T_M. */
export const FIG2B_BIAS = linearPoints(0, 1.4, 15);
/** Approximations drawn, one chart each; the paper's is the secular (global) one. */
const APPROXIMATIONS = ["secular", "local", "bloch-redfield"] as const;

/**
 * Paper 000 Fig. 2b: slices of the MLGI against the temperature bias ΔT at fixed T_M, ε̃ = 3 and
 * Γ̃ = 0.05 (the case's defaults). A bias enhances the violation at low T_M and suppresses it at high
 * T_M (Sec. IV; the curvature borderline of eq. (25)).
 */
export default defineFigure({
  id: "paper-000-fig2b",
  title: "Maximal LGI violation against the temperature bias",
  source: "000_47becd3a7196453b.txt Fig. 2b, eqs. (19), (24), (25)",
  description:
    "MLGI = max F(0, τ, 2τ) − 1 over the first violation window (σz of qubit 0) against ΔT = T1 − T2 at " +
    `fixed mean temperature T_M, ε and Γ of the case: low T_M (${FIG2B_LOW_TM.join(", ")}) where a bias ` +
    `enhances the violation, and higher T_M (${FIG2B_INSET_TM.join(", ")}: the caption's inset values plus 5 ` +
    "and 8, above the global equation's curvature borderline) where it stops doing so (global equation; the " +
    "other engines at low T_M only).",
  async compute(context) {
    const { prepared } = context;
    const engines = figureEngines(context, {
      approximations: APPROXIMATIONS,
      needs: ["generator", "steadyState"],
    });
    const gamma = Number(prepared.problemAt({}, "figure").parameters.Gamma);
    const problem = prepared.problemAt({}, "figure");
    const panels = engines.flatMap((engine) => [
      { engineId: engine.id, label: "low T_M", temperatures: FIG2B_LOW_TM },
      ...(engine.traitsFor(figureOptions(context, engine, problem)).approximation === "secular"
        ? [{ engineId: engine.id, label: "higher T_M (inset)", temperatures: FIG2B_INSET_TM }]
        : []),
    ]);
    const tasks: MlgiColumnTask[] = panels.flatMap((panel) =>
      panel.temperatures.map((TM) => ({
        caseId: caseKeyOf(prepared),
        engineId: panel.engineId,
        overrides: {},
        gamma,
        points: FIG2B_BIAS.map((dT) => ({ TM, dT })),
      })),
    );
    const columns = await mlgiColumns(context.tasks, tasks, context.onProgress);
    let k = 0;
    const charts: LineChartSpec[] = panels.map((panel) => ({
      kind: "line",
      title: `${panel.engineId}, ${panel.label}: MLGI against ΔT (Γ = ${gamma})`,
      xLabel: "ΔT = T1 − T2",
      yLabel: "MLGI",
      legendTitle: "mean temperature",
      series: panel.temperatures.map((TM) => ({ name: `T_M = ${TM}`, x: FIG2B_BIAS, y: columns[k++] })),
    }));
    return { charts };
  },
});
