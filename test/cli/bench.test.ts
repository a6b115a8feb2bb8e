import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { qmebench } from "../helpers/cli.js";

const scratch = mkdtempSync(join(tmpdir(), "qmebench-bench-"));

/** A short budget: these tests check what is recorded, not how fast anything is. */
const QUICK = ["--max-seconds", "0.02", "--samples", "2", "--size-seconds", "0.005"];

describe("qmebench bench", () => {
  const out = join(scratch, "first");
  const first = qmebench([
    "bench",
    "--cases",
    "flipflop-qubits",
    "--engines",
    "global-lindblad,newns-exact",
    ...QUICK,
    "--out",
    out,
  ]);
  const records = JSON.parse(readFileSync(join(out, "bench.json"), "utf8"));

  it("records the machine and, per engine and case, a steady state and the sweep's time per point", () => {
    expect(first.status).toBe(0);
    expect(records.machine).toMatchObject({
      node: process.version,
      cores: expect.any(Number),
      cpu: expect.any(String),
    });
    const global = records.timings.find((t: { engine: string }) => t.engine === "global-lindblad");
    expect(global).toMatchObject({ case: "flipflop-qubits", dimension: 4 });
    expect(global.steadyState.samples).toBeGreaterThanOrEqual(2);
    expect(global.sweep.name).toBe("temperature-bias");
    expect(global.sweep.perPoint).toBeCloseTo(global.sweep.timing.seconds / global.sweep.points, 15);
    expect(global.sizes).toBeUndefined(); // flipflop-qubits has no size parameter
  });

  it("says why an engine was not timed instead of timing nothing", () => {
    const exact = records.timings.find((t: { engine: string }) => t.engine === "newns-exact");
    expect(exact.skipped).toMatch(/not two fermionic modes/);
    expect(exact.steadyState).toBeUndefined();
    expect(first.stdout).toMatch(/newns-exact +skipped: /);
  });

  it("times a chain at growing N until the budget ends the ladder, and says where it stopped", () => {
    const chain = qmebench([
      "bench",
      "--cases",
      "tilted-ising-chain",
      "--engines",
      "perturbative",
      ...QUICK,
      "--out",
      join(scratch, "chain"),
    ]);
    expect(chain.status).toBe(0);
    const [timing] = JSON.parse(readFileSync(join(scratch, "chain", "bench.json"), "utf8")).timings;
    const values = timing.sizes.points.map((p: { value: number }) => p.value);
    expect(timing.sizes.parameter).toBe("N");
    expect(values[0]).toBe(2);
    expect(values).toEqual(values.map((_: number, k: number) => k + 2));
    expect(timing.sizes.points.map((p: { dimension: number }) => p.dimension)).toEqual(
      values.map((n: number) => 2 ** n),
    );
    expect(timing.sizes.stopped).toMatch(/one steady state above 0.005 s at N = \d+/);
    expect(timing.sizes.points.at(-1).timing.seconds).toBeGreaterThan(0.005);
  });

  it("compares with an earlier record as advice: ratios, never a failing exit status", () => {
    const slow = structuredClone(records);
    for (const t of slow.timings) {
      if (t.steadyState) t.steadyState.seconds = 1e-9; // an old record no machine reaches: 1 ns per steady state
      delete t.sweep; // and without a sweep: one timing to compare, whatever the machine's noise
    }
    const file = join(scratch, "old-bench.json");
    writeFileSync(file, JSON.stringify(slow));
    const again = qmebench([
      "bench",
      "--cases",
      "flipflop-qubits",
      "--engines",
      "global-lindblad",
      ...QUICK,
      "--out",
      join(scratch, "again"),
      "--compare",
      file,
    ]);
    expect(again.status).toBe(0);
    expect(again.stdout).toMatch(
      /^SLOWER flipflop-qubits global-lindblad steady state: 1 ns → .* \(×\d+\.\d\d\)$/m,
    );
    expect(again.stdout).toMatch(/compared 1 timings with .*: 1 slower, 0 faster beyond ±30 % \(advisory\)/);
  });

  it("shows the record in the HTML report of a run given --benchmarks", () => {
    const run = qmebench([
      "run",
      "--cases",
      "flipflop-qubits",
      "--engines",
      "global-lindblad",
      "--no-figures",
      "--reporter",
      "html",
      "--benchmarks",
      join(out, "bench.json"),
      "--out",
      join(scratch, "report"),
    ]);
    expect(run.status).toBe(0);
    const html = readFileSync(join(scratch, "report", "index.html"), "utf8");
    expect(html).toContain('id="benchmarks"');
    expect(html).toMatch(
      /<td><code>flipflop-qubits<\/code><\/td><td><code>global-lindblad<\/code><\/td><td>4<\/td><td>[\d.]+ µs<\/td>/,
    );
  });

  it.each([
    [["--band", "-1"], /--band: expected a number > 0, got "-1"/],
    [
      ["--compare", join(scratch, "missing.json")],
      /--compare: .*missing\.json: expected a bench\.json of `qmebench bench`/,
    ],
  ])("refuses %j with exit status 2", (args, message) => {
    const bad = qmebench(["bench", "--cases", "flipflop-qubits", ...args, "--out", join(scratch, "bad")]);
    expect(bad.stderr).toMatch(message);
    expect(bad.status).toBe(2);
  });
});
