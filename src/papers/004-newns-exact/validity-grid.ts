import type { ComplexMatrix } from "../../linalg/complex-matrix.js";
import { isPointFailure } from "../../runner/point-failure.js";
import { siteCorrelationOfState } from "../../physics/newns/gaussian-state.js";
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

/** The quantities compared with the exact solution, each a non-negative deviation. */
export const VALIDITY_QUANTITIES = [
  { key: "particleCurrent", label: "particle current J^P_L", deviation: "relative" },
  { key: "energyCurrent", label: "energy current J^E_L", deviation: "relative" },
  { key: "occupations", label: "occupations ⟨n_L⟩, ⟨n_R⟩", deviation: "absolute (largest)" },
  { key: "coherence", label: "coherence |⟨c_L† c_R⟩|", deviation: "relative" },
] as const;

export type ValidityQuantity = (typeof VALIDITY_QUANTITIES)[number]["key"];

/** The compared numbers of one engine at one point. */
interface PointValues {
  particleCurrent: number;
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

/** deviations[engine][quantity][j] along the row; null where an engine has no unique steady state. */
export type ValidityRow = Record<string, Record<ValidityQuantity, (number | null)[]>>;

function valuesOf(engine: Engine, problem: Problem, options: EngineOptions): PointValues | null {
  let rho: ComplexMatrix | null;
  try {
    rho = engine.steadyState?.(problem, options).rho ?? null;
  } catch (error) {
    if (isPointFailure(error)) return null;
    throw error;
  }
  if (!rho || !engine.currents) return null;
  const left = engine.currents(problem, options, rho)[problem.baths[0].name];
  const correlation = siteCorrelationOfState(rho);
  return {
    particleCurrent: left.particle,
    energyCurrent: left.energy,
    occupations: [correlation.re(0, 0), correlation.re(1, 1)],
    coherence: Math.hypot(correlation.re(0, 1), correlation.im(0, 1)),
  };
}

function relativeDeviation(value: number, exact: number): number {
  return Math.abs(value - exact) / Math.abs(exact);
}

function deviations(values: PointValues, exact: PointValues): Record<ValidityQuantity, number> {
  return {
    particleCurrent: relativeDeviation(values.particleCurrent, exact.particleCurrent),
    energyCurrent: relativeDeviation(values.energyCurrent, exact.energyCurrent),
    occupations: Math.max(
      Math.abs(values.occupations[0] - exact.occupations[0]),
      Math.abs(values.occupations[1] - exact.occupations[1]),
    ),
    coherence: relativeDeviation(values.coherence, exact.coherence),
  };
}

/** Deviations of every engine from the exact one along one row (a parallelMap task). */
export function validityRow(task: ValidityRowTask, context: TaskContext): ValidityRow {
  const { registry } = context;
  const exactEngine = registry.engine(task.exact);
  const engines = task.engines.map((id) => registry.engine(id));
  const row: ValidityRow = {};
  for (const engine of engines) {
    row[engine.id] = { particleCurrent: [], energyCurrent: [], occupations: [], coherence: [] };
  }
  const prepared = context.openCase(task.caseId);
  for (const point of task.points) {
    const problem = prepared.problemAt(point);
    const exact = valuesOf(exactEngine, problem, registry.optionsFor(exactEngine, problem));
    for (const engine of engines) {
      const values = exact && valuesOf(engine, problem, registry.optionsFor(engine, problem));
      const d = values && exact ? deviations(values, exact) : null;
      for (const { key } of VALIDITY_QUANTITIES) row[engine.id][key].push(d ? d[key] : null);
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
  /** z[engine][quantity][i][j]: deviation at (xs[j], ys[i]). */
  z: Record<string, Record<ValidityQuantity, (number | null)[][]>>;
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
    z[id] = { particleCurrent: [], energyCurrent: [], occupations: [], coherence: [] };
    for (const { key } of VALIDITY_QUANTITIES) z[id][key] = rows.map((row) => row[id][key]);
  }
  return { xs: [...request.xs], ys: [...request.ys], z };
}
