import { type PreparedCase, prepareCase } from "../cases/build-problem.js";
import type { CaseDefinition } from "../cases/schema.js";
import { SteadyStateError } from "../linalg/steady-state.js";
import { parseInitialState } from "../physics/named-states.js";
import { builtinEngineRegistry } from "../plugins/builtin-engines.js";
import type { EngineOptions } from "../plugins/engine.js";
import { loadConfiguredPlugins, loadPluginModule } from "../plugins/load-plugins.js";
import type { PluginRegistry } from "../plugins/registry.js";
import { flattenSolveResult } from "./flatten.js";
import { type SolveResult, solveProblem } from "./solve.js";

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
  /** `flat`: one flattened record per point (CSV); `full`: the solve results (JSON). */
  output: "flat" | "full";
}

/** One point of a sweep: a flattened record, a solve result, or the numerical failure at that point. */
export type SweepPointResult =
  | Record<string, number | string>
  | SolveResult
  | { case: string; engine: string; parameters: Record<string, number | string>; error: string };

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

/** Solves every point of a chunk: the case at overrides + {parameter: value}, with one engine. */
export async function solveSweepChunk(chunk: SweepChunk): Promise<SweepPointResult[]> {
  const key = JSON.stringify([chunk.file, chunk.plugins, chunk.config]);
  let setup = setups.get(key);
  if (!setup) {
    setup = setUp(chunk);
    setups.set(key, setup);
  }
  const { prepared, registry } = await setup;
  const engine = registry.engine(chunk.engine);
  const initialState = chunk.initial
    ? parseInitialState(chunk.initial, prepared.definition.system.sites.length)
    : undefined;
  return chunk.values.map((value) => {
    const problem = prepared.problemAt({ ...chunk.overrides, [chunk.parameter]: value });
    try {
      const result = solveProblem(problem, engine, chunk.options, { initialState });
      return chunk.output === "flat" ? { [chunk.parameter]: value, ...flattenSolveResult(result) } : result;
    } catch (error) {
      // A numerical failure at one point (e.g. no steady state) is a finding of that point, not of the sweep.
      if (!(error instanceof SteadyStateError)) throw error;
      return chunk.output === "flat"
        ? { [chunk.parameter]: value, error: error.message }
        : { case: problem.caseId, engine: engine.id, parameters: problem.parameters, error: error.message };
    }
  });
}
