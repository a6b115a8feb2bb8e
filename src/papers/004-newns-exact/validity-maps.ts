import { caseKeyOf } from "../../cases/build-problem.js";
import type { EngineTraits } from "../../plugins/engine.js";
import {
  type ClaimOutcome,
  defineFigure,
  type FigureContext,
  type FigureResult,
  type HeatmapSpec,
} from "../../plugins/figure.js";
import { formatNumber } from "../../plugins/outcome.js";
import { logPoints } from "../../runner/sweep.js";
import { figureEngines } from "../figure-engines.js";
import { modeSplitting, whiteNoiseBoundary } from "./regimes.js";
import {
  cellRegimes,
  EPA_STATE,
  EQ61_NEEDS_QUANTUM_OPTICAL,
  epaState,
  eq61NeedsQuantumOptical,
  GLOBAL_NO_INTERNAL_CURRENT,
  globalNoInternalCurrent,
  LOCAL_NOT_THERMAL,
  localNotThermal,
  type MapPoint,
  QUANTUM_OPTICAL_CURRENTS,
  quantumOpticalCurrents,
  type ValidityEvidence,
  WHITE_NOISE_LOCAL,
  whiteNoiseLocal,
} from "./validity-claims.js";
import { computeValidityMap, VALIDITY_QUANTITIES, type ValidityMap } from "./validity-grid.js";

/** Points per axis of the report's maps (bench/newns-validity-map.ts measures 100 × 100). */
const REPORT_POINTS = 16;

/** The fixed parameters of the (g, Γ) map: a symmetric bias of 2 around h = 1, so both limits appear. */
export const COUPLING_MAP_SETTINGS = { h: 1, delta: 0.1, Omega: 100, TL: 0.1, TR: 0.1, muL: 2, muR: 0 };
export const COUPLING_MAP_RANGES = { g: [0.01, 10], Gamma: [0.001, 3] } as const;

/** The fixed parameters of the (muL − muR, T) map: weak coupling Γ = 0.02 ≪ Δ ≈ 0.51, bias symmetric around h. */
export const BIAS_MAP_SETTINGS = { h: 1, delta: 0.1, g: 0.5, Gamma: 0.02, Omega: 100 };
export const BIAS_MAP_RANGES = { bias: [0.01, 10], T: [0.01, 10] } as const;

/** The case parameters at one point of the (g, Γ) map. */
export function couplingMapPoint(g: number, Gamma: number): MapPoint {
  return { ...COUPLING_MAP_SETTINGS, g, Gamma };
}

/** The case parameters at one point of the (bias, T) map: muL,R = h ± bias/2, TL = TR = T. */
export function biasMapPoint(bias: number, T: number): MapPoint {
  const { h } = BIAS_MAP_SETTINGS;
  return { ...BIAS_MAP_SETTINGS, muL: h + bias / 2, muR: h - bias / 2, TL: T, TR: T };
}

/** Errors below this are the exact solution's quadrature accuracy (~1e-10 on C), not the engine's. */
const ERROR_FLOOR = 1e-8;
/** The two particle-current definitions of an engine coincide when they differ by less than this (relative). */
const SAME_DEFINITION = 1e-6;
/** An engine's g·Im⟨c_L†c_R⟩ vanishes when it is below this share of the exact current. */
const NO_INTERNAL_CURRENT = 1e-9;

/**
 * log10 of an error clipped to [log10 ERROR_FLOOR, 0] = [−8, 0]: all values ≤ 0, so the map is drawn on one
 * sequential scale where 0 % (−8), 1 % (−2), 10 % (−1) and 100 % or worse (0) are distinct colours.
 */
function clippedLog10(value: number | null): number | null {
  if (value === null || !Number.isFinite(value)) return null;
  return Math.log10(Math.min(1, Math.max(ERROR_FLOOR, value)));
}

