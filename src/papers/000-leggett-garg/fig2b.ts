import { defineFigure, type LineChartSpec } from "../../plugins/figure.js";
import { linearPoints } from "../../runner/sweep.js";
import { caseKeyOf } from "../../cases/build-problem.js";
import { figureEngines, figureOptions } from "../figure-engines.js";
import { type MlgiColumnTask, mlgiColumns } from "./mlgi-grid.js";
import { borderlinesAtGamma } from "./lgi-borderlines.js";
import { analyticBorderlines, eq25Prefactor } from "./analytic-mlgi.js";
import { FIG2B_CLAIMS, type Fig2bSlice, judgeFig2b } from "./fig2b-claims.js";
import { caseGamma } from "./paper-coupling.js";
import type { MlgiDefinition } from "./mlgi-definition.js";

/**
 * Mean temperatures of the slices (units of V). Paper 000 Fig. 2b caption: the inset holds T̃M = 2.25, 2.5,
 * 2.75, 3.0, 3.25; the main panel "the lowest values of T̃M" (its legend is lost in the text), here 0.75 … 2.
 */
export const FIG2B_LOW_TM = [0.75, 1, 1.25, 1.5, 2];
export const FIG2B_INSET_TM = [2.25, 2.5, 2.75, 3, 3.25];
/** ΔT ≥ 0 only: the curves are even in ΔT for identical qubits (caption). |ΔT| ≤ 2T_M for the lowest T_M. */
export const FIG2B_BIAS = linearPoints(0, 1.4, 15);
/** Fig. 2 caption: ε̃ = 3 (the case's) and Γ̃ = 0.05, the paper's coupling (paper-coupling.ts). */
export const FIG2B_PAPER_GAMMA = 0.05;
/** The quantity of the Fig. 2a caption, "the first MLGI (for τ̃ = π/6)" (mlgi-definition.ts). */
const DEFINITION: MlgiDefinition = "at-pi-over-6";
/** Approximations drawn, one chart each; the paper's is the secular (global) one. */
const APPROXIMATIONS = ["secular", "local", "bloch-redfield"] as const;

/**
 * Paper 000 Fig. 2b: slices of the MLGI against the temperature bias ΔT at fixed T̃_M, ε̃ = 3 and Γ̃ = 0.05.
 * A bias enhances the violation at low T̃_M and suppresses it at high T̃_M (Sec. IV; the curvature
 * borderline of eq. (25)).
 */
export default defineFigure({
  id: "paper-000-fig2b",
  title: "Maximal LGI violation against the temperature bias",
  source: "000_47becd3a7196453b.txt Fig. 2b, eqs. (19), (24), (25)",
  description:
    "The caption's “first MLGI (for τ̃ = π/6)”, F(0, τ, 2τ) − 1 at Vτ = π/6 (σz of qubit 0), against " +
    `ΔT = T1 − T2 at fixed mean temperature T̃_M, ε̃ of the case and the paper's Γ̃ = ${FIG2B_PAPER_GAMMA} ` +
    "(the case's Gamma = 2VΓ̃): the main panel's low T̃_M " +
    `(${FIG2B_LOW_TM.join(", ")}) and the inset's (${FIG2B_INSET_TM.join(", ")}; global equation, the other ` +
    "engines at low T̃_M only). The paper plots the slices against the heat current, odd and monotonic in ΔT, " +
    "so rising and falling read the same.",
  claims: FIG2B_CLAIMS,
  async compute(context) {
    const { prepared } = context;
    const engines = figureEngines(context, {
      approximations: APPROXIMATIONS,
      needs: ["generator", "steadyState"],
    });
    const problem = prepared.problemAt({}, "figure");
    const V = Number(problem.parameters.V);
    const eps = Number(problem.parameters.eps) / V;
    const gamma = caseGamma(FIG2B_PAPER_GAMMA, V);
    const global = engines.find(
      (engine) => engine.traitsFor(figureOptions(context, engine, problem)).approximation === "secular",
    );
    const panels = engines.flatMap((engine) => [
      { engineId: engine.id, label: "low T̃_M", temperatures: FIG2B_LOW_TM },
      ...(engine === global
        ? [{ engineId: engine.id, label: "higher T̃_M (inset)", temperatures: FIG2B_INSET_TM }]
        : []),
    ]);
    const tasks: MlgiColumnTask[] = panels.flatMap((panel) =>
      panel.temperatures.map((TM) => ({
        caseId: caseKeyOf(prepared),
        engineId: panel.engineId,
        overrides: {},
        gamma,
        points: FIG2B_BIAS.map((dT) => ({ TM: V * TM, dT: V * dT })),
        definition: DEFINITION,
      })),
    );
    const columns = await mlgiColumns(context.tasks, tasks, context.onProgress);
    let k = 0;
    const slices = panels.map((panel) =>
      panel.temperatures.map((TM): Fig2bSlice => ({ TM, mlgi: columns[k++] })),
    );
    const charts: LineChartSpec[] = panels.map((panel, p) => ({
      kind: "line",
      title: `${panel.engineId}, ${panel.label}: MLGI at τ̃ = π/6 against ΔT (Γ̃ = ${FIG2B_PAPER_GAMMA})`,
      xLabel: "ΔT̃ = (T1 − T2)/V",
      yLabel: "MLGI (τ̃ = π/6)",
      legendTitle: "mean temperature",
      series: slices[p].map((slice) => ({ name: `T̃_M = ${slice.TM}`, x: FIG2B_BIAS, y: slice.mlgi })),
    }));
    const border = (definition: MlgiDefinition) => {
      const TM = borderlinesAtGamma(
        {
          caseId: caseKeyOf(prepared),
          engineId: global!.id,
          options: {},
          overrides: {},
          observable: "Z0",
          gamma,
          definition,
        },
        context.tasks,
      ).curvatureTM;
      return TM === null ? null : TM / V;
    };
    const globalPanels = panels.flatMap((panel, p) => (panel.engineId === global?.id ? [slices[p]] : []));
    const verdicts = judgeFig2b({
      low: global ? globalPanels[0] : undefined,
      inset: global ? globalPanels[1] : undefined,
      border: global ? { atPiOverSix: border("at-pi-over-6"), maximum: border("maximum") } : undefined,
      analyticBorder: analyticBorderlines(eps, FIG2B_PAPER_GAMMA).curvatureTM,
      eq25Border: eq25Prefactor(eps) * FIG2B_PAPER_GAMMA ** (-1 / 3),
      range: [FIG2B_LOW_TM[0], FIG2B_INSET_TM.at(-1)!],
    });
    return { charts, verdicts };
  },
});
