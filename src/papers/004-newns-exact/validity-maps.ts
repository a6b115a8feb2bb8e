import {
  defineFigure,
  type FigureContext,
  type FigureResult,
  type HeatmapSpec,
} from "../../plugins/figure.js";
import { logPoints } from "../../runner/sweep.js";
import { modeSplitting, whiteNoiseBoundary } from "./regimes.js";
import { caseKeyOf } from "../../cases/build-problem.js";
import { figureEngines } from "../figure-engines.js";
import { computeValidityMap, VALIDITY_QUANTITIES, type ValidityMap } from "./validity-grid.js";

/** Points per axis of the report's maps (bench/newns-validity-map.ts measures 100 × 100). */
const REPORT_POINTS = 16;

/** The fixed parameters of the (g, Γ) map: a symmetric bias of 2 around h = 1, so both limits appear. */
export const COUPLING_MAP_SETTINGS = { h: 1, delta: 0.1, TL: 0.1, TR: 0.1, muL: 2, muR: 0 };
export const COUPLING_MAP_RANGES = { g: [0.01, 10], Gamma: [0.001, 3] } as const;

/** The fixed parameters of the (muL − muR, T) map: weak coupling Γ = 0.02 ≪ Δ ≈ 0.51, bias symmetric around h. */
export const BIAS_MAP_SETTINGS = { h: 1, delta: 0.1, g: 0.5, Gamma: 0.02 };
export const BIAS_MAP_RANGES = { bias: [0.01, 10], T: [0.01, 10] } as const;

/** The case parameters at one point of the (g, Γ) map. */
export function couplingMapPoint(g: number, Gamma: number): Record<string, number> {
  return { ...COUPLING_MAP_SETTINGS, g, Gamma };
}

/** The case parameters at one point of the (bias, T) map: muL,R = h ± bias/2, TL = TR = T. */
export function biasMapPoint(bias: number, T: number): Record<string, number> {
  const { h } = BIAS_MAP_SETTINGS;
  return { ...BIAS_MAP_SETTINGS, muL: h + bias / 2, muR: h - bias / 2, TL: T, TR: T };
}

/**
 * The engines of a validity map: an exact one (the reference, from the registry even when not selected)
 * and the selected Markovian approximations graded against it (paper 004 Sec. II and V).
 */
function mapEngines(context: FigureContext): { exact: string; engines: string[] } | string {
  const needs = ["steadyState", "currents"] as const;
  const exact = figureEngines(
    { ...context, engines: context.tasks.registry.engines },
    { approximations: ["exact"], needs },
  )[0];
  if (!exact) return "no exact engine supports the case";
  const engines = figureEngines(context, { needs: ["generator", ...needs] }).map((engine) => engine.id);
  return { exact: exact.id, engines };
}

function log10OrGap(value: number | null): number | null {
  return value === null || !Number.isFinite(value) || value <= 0 ? null : Math.log10(value);
}

function heatmaps(
  map: ValidityMap,
  axes: { xLabel: string; yLabel: string },
  overlays: HeatmapSpec["overlays"],
): HeatmapSpec[] {
  const charts: HeatmapSpec[] = [];
  for (const engine of Object.keys(map.z)) {
    for (const quantity of VALIDITY_QUANTITIES) {
      charts.push({
        kind: "heatmap",
        title: `${engine}: ${quantity.label}`,
        ...axes,
        x: map.xs,
        y: map.ys,
        z: map.z[engine][quantity.key].map((row) => row.map(log10OrGap)),
        logX: true,
        logY: true,
        colorLabel: `log10 ${quantity.deviation} deviation from newns-exact`,
        overlays,
      });
    }
  }
  return charts;
}

/** Median over the map of each engine's deviation, as a table row per engine. */
function medianTable(map: ValidityMap): FigureResult["table"] {
  const median = (values: (number | null)[][]) => {
    const finite = values.flat().filter((v): v is number => v !== null && Number.isFinite(v));
    finite.sort((a, b) => a - b);
    return finite.length ? finite[Math.floor(finite.length / 2)] : null;
  };
  return {
    columns: ["engine", ...VALIDITY_QUANTITIES.map((q) => `median ${q.key}`)],
    rows: Object.keys(map.z).map((engine) => [
      engine,
      ...VALIDITY_QUANTITIES.map((q) => median(map.z[engine][q.key])),
    ]),
  };
}

/**
 * Validity map over inter-dot coupling g and lead coupling Γ (log axes): the deviation of local, global,
 * Redfield and EPA from the exact solution (004_3bda4ae6cebee785.txt eqs. (32), (43)-(45)). Overlays: the
 * quantum-optical boundary Γ = Δ (global/secular valid below, Sec. II) and the white-noise boundary (local
 * valid to its left, text after eq. (54)).
 */
