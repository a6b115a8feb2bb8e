import type { ComplexMatrix } from "../../linalg/complex-matrix.js";
import { isPointFailure } from "../../runner/point-failure.js";
import { siteCorrelationOfState } from "../../physics/newns/gaussian-state.js";
import { newnsModelOfProblem } from "../../physics/newns/newns-model.js";
import type { Problem } from "../../physics/problem.js";
import type { Engine, EngineOptions } from "../../plugins/engine.js";
import type { TaskContext } from "../../plugins/task-context.js";
import { parallelMap } from "../../runner/parallel-map.js";
import { sourceModuleUrl } from "../../package-root.js";

/**
 * Validity maps of paper 004 (004_3bda4ae6cebee785.txt): the deviation of approximate engines from an
 * exact engine (newns-exact: eqs. (32), (43)-(45)) over a grid of two parameters of the case, computed on
 * all cores with one worker task per grid row.
 */

/**
 * The quantities compared with the exact solution, each a non-negative deviation. The particle current
 * has two definitions that differ for a non-additive or secular generator: the engine's own, out of its
 * left-bath dissipator D_L, ⟨D_L†N⟩ (eq. (6); for the EPA eq. (61), whose L_L is that of eq. (57)), and the
 * current through the system in its steady state, g·Im⟨c_L†c_R⟩ (eq. (42)), which the exact state
 * carries (J^P_L = J^P_S, text after eq. (42)).
 */
export const VALIDITY_QUANTITIES = [
  {
    key: "particleCurrent",
    label: "particle current ⟨D_L†N⟩ (bath dissipator, eq. 6)",
    deviation: "relative",
  },
  {
    key: "internalCurrent",
    label: "particle current g·Im⟨c_L†c_R⟩ of its state (eq. 42)",
    deviation: "relative",
  },
  { key: "energyCurrent", label: "energy current ⟨D_L†H_S⟩ (bath dissipator, eq. 6)", deviation: "relative" },
  { key: "occupations", label: "occupations ⟨n_L⟩, ⟨n_R⟩", deviation: "absolute (largest)" },
  { key: "coherence", label: "coherence |⟨c_L† c_R⟩|", deviation: "relative" },
] as const;

export type ValidityQuantity = (typeof VALIDITY_QUANTITIES)[number]["key"];

/**
 * How the two particle-current definitions of an engine compare at a point, relative to the exact
 * current: `definitionGap` = |⟨D_L†N⟩ − g Im C_LR| / |J_exact|, `internalShare` = |g Im C_LR| / |J_exact|.
 */
export const CURRENT_DEFINITION_CHECKS = ["definitionGap", "internalShare"] as const;

export type CurrentDefinitionCheck = (typeof CURRENT_DEFINITION_CHECKS)[number];

type MapKey = ValidityQuantity | CurrentDefinitionCheck;

const MAP_KEYS: readonly MapKey[] = [...VALIDITY_QUANTITIES.map((q) => q.key), ...CURRENT_DEFINITION_CHECKS];

/** The compared numbers of one engine at one point. */
interface PointValues {
  particleCurrent: number;
  internalCurrent: number;
  energyCurrent: number;
  occupations: [number, number];
  coherence: number;
}

/** One grid row: the parameter overrides of each point. Plain data (crosses worker threads). */
export interface ValidityRowTask {
  /** The case, by id or absolute path (opened through the task context). */
  caseId: string;
  /** The exact engine the others are compared with. */
  exact: string;
  points: Record<string, number>[];
  /** Approximate engines to compare with the exact one. */
  engines: string[];
}

/** values[engine][key][j] along the row; null where an engine has no unique steady state. */
export type ValidityRow = Record<string, Record<MapKey, (number | null)[]>>;

function valuesOf(engine: Engine, problem: Problem, options: EngineOptions): PointValues | null {
  let rho: ComplexMatrix | null;
  try {
    rho = engine.steadyState?.(problem, options).rho ?? null;
  } catch (error) {
    if (isPointFailure(error)) return null;
    throw error;
  }
  const model = newnsModelOfProblem(problem);
  if (!rho || !engine.currents || typeof model === "string") return null;
  const left = engine.currents(problem, options, rho)[problem.baths[0].name];
  const correlation = siteCorrelationOfState(rho);
  return {
    particleCurrent: left.particle,
    // −i⟨[H_S, n_L]⟩ = g Im⟨c_L†c_R⟩ for H_S of eq. (10): the current from site L into site R
    internalCurrent: model.g * correlation.im(0, 1),
    energyCurrent: left.energy,
    occupations: [correlation.re(0, 0), correlation.re(1, 1)],
    coherence: Math.hypot(correlation.re(0, 1), correlation.im(0, 1)),
  };
}

