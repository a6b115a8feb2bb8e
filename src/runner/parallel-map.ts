import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { sourceModuleUrl } from "../package-root.js";
import { TASK_CONTEXT_MODULE, type TaskContext } from "../plugins/task-context.js";

/**
 * A task for `parallelMap`: a module (by URL, usually from sourceModuleUrl in package-root.ts) and the name of
 * an exported function `(item, context) => result` in it, with `context` the TaskContext of the thread it
 * runs in. Items and results must be structured-cloneable (plain JSON-like data), since they cross thread
 * boundaries.
 */
export interface ParallelTask {
  moduleUrl: string;
  exportName: string;
  /**
   * The same function, when the caller has it loaded: work done in this thread then calls it instead of
   * importing moduleUrl (from the bundled command line that would load a second copy of the modules).
   */
  local?: (item: never, context: TaskContext) => unknown;
}

export interface ParallelMapOptions {
  /** The caller's context: passed to the task in this thread, and its setup rebuilds it in workers. */
  context: TaskContext;
  /** Worker threads to use (default: all cores). 1 runs in this thread. */
  workers?: number;
  /** Items per message to a worker (default: enough for ~8 chunks per worker). */
  chunkSize?: number;
  /** Called as results come in. */
  onProgress?: (done: number, total: number) => void;
  /** Below this many items the work runs in this thread (thread start-up costs ~50 ms). */
  minimumForThreads?: number;
  /**
   * Streams the results instead of collecting them: called with each result in item order as soon as it
   * and all before it are in (awaited, so a slow writer holds the work back in this thread); the
   * returned array is then empty.
   */
  onResult?: (result: unknown, index: number) => void | Promise<void>;
}

/** A task maps one item to its result, synchronously or through a promise. */
type TaskFunction = (item: unknown, context: TaskContext) => unknown;

async function loadTask(task: ParallelTask): Promise<TaskFunction> {
  if (task.local) return task.local as TaskFunction;
  const module = (await import(task.moduleUrl)) as Record<string, unknown>;
  const fn = module[task.exportName];
  if (typeof fn !== "function") {
    throw new TypeError(`invalid argument. ${task.moduleUrl} has no exported function ${task.exportName}.`);
  }
  return fn as TaskFunction;
}

/** An error thrown in a worker, rebuilt here with its original name (e.g. `InputError`) and message. */
function workerError(message: string, name = "Error"): Error {
  const error = new Error(message);
  error.name = name;
  return error;
}

/** True when running from compiled JavaScript, where worker threads can load the task module. */
function canUseThreads(task: ParallelTask): boolean {
  return !task.moduleUrl.endsWith(".ts") && !import.meta.url.endsWith(".ts");
}

/**
 * Maps `items` through the task function on all cores (worker threads), preserving order. Falls back to
 * this thread for small inputs, one worker, or when running from TypeScript sources (tests), so results
 * never depend on the threading.
 */
export async function parallelMap<I, O>(
  task: ParallelTask,
  items: readonly I[],
  options: ParallelMapOptions,
): Promise<O[]> {
  const workers = Math.max(1, Math.min(options.workers ?? availableParallelism(), items.length));
  const total = items.length;
  if (workers === 1 || total < (options.minimumForThreads ?? 64) || !canUseThreads(task)) {
    const fn = await loadTask(task);
    const out: O[] = [];
    for (const [index, item] of items.entries()) {
      const result = (await fn(item, options.context)) as O;
      if (options.onResult) await options.onResult(result, index);
      else out.push(result);
      options.onProgress?.(index + 1, total);
    }
    return out;
  }
  const chunkSize = options.chunkSize ?? Math.max(1, Math.ceil(total / (workers * 8)));
  const chunks: { start: number; items: I[] }[] = [];
  for (let start = 0; start < total; start += chunkSize)
    chunks.push({ start, items: items.slice(start, start + chunkSize) });
  const results = new Array<O>(total);
  let done = 0;
  let next = 0;
  // streaming: results wait in `results` until every earlier one is in, then go out in order
  let flushed = 0;
  let writing = Promise.resolve();
  const flush = () => {
    while (flushed < total && flushed in results) {
      const [result, index] = [results[flushed], flushed];
      delete results[flushed];
      flushed++;
      writing = writing.then(() => options.onResult!(result, index));
    }
  };
  const entry = fileURLToPath(sourceModuleUrl("runner/parallel-map-worker.js"));
  await Promise.all(
    Array.from({ length: workers }, async () => {
      // A larger young generation than the worker default: sweep points allocate many short-lived
      // matrices, and fewer scavenges cut a two-thread sweep's time by ~15% (measured on 20,001 points).
      const worker = new Worker(entry, {
        workerData: {
          moduleUrl: task.moduleUrl,
          exportName: task.exportName,
          contextUrl: sourceModuleUrl(TASK_CONTEXT_MODULE),
          setup: options.context.setup,
        },
        resourceLimits: { maxYoungGenerationSizeMb: 64 },
      });
      try {
        while (next < chunks.length) {
          const chunk = chunks[next++];
          const output = await new Promise<O[]>((resolve, reject) => {
            const onMessage = (message: { results?: O[]; error?: string; errorName?: string }) => {
              worker.off("error", onError);
              if (message.error !== undefined) reject(workerError(message.error, message.errorName));
              else resolve(message.results!);
            };
            const onError = (error: Error) => {
              worker.off("message", onMessage);
              reject(error);
            };
            worker.once("message", onMessage);
            worker.once("error", onError);
            worker.postMessage(chunk.items);
          });
          for (let k = 0; k < output.length; k++) results[chunk.start + k] = output[k];
          if (options.onResult) {
            flush();
            await writing;
          }
          done += output.length;
          options.onProgress?.(done, total);
        }
      } finally {
        await worker.terminate();
      }
    }),
  );
  await writing;
  return options.onResult ? [] : results;
}