export const couplingValidityMap = defineFigure({
  id: "paper-004-validity-coupling",
  title: "Where each master equation can be trusted: inter-dot coupling g against lead coupling Γ",
  source: "004_3bda4ae6cebee785.txt Secs. II, IV B, V B; eqs. (7), (8), (32), (43)-(45), (54)",
  description:
    "log10 of the deviation of each approximate engine from newns-exact over (g, Γ) on log axes, for the " +
    "particle and energy currents (relative), the occupations (absolute) and |⟨cL† cR⟩| (relative), at h = 1, " +
    "δ = 0.1, Ω = 100, T = 0.1, muL = 2, muR = 0. Overlays: Γ = Δ = √(g² + δ²) (the secular, global equation " +
    "needs Γ ≪ Δ) and the white-noise boundary (left of it the Fermi functions change by < 10% over the " +
    "levels' window [E2 − Γ, E1 + Γ], where the rate matrices are Γ·F and the local equation holds).",
  async compute(context) {
    const selection = mapEngines(context);
    if (typeof selection === "string") return { charts: [], notes: [selection] };
    const xs = logPoints(COUPLING_MAP_RANGES.g[0], COUPLING_MAP_RANGES.g[1], REPORT_POINTS);
    const ys = logPoints(COUPLING_MAP_RANGES.Gamma[0], COUPLING_MAP_RANGES.Gamma[1], REPORT_POINTS);
    const map = await computeValidityMap(
      context.tasks,
      { caseId: caseKeyOf(context.prepared), ...selection, xs, ys, parametersAt: couplingMapPoint },
      context.onProgress,
    );
    const fine = logPoints(COUPLING_MAP_RANGES.g[0], COUPLING_MAP_RANGES.g[1], 60);
    const overlays = [
      { name: "Γ = Δ", x: fine, y: fine.map((g) => modeSplitting(g, COUPLING_MAP_SETTINGS.delta)) },
      {
        name: "white-noise boundary",
        ...whiteNoiseBoundary(fine, COUPLING_MAP_RANGES.Gamma, (g, Gamma) => ({
          ...COUPLING_MAP_SETTINGS,
          g,
          Gamma,
        })),
      },
    ];
    return {
      charts: heatmaps(map, { xLabel: "g", yLabel: "Γ" }, overlays),
      table: medianTable(map),
    };
  },
});

/**
 * Validity map over the bias muL − muR (symmetric around h) and the common temperature T (log axes) at weak
 * coupling Γ = 0.02: where the leads look like white noise (large bias or temperature, text after eq. (54)
 * and eq. (78)) the local equation is accurate; the global one misses the bias-driven coherence.
 */
export const biasValidityMap = defineFigure({
  id: "paper-004-validity-bias",
  title: "Where each master equation can be trusted: bias muL − muR against temperature T",
  source: "004_3bda4ae6cebee785.txt Secs. IV B, V B; eqs. (32), (43)-(45), (54), (78)",
  description:
    "log10 of the deviation of each approximate engine from newns-exact over (muL − muR, T) on log axes, with " +
    "muL,R = h ± (muL − muR)/2, TL = TR = T, h = 1, δ = 0.1, g = 0.5, Γ = 0.02, Ω = 100. Overlay: the " +
    "white-noise boundary (right of it each Fermi function changes by < 10% over the levels' window " +
    "[E2 − Γ, E1 + Γ]); the quantum-optical condition Γ ≪ Δ ≈ 0.51 holds on the whole map.",
  async compute(context) {
    const selection = mapEngines(context);
    if (typeof selection === "string") return { charts: [], notes: [selection] };
    const xs = logPoints(BIAS_MAP_RANGES.bias[0], BIAS_MAP_RANGES.bias[1], REPORT_POINTS);
    const ys = logPoints(BIAS_MAP_RANGES.T[0], BIAS_MAP_RANGES.T[1], REPORT_POINTS);
    const map = await computeValidityMap(
      context.tasks,
      { caseId: caseKeyOf(context.prepared), ...selection, xs, ys, parametersAt: biasMapPoint },
      context.onProgress,
    );
    const temperatures = logPoints(BIAS_MAP_RANGES.T[0], BIAS_MAP_RANGES.T[1], 60);
    // the bias at the boundary falls monotonically with the Fermi variation, so solve for it per T
    const boundary = whiteNoiseBoundary(temperatures, BIAS_MAP_RANGES.bias, (T, bias) => {
      const p = biasMapPoint(bias, T);
      return { ...BIAS_MAP_SETTINGS, TL: p.TL, TR: p.TR, muL: p.muL, muR: p.muR };
    });
    const overlays = [{ name: "white-noise boundary", x: boundary.y, y: boundary.x }];
    return {
      charts: heatmaps(map, { xLabel: "muL − muR", yLabel: "T" }, overlays),
      table: medianTable(map),
    };
  },
});
