import { type BorderlinesResult, summariseBorderlines } from "./borderline-summary.js";
import { type BorderlinePoint, type BorderlineTask, borderlinesAtGamma } from "./lgi-borderlines.js";
import { defineFigure, type HeatmapSpec } from "../../plugins/figure.js";
import { parallelMap } from "../../runner/parallel-map.js";
import { logPoints } from "../../runner/sweep.js";
import { caseKeyOf } from "../../cases/build-problem.js";
import { figureEngines, figureOptions } from "../figure-engines.js";
import { computeMlgiMap } from "./mlgi-grid.js";
import { sourceModuleUrl } from "../../package-root.js";

/**
 * Paper 000 Fig. 3a (000_47becd3a7196453b.txt Sec. IV, eq. (25)): the equilibrium MLGI over the (Γ, T_M)
 * plane at ε̃ = 3 on log axes, with the two borderlines found by root finding in T_M — where MLGI(ΔT = 0)
 * vanishes (paper: T_M ~ Γ⁻¹) and where ∂²MLGI/∂ΔT²|₀ changes sign (paper: T_M ~ Γ^(−1/3), eq. (25)) —
 * and their fitted power laws.
 */

/** The Γ range of the `borderlines` command (issue 5: 1e-3 … 1e-1). */
export const FIG3A_GAMMA_RANGE: [number, number] = [1e-3, 1e-1];
/** From where r23 ~ e^{−2V/T_M} is small to above the violation border T_M ≈ 1.8/Γ at Γ = 1e-3. */
export const FIG3A_TM_RANGE: [number, number] = [0.3, 3000];
/** The report's grid (the ≥ 60 × 60 map of issue 5 is measured in bench/mlgi-map.ts). */
const REPORT_GRID = 24;
/** Couplings at which the borderlines are root-found (issue 5: ≥ 7 log-spaced values). */
const BORDERLINE_GAMMAS = 7;
/** The map is the secular (global) equation's, the paper's; the borderline fits are tabulated for these. */
const MAP_APPROXIMATION = "secular";
const FIT_APPROXIMATIONS = ["secular", "local", "bloch-redfield"] as const;

const BORDERLINE_TASK = {
  moduleUrl: sourceModuleUrl("papers/000-leggett-garg/lgi-borderlines.js"),
  exportName: "borderlinesAtGamma",
  local: borderlinesAtGamma,
};

/** The power law T_M = A·Γ^p drawn over the Γ range. */
function powerLawOverlay(name: string, prefactor: number, exponent: number, gamma: number[]) {
  return { name, x: gamma, y: gamma.map((g) => prefactor * g ** exponent) };
}

/** The root-found borderline points of one kind (those found). */
function borderlineOverlay(name: string, border: BorderlinesResult["violationBorder"]) {
  const found = border.gamma.flatMap((g, k) => (border.TM[k] === null ? [] : [[g, border.TM[k] as number]]));
  return { name, x: found.map(([g]) => g), y: found.map(([, T]) => T) };
}

function fitLabel(border: BorderlinesResult["violationBorder"]): string {
  return border.exponent === null
    ? "no fit"
    : `T_M = ${border.prefactor!.toPrecision(3)} Γ^(${border.exponent.toFixed(3)})`;
}

