import { parentPort, workerData } from "node:worker_threads";

/** Worker side of parallel-map.ts: loads the task function once, then maps each chunk it is sent. */
const { moduleUrl, exportName } = workerData as { moduleUrl: string; exportName: string };
const module = (await import(moduleUrl)) as Record<string, (item: unknown) => unknown>;
const task = module[exportName];

parentPort!.on("message", async (items: unknown[]) => {
  try {
    const results: unknown[] = [];
    for (const item of items) results.push(await task(item));
    parentPort!.postMessage({ results });
  } catch (error) {
    parentPort!.postMessage({ error: (error as Error).message, errorName: (error as Error).name });
  }
});
