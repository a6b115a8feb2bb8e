import { asymptoticNonMarkovianity, epaRates } from "../../physics/newns/epa-rates.js";
import { newnsModel } from "../../physics/newns/newns-model.js";
import { defineFigure, type HeatmapSpec } from "../../plugins/figure.js";
import { parallelMap } from "../../runner/parallel-map.js";
import { linearPoints, logPoints } from "../../runner/sweep.js";
import { sourceModuleUrl } from "../../package-root.js";

/** Paper 004 Fig. 5 caption: h = 1, δ = 0, g = 0.5, Γ = 0.01, Ω = 10. */
export const FIG5_SETTINGS = { h: 1, delta: 0, g: 0.5, Gamma: 0.01, Omega: 10 };

/** The lead parameters of one point of a ν∞ map. */
export type LeadPoint = { TL: number; TR: number; muL: number; muR: number };

/** ν∞ of eq. (82) from the EPA rate matrices eq. (55) along one row of points (a parallelMap task). */
export function nonMarkovianityRow(points: LeadPoint[]): number[] {
  return points.map((leads) =>
    asymptoticNonMarkovianity(epaRates(newnsModel({ ...FIG5_SETTINGS, ...leads }))),
  );
}

const ROW_TASK = {
  moduleUrl: sourceModuleUrl("papers/004-newns-exact/fig5.js"),
  exportName: "nonMarkovianityRow",
  local: nonMarkovianityRow,
};

const POINTS = 25;

/** The three panels: chemical potentials at two fixed temperatures, and temperatures at fixed μ. */
const PANELS = [
  {
    title: "(a) ν∞ over (μL, μR), TL = TR = 0.02",
    xLabel: "μL",
    yLabel: "μR",
    log: false,
    at: (x: number, y: number) => ({ TL: 0.02, TR: 0.02, muL: x, muR: y }),
  },
  {
    title: "(b) ν∞ over (μL, μR), TL = TR = 0.1",
    xLabel: "μL",
    yLabel: "μR",
    log: false,
    at: (x: number, y: number) => ({ TL: 0.1, TR: 0.1, muL: x, muR: y }),
  },
  {
    title: "(c) ν∞ over (TL, TR), μL = μR = 1.1",
    xLabel: "TL",
    yLabel: "TR",
    log: true,
    at: (x: number, y: number) => ({ TL: x, TR: y, muL: 1.1, muR: 1.1 }),
  },
];

/**
 * Paper 004 Fig. 5: the asymptotic non-Markovianity ν∞ = Σ max(0, −λ^±_j) (eq. 82) of the EPA generator
 * (rate matrices eq. 55), positive where one chemical potential lies between E1,2 and the other outside.
 */
export default defineFigure({
  id: "paper-004-fig5",
  title: "Asymptotic non-Markovianity of the EPA master equation",
  source: "004_3bda4ae6cebee785.txt Fig. 5, eqs. (52), (55), (82)",
  description:
    "ν∞ = Σ_{s,j} max(0, −λ^s_j) (eq. 82) of the canonical rates of the EPA rate matrices Λ± (eqs. 52, 55) at " +
    "h = 1, δ = 0, g = 0.5, Γ = 0.01, Ω = 10 (caption). (a), (b): over (μL, μR) at fixed temperatures; " +
    "(c): over (TL, TR) at μL = μR = 1.1. The caption does not give the temperatures and μ used; these are " +
    "chosen. Dotted lines: μL,R = E1,2 = h ± g/2.",
  async compute(context) {
    const mus = linearPoints(0, 2, POINTS);
    const temperatures = logPoints(0.005, 1, POINTS);
    const tasks = PANELS.flatMap((panel) => {
      const axis = panel.log ? temperatures : mus;
      return axis.map((y) => axis.map((x) => panel.at(x, y)));
    });
    const rows = await parallelMap<LeadPoint[], number[]>(ROW_TASK, tasks, {
      context: context.tasks,
      minimumForThreads: 8,
      onProgress: context.onProgress,
    });
    const levels = [FIG5_SETTINGS.h + FIG5_SETTINGS.g / 2, FIG5_SETTINGS.h - FIG5_SETTINGS.g / 2];
    const charts: HeatmapSpec[] = PANELS.map((panel, k) => {
      const axis = panel.log ? temperatures : mus;
      const overlays = panel.log
        ? []
        : levels.flatMap((E) => [
            { name: `μL = ${E}`, x: [E, E], y: [0, 2] },
            { name: `μR = ${E}`, x: [0, 2], y: [E, E] },
          ]);
      return {
        kind: "heatmap",
        title: panel.title,
        xLabel: panel.xLabel,
        yLabel: panel.yLabel,
        x: axis,
        y: axis,
        z: rows.slice(k * POINTS, (k + 1) * POINTS),
        logX: panel.log,
        logY: panel.log,
        colorLabel: "ν∞",
        overlays,
      };
    });
    return { charts };
  },
});
