import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { qmebench } from "../helpers/cli.js";

const scratch = mkdtempSync(join(tmpdir(), "qmebench-shards-"));

/** Every engine on one case with one figure: more units than the run keeps in one thread. */
const SELECTION = ["--cases", "flipflop-qubits", "--figures", "paper-000-fig1", "--reporter", "json,junit"];

/** Results without what differs between runs of the same plan: timings, the shard, the unit results. */
function comparable(dir: string): unknown {
  const text = readFileSync(join(dir, "results.json"), "utf8");
  return JSON.parse(text, (key, value) =>
    ["seconds", "durationSeconds", "startedAt", "shard", "unitResults"].includes(key) ? undefined : value,
  );
}

describe("one plan, however it is split", () => {
  const out = (name: string) => join(scratch, name);
  const whole = qmebench(["run", ...SELECTION, "--workers", "2", "--out", out("whole")]);
  const oneThread = qmebench(["run", ...SELECTION, "--workers", "1", "--out", out("one-thread")]);
  const shards = [1, 2, 3].map((k) =>
    qmebench(["run", ...SELECTION, "--shard", `${k}/3`, "--out", out(`shard-${k}`)]),
  );
  const files = [3, 1, 2].map((k) => join(out(`shard-${k}`), "results.json")); // any order
  const merged = qmebench(["merge", ...files, "--reporter", "json,junit", "--out", out("merged")]);

  it("gives the same results on one worker thread as on two", () => {
    expect([whole.status, oneThread.status]).toEqual([0, 0]);
    expect(comparable(out("one-thread"))).toEqual(comparable(out("whole")));
  });

  it("splits the units over the shards, each running a part", () => {
    const parts = [1, 2, 3].map((k) =>
      JSON.parse(readFileSync(join(out(`shard-${k}`), "results.json"), "utf8")),
    );
    const units = parts.map((p) => p.unitResults.length);
    expect(shards.map((s) => s.status)).toEqual([0, 0, 0]);
    expect(units.reduce((a, b) => a + b)).toBe(parts[0].plan.units);
    for (const n of units) expect(n).toBeGreaterThan(0);
  });

  it("merges the shards into the results and the JUnit of the unsharded run", () => {
    expect(merged.status).toBe(0);
    expect(comparable(out("merged"))).toEqual(comparable(out("whole")));
    const junit = (dir: string) => readFileSync(join(dir, "junit.xml"), "utf8").replace(/ time="[^"]*"/g, "");
    expect(junit(out("merged"))).toBe(junit(out("whole")));
  });
});