function colorLabel(deviation: string): string {
  return (
    `log10 ${deviation} error vs newns-exact, clipped to [−8, 0]: ` +
    "−2 = 1 %, −1 = 10 %, 0 = 100 % or worse, −8 = exact to quadrature accuracy"
  );
}

/**
 * The engines of a validity map: an exact one (the reference, from the registry even when not selected)
 * and the selected Markovian approximations graded against it (paper 004 Sec. II and V), with their
 * approximation traits.
 */
function mapEngines(
  context: FigureContext,
):
  | { exact: string; engines: string[]; approximations: Record<string, EngineTraits["approximation"]> }
  | string {
  const needs = ["steadyState", "currents"] as const;
  const exact = figureEngines(
    { ...context, engines: context.tasks.registry.engines },
    { approximations: ["exact"], needs },
  )[0];
  if (!exact) return "no exact engine supports the case";
  const approximate = figureEngines(context, { needs: ["generator", ...needs] });
  return {
    exact: exact.id,
    engines: approximate.map((engine) => engine.id),
    approximations: Object.fromEntries(approximate.map((engine) => [engine.id, engine.traits.approximation])),
  };
}

function finiteValues(values: (number | null)[][]): number[] {
  return values.flat().filter((v): v is number => v !== null && Number.isFinite(v));
}

/** A map drawn for an engine: the quantity and the chart's title. */
interface DrawnMap {
  quantity: (typeof VALIDITY_QUANTITIES)[number];
  title: string;
}

/**
 * The maps of one engine and the note on its particle-current definitions: one map when its bath current
 * and its state's g·Im⟨c_L†c_R⟩ coincide, one when the latter vanishes (a secular state), both otherwise.
 * The EPA's bath currents are those of L_L, eq. (57): eqs. (61)-(62).
 */
function engineMaps(
  map: ValidityMap,
  engine: string,
  approximation: string,
): { maps: DrawnMap[]; note: string } {
  const gap = Math.max(...finiteValues(map.z[engine].definitionGap));
  const share = Math.max(...finiteValues(map.z[engine].internalShare));
  const epa = approximation === "asymptotic";
  const bath = epa ? "⟨L_L†N⟩ (L_L of eq. 57: eq. 61)" : "⟨D_L†N⟩ of its left-bath dissipator (eq. 6)";
  const internal = "g·Im⟨c_L†c_R⟩ of its state (eq. 42)";
  const [particle, through, energy, ...states] = VALIDITY_QUANTITIES;
  const mapOf = (quantity: DrawnMap["quantity"], what: string) => ({ quantity, title: `${engine}: ${what}` });
  const rest = [
    mapOf(
      energy,
      `energy current ${epa ? "⟨L_L†H_S⟩ (eq. 62)" : "⟨D_L†H_S⟩ of its left-bath dissipator (eq. 6)"}`,
    ),
    ...states.map((quantity) => mapOf(quantity, quantity.label)),
  ];
  if (gap <= SAME_DEFINITION) {
    return {
      maps: [mapOf(particle, `particle current ${bath} = ${internal}`), ...rest],
      note: `${engine}: its particle currents ${bath} and ${internal} coincide to ${formatNumber(gap)} × J_exact over the map; one map shows both.`,
    };
  }
  if (share <= NO_INTERNAL_CURRENT) {
    return {
      maps: [mapOf(particle, `particle current ${bath}`), ...rest],
      note:
        `${engine}: its particle current is ${bath}; its state's g·Im⟨c_L†c_R⟩ is at most ${formatNumber(share)} × J_exact ` +
        "(a secular steady state commutes with H_S: no current through the system, 004 Sec. II and text after eq. (42)), so " +
        "that definition is 100 % off everywhere and not drawn.",
    };
  }
  return {
    maps: [
      mapOf(particle, `particle current ${bath}`),
      mapOf(through, `particle current ${internal}`),
      ...rest,
    ],
    note: `${engine}: its particle currents ${bath} and ${internal} differ by up to ${formatNumber(gap)} × J_exact: both are drawn.`,
  };
}