export default defineFigure({
  id: "paper-000-fig3a",
  title: "Phase diagram of the maximal LGI violation in the (Γ, T_M) plane",
  source: "000_47becd3a7196453b.txt Fig. 3a, eqs. (19), (24), (25), App. B",
  description:
    "Equilibrium MLGI (ΔT = 0, σz of qubit 0) of the global equation on a log grid of Γ and T_M with the case's " +
    "ε, and the borderlines found by root finding in T_M at 7 couplings: MLGI(ΔT = 0) = 0 (violation border, " +
    "paper T_M ~ Γ⁻¹) and ∂²MLGI/∂ΔT²|₀ = 0 (below it a bias enhances the violation; paper T_M ~ Γ^(−1/3), " +
    "eq. (25)), with the fitted power laws and eq. (25) itself. The table compares the fits per engine with the paper.",
  async compute(context) {
    const { prepared } = context;
    const caseId = caseKeyOf(prepared);
    const defaults = prepared.problemAt({}, "figure");
    const engines = figureEngines(context, {
      approximations: FIT_APPROXIMATIONS,
      needs: ["generator", "steadyState"],
    });
    const selected = engines.map((e) => e.id);
    const mapEngine = engines.find(
      (e) => e.traitsFor(figureOptions(context, e, defaults)).approximation === MAP_APPROXIMATION,
    )?.id;
    const parameters = prepared.problemAt({}, "figure").parameters;
    const eps = Number(parameters.eps);
    const V = Number(parameters.V);
    const borderGammas = logPoints(...FIG3A_GAMMA_RANGE, BORDERLINE_GAMMAS);
    const tasks: BorderlineTask[] = selected.flatMap((engineId) =>
      borderGammas.map((gamma) => ({
        caseId,
        engineId,
        options: {},
        overrides: {},
        observable: "Z0",
        gamma,
      })),
    );
    const mapShare = mapEngine ? REPORT_GRID : 0;
    const total = tasks.length + mapShare;
    const points = await parallelMap<BorderlineTask, BorderlinePoint>(BORDERLINE_TASK, tasks, {
      context: context.tasks,
      minimumForThreads: 2,
      chunkSize: 1,
      onProgress: (done) => context.onProgress?.(done, total),
    });
    const fits = new Map(
      selected.map((engineId, k) => [
        engineId,
        summariseBorderlines(points.slice(k * BORDERLINE_GAMMAS, (k + 1) * BORDERLINE_GAMMAS), eps, V),
      ]),
    );
    const notes = [...fits].flatMap(([engineId, fit]) =>
      (["violationBorder", "curvatureBorder"] as const).flatMap((key) => {
        const missing = fit[key].TM.filter((T) => T === null).length;
        return missing === 0
          ? []
          : [
              `${engineId}: no ${key === "violationBorder" ? "violation" : "curvature"} borderline (no sign change for 0.3 ≤ T_M ≤ 1e6) at ${missing} of ${BORDERLINE_GAMMAS} couplings`,
            ];
      }),
    );
    const rows = [...fits].flatMap(([engineId, fit]) =>
      (["violationBorder", "curvatureBorder"] as const).map((key) => [
        engineId,
        key === "violationBorder" ? "MLGI(ΔT = 0) = 0" : "∂²MLGI/∂ΔT² = 0",
        fit[key].exponent,
        fit[key].stderr,
        fit[key].prefactor,
        fit[key].paperExponent,
        fit[key].paperPrefactor,
      ]),
    );
    const table = {
      columns: ["engine", "borderline", "exponent", "stderr", "prefactor A", "paper exponent", "paper A"],
      rows,
    };
    const globalFit = mapEngine ? fits.get(mapEngine) : undefined;
    if (!mapEngine || !globalFit)
      return { charts: [], notes: [...notes, "no secular engine selected: no map"], table };

    const map = await computeMlgiMap(
      context.tasks,
      {
        caseId,
        engineId: mapEngine,
        gamma: logPoints(...FIG3A_GAMMA_RANGE, REPORT_GRID),
        TM: logPoints(...FIG3A_TM_RANGE, REPORT_GRID),
      },
      (done) => context.onProgress?.(tasks.length + done, total),
    );
    const { violationBorder, curvatureBorder } = globalFit;
    const overlays = [
      borderlineOverlay("MLGI = 0 (root finding)", violationBorder),
      borderlineOverlay("∂²MLGI/∂ΔT² = 0 (root finding)", curvatureBorder),
    ];
    for (const border of [violationBorder, curvatureBorder]) {
      if (border.exponent !== null) {
        overlays.push(
          powerLawOverlay(`fit ${fitLabel(border)}`, border.prefactor!, border.exponent, map.gamma),
        );
      }
    }
    overlays.push(
      powerLawOverlay(
        "paper eq. (25)",
        curvatureBorder.paperPrefactor,
        curvatureBorder.paperExponent,
        map.gamma,
      ),
    );
    const chart: HeatmapSpec = {
      kind: "heatmap",
      title: `${mapEngine}: MLGI at ΔT = 0, ε = ${eps}`,
      xLabel: "Γ",
      yLabel: "T_M",
      x: map.gamma,
      y: map.TM,
      z: map.z,
      logX: true,
      logY: true,
      colorLabel: "MLGI",
      overlays,
    };
    notes.unshift(
      `${mapEngine}: violation border ${fitLabel(violationBorder)} ± ${violationBorder.stderr?.toExponential(1)} ` +
        `(paper exponent −1); curvature border ${fitLabel(curvatureBorder)} ± ${curvatureBorder.stderr?.toExponential(1)} ` +
        `(paper eq. (25): T_M = ${curvatureBorder.paperPrefactor.toPrecision(3)} Γ^(−1/3)).`,
    );
    return { charts: [chart], notes, table };
  },
});
