import type { PreparedCase } from "../cases/build-problem.js";
import type { ComplexMatrix } from "../linalg/complex-matrix.js";
import type { Problem } from "../physics/problem.js";
import type { Engine, EngineOptions } from "../plugins/engine.js";
import { initialStateResolver } from "../plugins/initial-state.js";
import type { PluginRegistry } from "../plugins/registry.js";
import { isPointFailure } from "./point-failure.js";
import type { TaskContext } from "../plugins/task-context.js";
import { type CsvTable, csvLine } from "./csv-table.js";
import { flattenedValues, flattenSolveResult } from "./flatten.js";
import { type SolveResult, solvedQuantities, solveProblem, steadyStateSolution } from "./solve.js";

/**
 * A stretch of a sweep as plain data, so that it can be solved in a worker thread (parallel-map.ts):
 * the case (an id or an absolute path, opened through the task context), the engine, and the points.
 */
export interface SweepChunk {
  case: string;
  engine: string;
  parameter: string;
  values: number[];
  overrides: Record<string, string | number>;
  /** The command line's engine options (the case's are added for each problem). */
  options: EngineOptions;
  initial?: string;
}

/** One point of a JSON sweep: its solve result, or the numerical failure at that point. */
export type SweepPointResult =
  SolveResult | { case: string; engine: string; parameters: Record<string, number | string>; error: string };

/** A chunk of a CSV sweep: its CSV lines, and how many of its points have an error instead of values. */
export interface SweepTable extends CsvTable {
  failures: number;
}

/** The prepared case, engine and initial state of a chunk. */
function chunkContext(
  chunk: SweepChunk,
  context: TaskContext,
): {
  prepared: PreparedCase;
  engine: Engine;
  registry: PluginRegistry;
  initialStateAt: (problem: Problem) => ComplexMatrix | undefined;
} {
  const prepared = context.openCase(chunk.case);
  const initial = chunk.initial;
  const resolver =
    initial === undefined ? undefined : initialStateResolver(initial, context.registry.context);
  const initialStateAt = (problem: Problem) => resolver?.(problem);
  return {
    prepared,
    engine: context.registry.engine(chunk.engine),
    registry: context.registry,
    initialStateAt,
  };
}

/** Solves every point of a chunk (the case at overrides + {parameter: value}) for `sweep --json`. */
export function solveSweepChunk(chunk: SweepChunk, context: TaskContext): SweepPointResult[] {
  const { prepared, engine, registry, initialStateAt } = chunkContext(chunk, context);
  let options: EngineOptions | undefined; // the same at every point: the case's and the command line's
  return chunk.values.map((value) => {
    const problem = prepared.problemAt({ ...chunk.overrides, [chunk.parameter]: value });
    options ??= registry.optionsFor(engine, problem, chunk.options);
    try {
      return solveProblem(problem, engine, options, { initialState: initialStateAt(problem) });
    } catch (error) {
      // A numerical failure at one point (e.g. no steady state) is a finding of that point, not of the sweep.
      if (!isPointFailure(error)) throw error;
      return {
        case: problem.caseId,
        engine: engine.id,
        parameters: problem.parameters,
        error: error.message,
      };
    }
  });
}

/**
 * Solves every point of a chunk for `sweep --csv`: only the flattened quantities, as CSV lines under
 * column names built once per chunk (the quantities of one case have the same keys at every point; a
 * point whose number of values differs has its keys built again). The columns are the swept parameter,
 * the flattened quantities of flatten.ts, and `error` if a point failed (such a row holds only the
 * parameter and the error).
 */
export function solveSweepTable(chunk: SweepChunk, context: TaskContext): SweepTable {
  const { prepared, engine, registry, initialStateAt } = chunkContext(chunk, context);
  const columns = [chunk.parameter];
  const rows: (number | string)[][] = [];
  const columnIndex = new Map([[chunk.parameter, 0]]);
  const columnOf = (name: string): number => {
    let index = columnIndex.get(name);
    if (index === undefined) {
      index = columns.length;
      columns.push(name);
      columnIndex.set(name, index);
    }
    return index;
  };
  let valueColumns: number[] = [];
  let failures = 0;
  let options: EngineOptions | undefined; // the same at every point: the case's and the command line's
  for (const value of chunk.values) {
    const row: (number | string)[] = [value];
    const problem = prepared.problemAt({ ...chunk.overrides, [chunk.parameter]: value });
    try {
      options ??= registry.optionsFor(engine, problem, chunk.options);
      const solution = steadyStateSolution(problem, engine, options, {
        initialState: initialStateAt(problem),
      });
      const quantities = solvedQuantities(solution);
      const values = flattenedValues(quantities);
      if (values.length !== valueColumns.length) {
        valueColumns = Object.keys(flattenSolveResult(quantities)).map(columnOf);
      }
      for (let k = 0; k < values.length; k++) row[valueColumns[k]] = values[k];
      const warnings = solution.warnings();
      if (warnings.length > 0) row[columnOf("warning")] = warnings.join("; ");
    } catch (error) {
      // A numerical failure at one point (e.g. no steady state) is a finding of that point, not of the sweep.
      if (!isPointFailure(error)) throw error;
      row[columnOf("error")] = error.message;
      failures++;
    }
    rows.push(row);
  }
  return { columns, lines: rows.map((row) => csvLine(row, columns.length)), failures };
}
