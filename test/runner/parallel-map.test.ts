import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { PACKAGE_ROOT } from "../../src/package-root.js";
import { testContext } from "../helpers/registry.js";

// Worker threads load compiled JavaScript, so this test drives the build in dist/ (made by `npm test`).
const { parallelMap } = (await import(
  pathToFileURL(join(PACKAGE_ROOT, "dist", "src", "runner", "parallel-map.js")).href
)) as typeof import("../../src/runner/parallel-map.js");

const context = testContext();
const scratch = mkdtempSync(join(tmpdir(), "qmebench-parallel-"));
const taskFile = join(scratch, "task.mjs");
writeFileSync(
  taskFile,
  `export function logistic(x) { let y = x; for (let i = 0; i < 200; i++) y = 3.7 * y * (1 - y); return y; }
   export function failAtSeven(x) { if (x === 7) throw new RangeError("seven"); return x; }
   export function engineIds(x, context) { return context.registry.engines.map((engine) => engine.id); }\n`,
);
const brokenFile = join(scratch, "broken.mjs");
writeFileSync(brokenFile, `throw new SyntaxError("broken module");\n`);
const moduleUrl = pathToFileURL(taskFile).href;

describe("parallelMap", () => {
  const items = Array.from({ length: 500 }, (_, i) => (i + 0.5) / 501);

  it("gives the same results in the same order on two worker threads as in this thread", async () => {
    const progress: number[] = [];
    const threaded = await parallelMap<number, number>({ moduleUrl, exportName: "logistic" }, items, {
      context,
      workers: 2,
      chunkSize: 16,
      onProgress: (done) => progress.push(done),
    });
    const inline = await parallelMap<number, number>({ moduleUrl, exportName: "logistic" }, items, {
      context,
      workers: 1,
    });
    expect(threaded).toEqual(inline); // bit-identical: the chaotic map amplifies any difference
    expect(progress.at(-1)).toBe(items.length);
    expect(progress.length).toBe(Math.ceil(items.length / 16)); // one report per chunk: the threads ran it
  });

  it.each([1, 2])("streams every result with its own index, in order, on %i thread(s)", async (workers) => {
    const streamed: [number, number][] = [];
    const returned = await parallelMap<number, number>({ moduleUrl, exportName: "logistic" }, items, {
      context,
      workers,
      chunkSize: 16,
      onResult: (result, index) => {
        streamed.push([index, result as number]);
      },
    });
    const inline = await parallelMap<number, number>({ moduleUrl, exportName: "logistic" }, items, {
      context,
      workers: 1,
    });
    expect(returned).toEqual([]);
    expect(streamed).toEqual(inline.map((y, index) => [index, y]));
  });

  it("reports a task module that fails to load in the worker threads", async () => {
    const task = { moduleUrl: pathToFileURL(brokenFile).href, exportName: "anything" };
    await expect(parallelMap(task, items, { context, workers: 2 })).rejects.toThrow(/broken module/);
  });

  it("reports an error thrown by the task", async () => {
    const numbers = Array.from({ length: 100 }, (_, i) => i);
    await expect(
      parallelMap({ moduleUrl, exportName: "failAtSeven" }, numbers, { context, workers: 2, chunkSize: 10 }),
    ).rejects.toMatchObject({ name: "RangeError", message: "seven" });
  });

  it("gives the task the context of its thread: the registry, rebuilt in the workers from the setup", async () => {
    const engines = await parallelMap<number, string[]>(
      { moduleUrl, exportName: "engineIds" },
      items.slice(0, 80),
      {
        context,
        workers: 2,
        chunkSize: 20,
        minimumForThreads: 2,
      },
    );
    const inline = context.registry.engines.map((engine) => engine.id);
    for (const ids of engines) expect(ids).toEqual(inline);
  });

  it("rejects a module without the named function", async () => {
    await expect(
      parallelMap({ moduleUrl, exportName: "missing" }, [1], { context, workers: 1 }),
    ).rejects.toThrow(/no exported function missing/);
  });
});
