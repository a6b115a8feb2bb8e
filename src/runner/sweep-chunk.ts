import { type PreparedCase, prepareCase } from "../cases/build-problem.js";
import type { ComplexMatrix } from "../linalg/complex-matrix.js";
import type { CaseDefinition } from "../cases/schema.js";
import { SteadyStateError } from "../linalg/steady-state.js";
import { parseInitialState } from "../physics/named-states.js";
import type { Engine, EngineOptions } from "../plugins/engine.js";
import { builtinEngineRegistry } from "../plugins/builtin-engines.js";
import { loadConfiguredPlugins, loadPluginModule } from "../plugins/load-plugins.js";
import type { PluginRegistry } from "../plugins/registry.js";
import { type CsvTable, csvLine } from "./csv-table.js";
import { flattenedValues, flattenSolveResult } from "./flatten.js";
import { type SolveResult, solvedQuantities, solveProblem, steadyStateSolution } from "./solve.js";

/**
 * A stretch of a sweep as plain data, so that it can be solved in a worker thread (parallel-map.ts):
 * everything needed to rebuild the case, the engine and its plugins there.
 */
export interface SweepChunk {
  /** The validated case (plain data) and its file: workers need neither YAML nor the schema. */
  definition: CaseDefinition;
  file: string;
  engine: string;
  /** Absolute paths of plugin modules, and the config file, loaded as on the command line. */
  plugins: string[];
  config?: string;
  parameter: string;
  values: number[];
  overrides: Record<string, string | number>;
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

interface Setup {
  prepared: PreparedCase;
  registry: PluginRegistry;
}

/** Case and registry per worker, built once for all the chunks it solves. */
const setups = new Map<string, Promise<Setup>>();

async function setUp(chunk: SweepChunk): Promise<Setup> {
  const registry = builtinEngineRegistry();
  await loadConfiguredPlugins(registry, chunk.config);
  for (const path of chunk.plugins) await loadPluginModule(path, registry);
  return { prepared: prepareCase(chunk.definition, chunk.file), registry };
}

function setupKey(chunk: Omit<SweepChunk, "values">): string {
  return JSON.stringify([chunk.file, chunk.plugins, chunk.config]);
}

/**
 * Lets the chunks solved in this thread use the case and registry the caller has built already (the
 * command line opens the case to check it before sweeping) instead of building them again.
 */
export function reuseSweepSetup(
  chunk: Omit<SweepChunk, "values">,
  prepared: PreparedCase,
  registry: PluginRegistry,
): void {
  setups.set(setupKey(chunk), Promise.resolve({ prepared, registry }));
}

/** The prepared case, engine and initial state of a chunk. */
async function chunkContext(
  chunk: SweepChunk,
): Promise<{ prepared: PreparedCase; engine: Engine; initialState?: ComplexMatrix }> {
  const key = setupKey(chunk);
  let setup = setups.get(key);
  if (!setup) {
    setup = setUp(chunk);
    setups.set(key, setup);
  }
  const { prepared, registry } = await setup;
  const initialState = chunk.initial
    ? parseInitialState(chunk.initial, prepared.definition.system.sites.length)
    : undefined;
  return { prepared, engine: registry.engine(chunk.engine), initialState };
}

/** Solves every point of a chunk (the case at overrides + {parameter: value}) for `sweep --json`. */
export async function solveSweepChunk(chunk: SweepChunk): Promise<SweepPointResult[]> {
  const { prepared, engine, initialState } = await chunkContext(chunk);
  return chunk.values.map((value) => {
    const problem = prepared.problemAt({ ...chunk.overrides, [chunk.parameter]: value });
    try {
      return solveProblem(problem, engine, chunk.options, { initialState });
    } catch (error) {
      // A numerical failure at one point (e.g. no steady state) is a finding of that point, not of the sweep.
      if (!(error instanceof SteadyStateError)) throw error;
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
export async function solveSweepTable(chunk: SweepChunk): Promise<SweepTable> {
  const { prepared, engine, initialState } = await chunkContext(chunk);
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
  for (const value of chunk.values) {
    const row: (number | string)[] = [value];
    const problem = prepared.problemAt({ ...chunk.overrides, [chunk.parameter]: value });
    try {
      const solution = steadyStateSolution(problem, engine, chunk.options, { initialState });
      const quantities = solvedQuantities(solution);
      const values = flattenedValues(quantities);
      if (values.length !== valueColumns.length) {
        valueColumns = Object.keys(flattenSolveResult(quantities)).map(columnOf);
      }
      for (let k = 0; k < values.length; k++) row[valueColumns[k]] = values[k];
    } catch (error) {
      // A numerical failure at one point (e.g. no steady state) is a finding of that point, not of the sweep.
      if (!(error instanceof SteadyStateError)) throw error;
      row[columnOf("error")] = error.message;
      failures++;
    }
    rows.push(row);
  }
  return { columns, lines: rows.map((row) => csvLine(row, columns.length)), failures };
}