function heatmaps(
  map: ValidityMap,
  approximations: Record<string, string>,
  axes: { xLabel: string; yLabel: string },
  overlays: HeatmapSpec["overlays"],
): { charts: HeatmapSpec[]; notes: string[] } {
  const charts: HeatmapSpec[] = [];
  const notes: string[] = [];
  for (const engine of Object.keys(map.z)) {
    const { maps, note } = engineMaps(map, engine, approximations[engine]);
    notes.push(note);
    for (const { quantity, title } of maps) {
      charts.push({
        kind: "heatmap",
        title,
        ...axes,
        x: map.xs,
        y: map.ys,
        z: map.z[engine][quantity.key].map((row) => row.map(clippedLog10)),
        logX: true,
        logY: true,
        colorLabel: colorLabel(quantity.deviation),
        overlays,
      });
    }
  }
  return { charts, notes };
}

/** Per engine and quantity: the median and largest error and the share of cells within 1 % and beyond 100 %. */
function errorTable(map: ValidityMap): FigureResult["table"] {
  const rows: (string | number | null)[][] = [];
  for (const engine of Object.keys(map.z)) {
    for (const quantity of VALIDITY_QUANTITIES) {
      const values = finiteValues(map.z[engine][quantity.key]).sort((a, b) => a - b);
      if (values.length === 0) {
        rows.push([engine, quantity.label, null, null, null, null]);
        continue;
      }
      const share = (accept: (v: number) => boolean) => values.filter(accept).length / values.length;
      rows.push([
        engine,
        quantity.label,
        values[Math.floor(values.length / 2)],
        values[values.length - 1],
        share((v) => v <= 0.01),
        share((v) => v >= 1),
      ]);
    }
  }
  return {
    columns: ["engine", "quantity", "median error", "largest error", "share of cells ≤ 1 %", "share ≥ 100 %"],
    rows,
  };
}

/** A map's figure result: heat maps, notes on the current definitions, the error table and the verdicts. */
async function validityFigure(
  context: FigureContext,
  grid: {
    xs: number[];
    ys: number[];
    parametersAt: (x: number, y: number) => MapPoint;
    axes: { xLabel: string; yLabel: string };
    overlays: HeatmapSpec["overlays"];
    verdicts: ((evidence: ValidityEvidence) => ClaimOutcome)[];
  },
): Promise<FigureResult> {
  const selection = mapEngines(context);
  if (typeof selection === "string") return { charts: [], notes: [selection] };
  const map = await computeValidityMap(
    context.tasks,
    {
      caseId: caseKeyOf(context.prepared),
      exact: selection.exact,
      engines: selection.engines,
      xs: grid.xs,
      ys: grid.ys,
      parametersAt: grid.parametersAt,
    },
    context.onProgress,
  );
  const evidence: ValidityEvidence = {
    map,
    regimes: cellRegimes(map, grid.parametersAt),
    approximations: selection.approximations,
  };
  const { charts, notes } = heatmaps(map, selection.approximations, grid.axes, grid.overlays);
  return {
    charts,
    notes,
    table: errorTable(map),
    verdicts: grid.verdicts.map((verdict) => verdict(evidence)),
  };
}

/**
 * Validity map over inter-dot coupling g and lead coupling Γ (log axes): the error of local, global,
 * Redfield and EPA against the exact solution (004_3bda4ae6cebee785.txt eqs. (32), (43)-(45)). Overlays:
 * the quantum-optical boundary Γ = Δ (global/secular valid below, Sec. II) and the white-noise boundary
 * (local valid to its left, text after eq. (54)).
 */
