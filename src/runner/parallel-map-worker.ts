import { parentPort, workerData } from "node:worker_threads";

/** Worker side of parallel-map.ts: loads the task function once, then maps each chunk it is sent. */
const { moduleUrl, exportName } = workerData as { moduleUrl: string; exportName: string };
const module = (await import(moduleUrl)) as Record<string, (item: unknown) => unknown>;
const task = module[exportName];

parentPort!.on("message", (items: unknown[]) => {
  try {
    parentPort!.postMessage({ results: items.map((item) => task(item)) });
  } catch (error) {
    parentPort!.postMessage({ error: `${(error as Error).name}: ${(error as Error).message}` });
  }
});