function relativeDeviation(value: number, exact: number): number {
  return Math.abs(value - exact) / Math.abs(exact);
}

function deviations(values: PointValues, exact: PointValues): Record<MapKey, number> {
  return {
    particleCurrent: relativeDeviation(values.particleCurrent, exact.particleCurrent),
    internalCurrent: relativeDeviation(values.internalCurrent, exact.particleCurrent),
    energyCurrent: relativeDeviation(values.energyCurrent, exact.energyCurrent),
    occupations: Math.max(
      Math.abs(values.occupations[0] - exact.occupations[0]),
      Math.abs(values.occupations[1] - exact.occupations[1]),
    ),
    coherence: relativeDeviation(values.coherence, exact.coherence),
    definitionGap:
      Math.abs(values.particleCurrent - values.internalCurrent) / Math.abs(exact.particleCurrent),
    internalShare: Math.abs(values.internalCurrent) / Math.abs(exact.particleCurrent),
  };
}

function emptyRecord(): Record<MapKey, (number | null)[]> {
  return Object.fromEntries(MAP_KEYS.map((key) => [key, []])) as unknown as Record<MapKey, (number | null)[]>;
}

/** Deviations of every engine from the exact one along one row (a parallelMap task). */
export function validityRow(task: ValidityRowTask, context: TaskContext): ValidityRow {
  const { registry } = context;
  const exactEngine = registry.engine(task.exact);
  const engines = task.engines.map((id) => registry.engine(id));
  const row: ValidityRow = {};
  for (const engine of engines) row[engine.id] = emptyRecord();
  const prepared = context.openCase(task.caseId);
  for (const point of task.points) {
    const problem = prepared.problemAt(point);
    const exact = valuesOf(exactEngine, problem, registry.optionsFor(exactEngine, problem));
    for (const engine of engines) {
      const values = exact && valuesOf(engine, problem, registry.optionsFor(engine, problem));
      const d = values && exact ? deviations(values, exact) : null;
      for (const key of MAP_KEYS) row[engine.id][key].push(d ? d[key] : null);
    }
  }
  return row;
}

const ROW_TASK = {
  moduleUrl: sourceModuleUrl("papers/004-newns-exact/validity-grid.js"),
  exportName: "validityRow",
  local: validityRow,
};

export interface ValidityMapRequest {
  caseId: string;
  exact: string;
  xs: number[];
  ys: number[];
  /** The case parameters at grid point (x, y), e.g. (x, y) => ({g: x, Gamma: y}). */
  parametersAt: (x: number, y: number) => Record<string, number>;
  engines: string[];
  /** Worker threads (default: all cores). */
  workers?: number;
}

export interface ValidityMap {
  xs: number[];
  ys: number[];
  /** z[engine][key][i][j]: deviation (or current-definition check) at (xs[j], ys[i]). */
  z: Record<string, Record<MapKey, (number | null)[][]>>;
}

/**
 * The deviation maps of all requested engines over the (x, y) grid, one worker task per row. The report
 * draws 16 × 16 grids; bench/newns-validity-map.ts measures the 100 × 100 map with this function.
 */
export async function computeValidityMap(
  context: TaskContext,
  request: ValidityMapRequest,
  onProgress?: (done: number, total: number) => void,
): Promise<ValidityMap> {
  const tasks: ValidityRowTask[] = request.ys.map((y) => ({
    caseId: request.caseId,
    exact: request.exact,
    points: request.xs.map((x) => request.parametersAt(x, y)),
    engines: request.engines,
  }));
  const rows = await parallelMap<ValidityRowTask, ValidityRow>(ROW_TASK, tasks, {
    context,
    minimumForThreads: 4,
    chunkSize: 1,
    workers: request.workers,
    onProgress,
  });
  const z: ValidityMap["z"] = {};
  for (const id of request.engines) {
    z[id] = Object.fromEntries(MAP_KEYS.map((key) => [key, rows.map((row) => row[id][key])])) as Record<
      MapKey,
      (number | null)[][]
    >;
  }
  return { xs: [...request.xs], ys: [...request.ys], z };
}