export const couplingValidityMap = defineFigure({
  id: "paper-004-validity-coupling",
  title: "Where each master equation can be trusted: inter-dot coupling g against lead coupling Γ",
  source: "004_3bda4ae6cebee785.txt Secs. II, IV B, V B; eqs. (6), (7), (8), (32), (42)-(46), (54), (61)",
  description:
    "log10 of the error of each approximate engine against newns-exact over (g, Γ) on log axes, clipped to " +
    "[−8, 0] (1 % = −2, 100 % or worse = 0), at h = 1, δ = 0.1, Ω = 100, T = 0.1, muL = 2, muR = 0: the particle " +
    "current in each definition the engine has (its bath dissipator's ⟨D_L†N⟩, eq. (6), and its state's " +
    "g·Im⟨c_L†c_R⟩, eq. (42); the notes say which coincide), the energy current ⟨D_L†H_S⟩, the occupations " +
    "(absolute) and |⟨cL† cR⟩| (relative). Overlays: Γ = Δ = √(g² + δ²) (the secular, global equation needs " +
    "Γ ≪ Δ) and the white-noise boundary (left of it the Fermi functions change by < 10% over the levels' " +
    "window [E2 − Γ, E1 + Γ], where the rate matrices are Γ·F and the local equation holds).",
  claims: [QUANTUM_OPTICAL_CURRENTS, EQ61_NEEDS_QUANTUM_OPTICAL, EPA_STATE, GLOBAL_NO_INTERNAL_CURRENT],
  compute(context) {
    const xs = logPoints(COUPLING_MAP_RANGES.g[0], COUPLING_MAP_RANGES.g[1], REPORT_POINTS);
    const ys = logPoints(COUPLING_MAP_RANGES.Gamma[0], COUPLING_MAP_RANGES.Gamma[1], REPORT_POINTS);
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
    return validityFigure(context, {
      xs,
      ys,
      parametersAt: couplingMapPoint,
      axes: { xLabel: "g", yLabel: "Γ" },
      overlays,
      verdicts: [quantumOpticalCurrents, eq61NeedsQuantumOptical, epaState, globalNoInternalCurrent],
    });
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
  source:
    "004_3bda4ae6cebee785.txt Secs. II, IV B, V B; eqs. (1), (6), (8), (32), (42)-(46), (54), (61), (78)",
  description:
    "log10 of the error of each approximate engine against newns-exact over (muL − muR, T) on log axes, " +
    "clipped to [−8, 0] (1 % = −2, 100 % or worse = 0), with muL,R = h ± (muL − muR)/2, TL = TR = T, h = 1, " +
    "δ = 0.1, g = 0.5, Γ = 0.02, Ω = 100; the quantities and current definitions as in the (g, Γ) map. Overlay: the " +
    "white-noise boundary (right of it each Fermi function changes by < 10% over the levels' window " +
    "[E2 − Γ, E1 + Γ]); the quantum-optical condition Γ ≪ Δ ≈ 0.51 holds on the whole map.",
  claims: [QUANTUM_OPTICAL_CURRENTS, WHITE_NOISE_LOCAL, LOCAL_NOT_THERMAL, EPA_STATE],
  compute(context) {
    const xs = logPoints(BIAS_MAP_RANGES.bias[0], BIAS_MAP_RANGES.bias[1], REPORT_POINTS);
    const ys = logPoints(BIAS_MAP_RANGES.T[0], BIAS_MAP_RANGES.T[1], REPORT_POINTS);
    const temperatures = logPoints(BIAS_MAP_RANGES.T[0], BIAS_MAP_RANGES.T[1], 60);
    // the bias at the boundary falls monotonically with the Fermi variation, so solve for it per T
    const boundary = whiteNoiseBoundary(temperatures, BIAS_MAP_RANGES.bias, (T, bias) => {
      const p = biasMapPoint(bias, T);
      return { ...BIAS_MAP_SETTINGS, TL: p.TL, TR: p.TR, muL: p.muL, muR: p.muR };
    });
    return validityFigure(context, {
      xs,
      ys,
      parametersAt: biasMapPoint,
      axes: { xLabel: "muL − muR", yLabel: "T" },
      overlays: [{ name: "white-noise boundary", x: boundary.y, y: boundary.x }],
      verdicts: [quantumOpticalCurrents, whiteNoiseLocal, localNotThermal, epaState],
    });
  },
});
