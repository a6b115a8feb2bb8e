import { builtinEngineRegistry } from "../../src/builtins/engines.js";
import { builtinRegistry } from "../../src/builtins/registry.js";
import { taskContext } from "../../src/builtins/task-context.js";
import type { Problem } from "../../src/physics/problem.js";
import type { Engine, EngineOptions } from "../../src/plugins/engine.js";
import type { TaskContext } from "../../src/plugins/task-context.js";

/** The built-in engines as the registry binds them (one registry for the whole test file). */
const engines = builtinEngineRegistry();

/** A built-in engine by id. */
export function engineOf(id: string): Engine {
  return engines.engine(id);
}

/** Every built-in engine, bound. */
export function builtinEngines(): Engine[] {
  return engines.engines;
}

/** An engine's options for a problem: the case's, then `given`, validated with defaults applied. */
export function optionsOf(engine: Engine, problem: Problem, given: EngineOptions = {}): EngineOptions {
  return engines.optionsFor(engine, problem, given);
}

/** A task context with every built-in plugin, as a command has (figures, parallelMap). */
export function testContext(): TaskContext {
  return taskContext({ plugins: [] }, builtinRegistry());
}
