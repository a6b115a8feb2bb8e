import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PACKAGE_ROOT } from "../../src/package-root.js";

/** The compiled CLI, as a user runs it (`npm test` builds it first through the pretest script). */
const CLI = join(PACKAGE_ROOT, "dist", "cli", "qmebench.js"); // the bundled command line, the package bin

function qmebench(args: string[], cwd = PACKAGE_ROOT) {
  const run = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: "utf8",
    env: { ...process.env, QMEBENCH_PROGRESS: "0" },
    maxBuffer: 1 << 28, // sweeps stream their rows: room for a long one
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

const scratch = mkdtempSync(join(tmpdir(), "qmebench-cli-"));

describe("qmebench list", () => {
  it("lists the built-in engines, cases and properties as JSON", () => {
    const { status, stdout } = qmebench(["list", "--json"]);
    expect(status).toBe(0);
    const listing = JSON.parse(stdout);
    expect(listing.engines.map((e: { id: string }) => e.id)).toEqual(
      expect.arrayContaining(["local-lindblad", "global-lindblad"]),
    );
    expect(listing.cases.map((c: { id: string }) => c.id)).toContain("flipflop-qubits");
    expect(listing.properties.map((p: { id: string }) => p.id)).toContain("second-law");
    // engines say what they are and which options they take, with types and defaults
    const redfield = listing.engines.find((e: { id: string }) => e.id === "redfield");
    expect(redfield.traits).toEqual({
      approximation: "bloch-redfield",
      markovian: true,
      lindbladForm: false,
    });
    expect(redfield.options.method).toMatchObject({ type: "string", default: "auto" });
    expect(listing.figures.map((f: { id: string }) => f.id)).toContain("paper-003-fig4");
  });
});

describe("qmebench solve --json", () => {
  it("prints the documented object with a normalised steady state", () => {
    const { status, stdout } = qmebench([
      "solve",
      "flipflop-qubits",
      "--engine",
      "global-lindblad",
      "--set",
      "dT=1",
      "--json",
    ]);
    expect(status).toBe(0);
    const result = JSON.parse(stdout);
    expect(result).toMatchObject({ case: "flipflop-qubits", engine: "global-lindblad" });
    expect(result.parameters).toMatchObject({ eps: 3, V: 1, Gamma: 0.05, TM: 1.1, dT: 1, T1: 1.6 });
    expect(result.parameters.T2).toBeCloseTo(0.6, 14);
    expect(result.steadyState.dimension).toBe(1);
    const diagonal = result.steadyState.re.map((row: number[], i: number) => row[i]);
    expect(diagonal.reduce((a: number, b: number) => a + b, 0)).toBeCloseTo(1, 12);
    expect(Object.keys(result.observables)).toEqual([
      "sz",
      "purity",
      "smallestEigenvalue",
      "entropy",
      "energyCoherence",
      "concurrence",
      "chsh",
    ]);
    expect(result.observables.sz).toHaveLength(2);
    expect(Object.keys(result.currents)).toEqual(["left", "right"]);
    expect(Object.keys(result.currents.left)).toEqual(["energy", "particle", "heat"]);
    // Heat flows from the hot left bath into the system and out into the cold right one.
    expect(result.currents.left.heat).toBeGreaterThan(0);
    expect(result.currents.right.heat).toBeCloseTo(-result.currents.left.heat, 12);
    expect(result.entropyProduction).toBeGreaterThan(0);
  });

  it("recomputes derived parameters after --set", () => {
    const { stdout } = qmebench([
      "solve",
      "flipflop-qubits",
      "--engine",
      "local-lindblad",
      "--set",
      "TM=2",
      "--set",
      "dT=0.5",
      "--json",
    ]);
    const { parameters } = JSON.parse(stdout);
    expect(parameters.T1).toBe(2.25);
    expect(parameters.T2).toBe(1.75);
  });
});

describe("qmebench sweep", () => {
  it("prints one CSV row per point with the varied parameter first", () => {
    const { status, stdout } = qmebench([
      "sweep",
      "flipflop-qubits",
      "--engine",
      "global-lindblad",
      "--vary",
      "dT=0:1:11",
      "--csv",
    ]);
    expect(status).toBe(0);
    const lines = stdout.trim().split("\n");
    expect(lines).toHaveLength(12);
    const header = lines[0].split(",");
    expect(header[0]).toBe("dT");
    expect(header).toContain("currents.left.heat");
    const heat = header.indexOf("currents.left.heat");
    const values = lines.slice(1).map((l) => Number(l.split(",")[heat]));
    // More bias, more heat: the current grows monotonically from zero.
    expect(Math.abs(values[0])).toBeLessThan(1e-14);
    for (let i = 1; i < values.length; i++) expect(values[i]).toBeGreaterThan(values[i - 1]);
  });

  it("prints an array of solve results with --json", () => {
    const { status, stdout } = qmebench([
      "sweep",
      "flipflop-qubits",
      "--engine",
      "local-lindblad",
      "--vary",
      "Gamma=0.01:0.1:3",
      "--json",
    ]);
    expect(status).toBe(0);
    const results = JSON.parse(stdout);
    expect(results.map((r: { parameters: { Gamma: number } }) => r.parameters.Gamma)).toEqual([
      0.01, 0.055, 0.1,
    ]);
  });
});

describe("input errors exit with status 2 and one clear line", () => {
  const cases: [string, string[], RegExp][] = [
    [
      "unknown case",
      ["solve", "no-such-case", "--engine", "global-lindblad"],
      /no-such-case.*flipflop-qubits/,
    ],
    [
      "unknown engine",
      ["solve", "flipflop-qubits", "--engine", "nope"],
      /--engine.*one of .*global-lindblad.*"?nope/,
    ],
    [
      "unknown parameter",
      ["solve", "flipflop-qubits", "--engine", "global-lindblad", "--set", "Gama=1"],
      /Gama/,
    ],
    [
      "malformed --set",
      ["solve", "flipflop-qubits", "--engine", "global-lindblad", "--set", "eps"],
      /--set.*name=value/,
    ],
    [
      "negative temperature",
      ["solve", "flipflop-qubits", "--engine", "global-lindblad", "--set", "dT=5"],
      /T1 >= 0 and T2 >= 0|temperature/,
    ],
    [
      "malformed --vary",
      ["sweep", "flipflop-qubits", "--engine", "global-lindblad", "--vary", "dT=0:1"],
      /--vary.*from:to:points/,
    ],
    ["missing --engine", ["solve", "flipflop-qubits"], /engine/],
  ];
  it.each(cases)("%s", (_, args, message) => {
    const { status, stderr, stdout } = qmebench(args);
    expect(status).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(message);
    expect(stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it("reports a parameter point that breaks a case constraint, even from a worker thread of a long sweep", () => {
    // 30,000 points run in worker threads (sweep-plan.ts); from dT = 2.2 on, T2 = TM − dT/2 < 0 breaks
    // the case's constraint.
    const { status, stderr } = qmebench([
      "sweep",
      "flipflop-qubits",
      "--engine",
      "global-lindblad",
      "--vary",
      "dT=0:5:30000",
      "--csv",
    ]);
    expect(status).toBe(2);
    expect(stderr).toMatch(/flipflop-qubits\.yaml.*T1 >= 0 and T2 >= 0|bath temperatures/);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it("names the file, line and column of malformed YAML", () => {
    const file = join(scratch, "broken.yaml");
    writeFileSync(file, "id: broken\nparameters:\n  eps: [1, 2\n");
    const { status, stderr } = qmebench(["solve", file, "--engine", "global-lindblad"]);
    expect(status).toBe(2);
    expect(stderr).toMatch(/broken\.yaml/);
    expect(stderr).toMatch(/line \d+/);
  });
});

describe("plugins", () => {
  it("loads a third-party property by path and fails the run when it fails", () => {
    const plugin = join(scratch, "always-fails.mjs");
    writeFileSync(
      plugin,
      `export default { id: "always-fails", title: "Always fails", source: "test", appliesTo: () => true,
        check: () => ({ status: "fail", message: "by construction" }) };\n`,
    );
    const out = join(scratch, "out-plugin");
    const { status, stderr } = qmebench([
      "--plugin",
      plugin,
      "run",
      "--properties",
      "always-fails",
      "--out",
      out,
    ]);
    expect(status).toBe(1);
    expect(stderr).toMatch(/FAIL flipflop-qubits\/equilibrium .* always-fails: by construction/);
    expect(existsSync(join(out, "index.html"))).toBe(true);
  });

  it("rejects a module without a valid plugin with status 2", () => {
    const plugin = join(scratch, "not-a-plugin.mjs");
    writeFileSync(plugin, "export default { id: 'x' };\n");
    const { status, stderr } = qmebench(["--plugin", plugin, "list"]);
    expect(status).toBe(2);
    expect(stderr).toMatch(
      /not-a-plugin\.mjs: default export: expected an engine .*, a property .* or a figure/,
    );
  });

  it("loads the README's property (requirements, no appliesTo) and a figure, and lists them", () => {
    const plugin = join(scratch, "purity-and-figure.mjs");
    writeFileSync(
      plugin,
      `export const properties = [{ id: "purity-bound", title: "Purity at most 1", source: "Tr ρ² ≤ 1",
        requires: { capabilities: ["steadyState"] },
        check: (c) => ({ status: c.observables().purity <= 1 + 1e-12 ? "pass" : "fail", message: "ok" }) }];
      export const figures = [{ id: "my-figure", title: "My figure", source: "000_47becd3a7196453b.txt",
        description: "a test",
        claims: [{ id: "pure", source: "eq. (1)", statement: "ρ is pure", quantity: "purity", tolerance: "1e-12" }],
        compute: () => ({ charts: [], verdicts: [{ claim: "pure", verdict: "inconclusive", evidence: "nothing computed" }] }) }];\n`,
    );
    const listed = qmebench(["--plugin", plugin, "list", "--json"]);
    expect(listed.status).toBe(0);
    const listing = JSON.parse(listed.stdout);
    expect(listing.properties.map((p: { id: string }) => p.id)).toContain("purity-bound");
    expect(listing.figures.map((f: { id: string }) => f.id)).toContain("my-figure");
    const out = join(scratch, "out-purity");
    const run = qmebench([
      "--plugin",
      plugin,
      "run",
      "--cases",
      "flipflop-qubits",
      "--properties",
      "purity-bound",
      "--no-figures",
      "--out",
      out,
    ]);
    expect(run.status).toBe(0);
    const results = JSON.parse(readFileSync(join(out, "results.json"), "utf8"));
    expect(results.summary.pass).toBeGreaterThan(0);
  });

  it("rejects a config file that is null or has an unknown key, naming the key", () => {
    const nullConfig = join(scratch, "null.json");
    writeFileSync(nullConfig, "null\n");
    const misspelled = join(scratch, "misspelled.json");
    writeFileSync(misspelled, '{ "plugin": ["./x.js"] }\n');
    expect(qmebench(["--config", nullConfig, "list"]).stderr).toMatch(/null\.json: expected an object/);
    const { status, stderr } = qmebench(["--config", misspelled, "list"]);
    expect(status).toBe(2);
    expect(stderr).toMatch(
      /misspelled\.json: plugin: expected one of the keys plugins, engines\b.*, got "plugin"/,
    );
  });
});

describe("qmebench run", () => {
  it("writes index.html and results.json and exits 0 when only expected failures occur", () => {
    const out = join(scratch, "out");
    const selection = [
      "--cases",
      "flipflop-qubits",
      "--engines",
      "local-lindblad,global-lindblad",
      "--no-figures",
    ];
    const { status, stdout } = qmebench(["run", ...selection, "--out", out]);
    expect(status).toBe(0);
    expect(stdout).toMatch(/\d+ passed, 0 failed, \d+ expected failures/);
    const results = JSON.parse(readFileSync(join(out, "results.json"), "utf8"));
    expect(results.summary.unexpectedFailures).toBe(0);
    const html = readFileSync(join(out, "index.html"), "utf8");
    expect(html).toMatch(/<svg/);
    expect(html).toMatch(/flipflop-qubits/);
  });
});
