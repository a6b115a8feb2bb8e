import { parentPort, workerData } from "node:worker_threads";
import type { TaskContext, TaskSetup } from "../plugins/task-context.js";

/**
 * Worker side of parallel-map.ts: builds the task context (registry and cases) from the caller's setup
 * and loads the task function once, then maps each chunk it is sent.
 */
const { moduleUrl, exportName, contextUrl, setup } = workerData as {
  moduleUrl: string;
  exportName: string;
  contextUrl: string;
  setup: TaskSetup;
};
const factory = (await import(contextUrl)) as { createTaskContext(setup: TaskSetup): Promise<TaskContext> };
const module = (await import(moduleUrl)) as Record<string, (item: unknown, context: TaskContext) => unknown>;
const task = module[exportName];
let context: Promise<TaskContext> | undefined;

parentPort!.on("message", async (items: unknown[]) => {
  try {
    context ??= factory.createTaskContext(setup);
    const resolved = await context;
    const results: unknown[] = [];
    for (const item of items) results.push(await task(item, resolved));
    parentPort!.postMessage({ results });
  } catch (error) {
    parentPort!.postMessage({ error: (error as Error).message, errorName: (error as Error).name });
  }
});
