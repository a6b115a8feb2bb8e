import type { PreparedCase } from "../cases/build-problem.js";
import { openCase } from "../cases/open-case.js";
import type { PluginRegistry } from "../plugins/registry.js";
import type { TaskContext, TaskSetup } from "../plugins/task-context.js";
import { loadRegistry } from "./load-registry.js";

/** A task context around a registry: cases opened once each (the thread's one cache of cases). */
export function taskContext(setup: TaskSetup, registry: PluginRegistry): TaskContext {
  const opened = new Map<string, PreparedCase>();
  return {
    setup,
    registry,
    openCase(idOrPath) {
      let prepared = opened.get(idOrPath);
      if (!prepared) {
        prepared = openCase(idOrPath);
        opened.set(idOrPath, prepared);
      }
      return prepared;
    },
  };
}

/**
 * The context of a worker thread (parallel-map-worker.ts): the built-in engines (and properties and
 * figures when the command checks them) and the setup's plugins.
 */
export async function createTaskContext(setup: TaskSetup): Promise<TaskContext> {
  return taskContext(setup, await loadRegistry(setup, { everything: setup.everything ?? false }));
}
