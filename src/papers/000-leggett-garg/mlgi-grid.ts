import { isPointFailure } from "../../runner/point-failure.js";
import { mlgiFunction } from "./lgi-borderlines.js";
import type { TaskContext } from "../../plugins/task-context.js";
import { parallelMap } from "../../runner/parallel-map.js";
import { EngineUnsupportedError } from "../../plugins/engine-errors.js";
import { sourceModuleUrl } from "../../package-root.js";
import type { MlgiDefinition } from "./mlgi-definition.js";

/**
 * MLGI = max_τ F(0, τ, 2τ) − 1 (paper 000, 000_47becd3a7196453b.txt eq. (19), Sec. III B) of case
 * flipflop-qubits on many (Γ, T_M, ΔT) points for the paper's Figs. 2b and 3a, computed on all cores:
 * one task per coupling Γ (a column of (T_M, ΔT) points), each opening the case by id in its worker.
 */

export interface MlgiColumnTask {
  /** The case, by id or absolute path (opened through the task context). */
  caseId: string;
  engineId: string;
  /** Other parameter overrides (e.g. eps). */
  overrides: Record<string, number | string>;
  /** The case's Gamma (twice the paper's Γ̃, paper-coupling.ts). */
  gamma: number;
  points: { TM: number; dT: number }[];
  /** Which MLGI (default `maximum`, Sec. III B). */
  definition?: MlgiDefinition;
}

/**
 * MLGI at each point of one column (a parallelMap task); null where the engine has no unique steady
 * state or refuses the problem, so that one point does not sink the figure.
 */
export function mlgiColumn(task: MlgiColumnTask, context: TaskContext): (number | null)[] {
  const engine = context.registry.engine(task.engineId);
  const mlgi = mlgiFunction(context, context.openCase(task.caseId), engine, { ...task, observable: "Z0" });
  return task.points.map(({ TM, dT }) => {
    try {
      return mlgi(TM, dT);
    } catch (error) {
      if (isPointFailure(error) || error instanceof EngineUnsupportedError) return null;
      throw error;
    }
  });
}

const COLUMN_TASK = {
  moduleUrl: sourceModuleUrl("papers/000-leggett-garg/mlgi-grid.js"),
  exportName: "mlgiColumn",
};

/** Every column on all cores (one column per message), in order. */
export function mlgiColumns(
  context: TaskContext,
  tasks: readonly MlgiColumnTask[],
  onProgress?: (done: number, total: number) => void,
): Promise<(number | null)[][]> {
  return parallelMap<MlgiColumnTask, (number | null)[]>({ ...COLUMN_TASK, local: mlgiColumn }, tasks, {
    context,
    minimumForThreads: 2,
    chunkSize: 1,
    onProgress,
  });
}

export interface MlgiMap {
  /** The case's couplings Gamma (x of the map). */
  gamma: number[];
  /** Mean temperatures T_M (y of the map). */
  TM: number[];
  /** z[i][j] = MLGI(ΔT = 0) at (Γ_j, T_M,i), null where the engine fails. */
  z: (number | null)[][];
}

export interface MlgiMapRequest {
  caseId: string;
  engineId: string;
  overrides?: Record<string, number | string>;
  gamma: number[];
  TM: number[];
}

/**
 * The equilibrium MLGI over the (Γ, T_M) plane (paper 000 Fig. 3a): one worker task per Γ. The report
 * draws a modest grid; `bench/` measures the ≥ 60 × 60 map of issue 5 with the same function.
 */
export async function computeMlgiMap(
  context: TaskContext,
  request: MlgiMapRequest,
  onProgress?: (done: number, total: number) => void,
): Promise<MlgiMap> {
  const columns = await mlgiColumns(
    context,
    request.gamma.map((gamma) => ({
      caseId: request.caseId,
      engineId: request.engineId,
      overrides: request.overrides ?? {},
      gamma,
      points: request.TM.map((TM) => ({ TM, dT: 0 })),
    })),
    onProgress,
  );
  const z = request.TM.map((_, i) => columns.map((column) => column[i]));
  return { gamma: [...request.gamma], TM: [...request.TM], z };
}
