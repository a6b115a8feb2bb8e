/**
 * External engines on the command line (the bundled CLI, built by `npm test`'s pretest): declared by
 * `--engine-command` or the config file's `engines`, listed, solved, swept and run like built-in engines;
 * a malformed declaration is an input error (exit 2) naming the flag or the field; an engine that fails
 * is a finding (exit 1 with its standard error), never an internal error.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PACKAGE_ROOT } from "../../src/package-root.js";
import { planSweep } from "../../src/runner/sweep-plan.js";

const CLI = join(PACKAGE_ROOT, "dist", "cli", "qmebench.js");
const FAKE = join(PACKAGE_ROOT, "test", "fixtures", "fake-engine.mjs");
const scratch = mkdtempSync(join(tmpdir(), "qmebench-external-"));

function qmebench(args: string[]) {
  const run = spawnSync(process.execPath, [CLI, "--no-config", ...args], {
    cwd: PACKAGE_ROOT,
    encoding: "utf8",
    env: { ...process.env, QMEBENCH_PROGRESS: "0" },
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

const fake = (behaviour: string) => ["--engine-command", `"${process.execPath}" ${FAKE} ${behaviour}`];

function config(name: string, content: unknown): string {
  const file = join(scratch, name);
  writeFileSync(file, JSON.stringify(content));
  return file;
}

describe("an engine given by --engine-command", () => {
  it("is listed with its traits, options and origin", () => {
    const { status, stdout } = qmebench([...fake("good"), "list", "--json"]);
    expect(status).toBe(0);
    const engine = JSON.parse(stdout).engines.find((e: { id: string }) => e.id === "fake-depolarising");
    expect(engine).toMatchObject({
      traits: { approximation: "secular", markovian: true, lindbladForm: true },
      options: { rate: { type: "number", default: 1 } },
      origin: expect.stringMatching(/^--engine-command .*fake-engine\.mjs good$/),
    });
  });

  it("solves like a built-in engine, options validated", () => {
    const { status, stdout } = qmebench([
      ...fake("good"),
      "solve",
      "flipflop-qubits",
      "--engine",
      "fake-depolarising",
      "--json",
    ]);
    expect(status).toBe(0);
    const result = JSON.parse(stdout);
    expect(result.steadyState.re.map((row: number[], i: number) => row[i])).toEqual([0.25, 0.25, 0.25, 0.25]);
    expect(result.options).toEqual({ rate: 1 });
    const bad = qmebench([
      ...fake("good"),
      "solve",
      "flipflop-qubits",
      "--engine",
      "fake-depolarising",
      "--option",
      "rate=-2",
    ]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(
      /--option: rate: expected a number ≥ 0 \(option rate of engine fake-depolarising\)/,
    );
  });

  it("that answers a non-state or crashes is a finding: exit 1 naming the engine, with its standard error", () => {
    const nonState = qmebench([...fake("good"), "solve", "flipflop-qubits", "--engine", "fake-non-state"]);
    expect(nonState.status).toBe(1);
    expect(nonState.stderr).toMatch(
      /engine fake-non-state on case flipflop-qubits answered a wrong value: rho/,
    );
    const crash = qmebench([...fake("crash"), "solve", "flipflop-qubits", "--engine", "fake-crash"]);
    expect(crash.status).toBe(1);
    expect(crash.stderr).toMatch(
      /exited with code 3 before answering; its standard error ends: fake-crash: segmentation/,
    );
    expect(crash.stderr).not.toMatch(/internal error/);
  });

  it("that crashes leaves an error row per point of a sweep and an error on each check of a run", () => {
    const sweep = qmebench([
      ...fake("crash"),
      "sweep",
      "flipflop-qubits",
      "--engine",
      "fake-crash",
      "--vary",
      "dT=0:1:3",
      "--csv",
    ]);
    const rows = sweep.stdout.trim().split("\n");
    expect(rows).toHaveLength(4);
    expect(rows.slice(1).every((row) => /exited with code 3|not started again/.test(row))).toBe(true);
    const out = join(scratch, "run");
    const run = qmebench([
      ...fake("crash"),
      "run",
      "--cases",
      "flipflop-qubits",
      "--engines",
      "fake-crash",
      "--properties",
      "steady-state-positivity,second-law",
      "--no-figures",
      "--out",
      out,
      "--json",
      join(out, "results.json"),
    ]);
    expect(run.status).toBe(1);
    expect(run.stderr).not.toMatch(/internal error/);
  });

  it.skipIf(availableParallelism() < 2)(
    "is started once by each thread: a sweep's worker threads start their own (skipped on one core: no threads)",
    () => {
      const starts = join(scratch, "starts");
      // three spins (n = 8): 600 points are enough work for worker threads (sweep-plan.ts)
      const logged = `sh -c 'echo started >> ${starts}; exec "${process.execPath}" ${FAKE} good'`;
      const sweep = qmebench([
        "--engine-command",
        logged,
        "sweep",
        "tilted-ising-chain",
        "--set",
        "N=3",
        "--engine",
        "fake-depolarising",
        "--vary",
        "lam=0.001:0.01:600",
        "--csv",
      ]);
      expect(sweep.status).toBe(0);
      expect(sweep.stdout.trim().split("\n")).toHaveLength(601);
      const { workers } = planSweep(600, 8, availableParallelism());
      expect(workers, "the sweep is spread over worker threads").toBeGreaterThan(1);
      // the command's own (describe at start-up), then one per worker thread
      expect(readFileSync(starts, "utf8").trim().split("\n")).toHaveLength(1 + workers);
    },
  );

  it("that does not answer describe is an input error naming the flag", () => {
    const { status, stderr } = qmebench([...fake("bad-describe"), "list"]);
    expect(status).toBe(2);
    expect(stderr).toMatch(
      /--engine-command .*bad-describe: describe: engines\[0\]\.traits\.approximation: expected one of secular/,
    );
    const missing = qmebench(["--engine-command", "no-such-program-xyz", "list"]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(
      /--engine-command no-such-program-xyz: command: .*cannot start no-such-program-xyz/,
    );
    const unbalanced = qmebench(["--engine-command", '"python3 x.py', "list"]);
    expect(unbalanced.status).toBe(2);
    expect(unbalanced.stderr).toMatch(/--engine-command: expected a program and its arguments/);
  });
});

describe("engines in the config file", () => {
  it("run in the config file's directory, so relative paths are the config's", () => {
    const directory = mkdtempSync(join(scratch, "adapter-"));
    copyFileSync(FAKE, join(directory, "engine.mjs"));
    const file = join(directory, "qmebench.config.json");
    writeFileSync(
      file,
      JSON.stringify({
        engines: [{ command: [process.execPath, "engine.mjs", "good"], timeoutSeconds: 10 }],
      }),
    );
    const run = spawnSync(process.execPath, [CLI, "--config", file, "list", "--json"], {
      cwd: PACKAGE_ROOT,
      encoding: "utf8",
    });
    expect(run.status).toBe(0);
    const engine = JSON.parse(run.stdout).engines.find((e: { id: string }) => e.id === "fake-depolarising");
    expect(engine.origin).toBe(`${file}: engines[0]`);
  });

  it("with an unknown key, a command that is not a list of words or a bad timeout: exit 2 naming the field", () => {
    const cases: [unknown, RegExp][] = [
      [
        { engines: [{ command: ["python3"], cwd: "." }] },
        /engines\[0\]\.cwd: expected one of the keys command, timeoutSeconds/,
      ],
      [
        { engines: [{ command: "python3 x.py" }] },
        /engines\[0\]\.command: expected a non-empty list of strings/,
      ],
      [
        { engines: [{ command: ["python3"], timeoutSeconds: 0 }] },
        /engines\[0\]\.timeoutSeconds: expected a positive number of seconds/,
      ],
      [{ engines: { command: ["python3"] } }, /engines: expected a list of/],
    ];
    cases.forEach(([content, message], k) => {
      const file = config(`bad-${k}.json`, content);
      const run = spawnSync(process.execPath, [CLI, "--config", file, "list"], {
        cwd: PACKAGE_ROOT,
        encoding: "utf8",
      });
      expect(run.status, JSON.stringify(content)).toBe(2);
      expect(run.stderr).toMatch(message);
    });
  });
});
