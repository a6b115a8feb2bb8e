import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PACKAGE_ROOT } from "../../src/package-root.js";
import { CLI, qmebench } from "../helpers/cli.js";

const scratch = mkdtempSync(join(tmpdir(), "qmebench-bad-"));

/** A file in the scratch directory, for inputs that need one. */
function scratchFile(name: string, text: string): string {
  const path = join(scratch, name);
  writeFileSync(path, text);
  return path;
}

const aliasBomb = [
  'a: &a ["x", "x", "x", "x", "x", "x", "x", "x", "x"]',
  "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]",
  "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]",
  "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]",
  "e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]",
  "id: bomb",
].join("\n");

const flipflopYaml = readFileSync(join(PACKAGE_ROOT, "cases", "flipflop-qubits.yaml"), "utf8");

/**
 * Bad input, in the style of ESLint's RuleTester `invalid` cases: each must exit with status 2 and one
 * line naming the flag or file, the field and what was expected — never a stack trace. New commands and
 * options add their rows here.
 */
const INVALID: { name: string; args: () => string[]; message: RegExp }[] = [
  {
    name: "a flat bosonic bath at a zero Bohr frequency (a real divergence of the model)",
    args: () => ["solve", "zhang-wang-bosonic", "--engine", "global-lindblad", "--set", "kappa=2"],
    message: /bath "left", channel X0: the noise spectrum diverges at the Bohr frequency ω = 0/,
  },
  {
    name: "the same divergence in flipflop-qubits at eps = V",
    args: () => ["solve", "flipflop-qubits", "--engine", "redfield", "--set", "eps=1"],
    message: /diverges at the Bohr frequency ω = 0/,
  },
  {
    name: "an empty --out",
    args: () => ["run", "--cases", "flipflop-qubits", "--out", ""],
    message: /^qmebench: --out: expected a directory path, got ""$/m,
  },
  {
    name: "--out naming a file",
    args: () => ["run", "--cases", "flipflop-qubits", "--out", scratchFile("a-file", "x")],
    message: /--out: expected a directory \(or a path where one can be made\), got a file/,
  },
  {
    name: "--json naming a directory",
    args: () => ["run", "--cases", "flipflop-qubits", "--json", scratch],
    message: /--json: expected a file path, got a directory/,
  },
  {
    name: "a YAML alias bomb",
    args: () => ["solve", scratchFile("bomb.yaml", aliasBomb), "--engine", "global-lindblad"],
    message: /bomb\.yaml: unusable YAML: Excessive alias count/,
  },
  {
    name: "a blank end of a --vary range (not read as 0)",
    args: () => ["sweep", "flipflop-qubits", "--engine", "global-lindblad", "--vary", "dT= :1:2", "--csv"],
    message: /--vary: dT: expected finite numbers for from and to/,
  },
  {
    name: "--vary of an unknown parameter blames --vary",
    args: () => ["sweep", "flipflop-qubits", "--engine", "global-lindblad", "--vary", "nope=0:1:3"],
    message: /--vary: nope: expected a parameter of flipflop-qubits: eps, V/,
  },
  {
    name: "a sweep beyond the documented number of points",
    args: () => [
      "sweep",
      "flipflop-qubits",
      "--engine",
      "global-lindblad",
      "--vary",
      "dT=0:1:1000000000",
      "--csv",
    ],
    message: /--vary: dT: expected a whole number of points from 1 to 10,000,000, got 1000000000/,
  },
  {
    name: "an unknown engine option",
    args: () => ["solve", "flipflop-qubits", "--engine", "local-lindblad", "--option", "tolerance=3"],
    message:
      /--option: tolerance: expected an option of engine local-lindblad: method, evolution, evolutionTolerance, got "tolerance"/,
  },
  {
    name: "a config file holding null",
    args: () => ["--config", scratchFile("null.json", "null"), "list"],
    message: /null\.json: expected an object/,
  },
  {
    name: "a declared trajectory whose times are not from:to:points",
    args: () => [
      "solve",
      scratchFile(
        "flipflop-qubits.yaml",
        flipflopYaml.replace("    times: 0:30:201\n", "    times: 0 to 30\n"),
      ),
      "--engine",
      "global-lindblad",
    ],
    message:
      /flipflop-qubits\.yaml: trajectories\[0\]\.times: expected from:to:points, optionally :log \(e\.g\. 0:20:1001\), got "0 to 30"/,
  },
  {
    name: "a declared trajectory from an initial state the sites cannot have",
    args: () => [
      "run",
      "--cases",
      scratchFile(
        "flipflop-qubits.yaml",
        flipflopYaml.replace("    initial: up,down\n", "    initial: up,sideways\n"),
      ),
      "--engines",
      "global-lindblad",
      "--no-figures",
      "--out",
      join(scratch, "never"),
    ],
    message: /flipflop-qubits\.yaml: trajectories\[0\]\.initial: .*"sideways"/,
  },
  {
    name: "a declared trajectory naming an engine that is not registered",
    args: () => [
      "run",
      "--cases",
      scratchFile(
        "flipflop-qubits.yaml",
        flipflopYaml.replace(
          "    observables: [n0, n1]\n",
          "    observables: [n0, n1]\n    engines: [global-lindbald]\n",
        ),
      ),
      "--engines",
      "global-lindblad",
      "--no-figures",
      "--out",
      join(scratch, "never"),
    ],
    message:
      /flipflop-qubits\.yaml: trajectories\[0\]\.engines\[0\]: expected one of .*global-lindblad.*, got "global-lindbald"/,
  },
  {
    name: "a misspelled sweep quantity in a case file",
    args: () => [
      "solve",
      scratchFile(
        "flipflop-qubits.yaml",
        flipflopYaml.replace("      - observables.concurrence\n", "      - observables.purty\n"),
      ),
      "--engine",
      "global-lindblad",
    ],
    message:
      /sweeps\[0\]\.quantities\[1\]: expected a quantity a solve reports: observables\.<sz\|occupation\|purity/,
  },
  {
    name: "an empty --engines selection (bad input, not an empty green run)",
    args: () => ["run", "--engines", "", "--out", join(scratch, "out-empty")],
    message: /^qmebench: --engines: expected at least one id, got ""$/m,
  },
  {
    name: "a --shard beyond its count",
    args: () => ["run", "--shard", "3/2", "--out", join(scratch, "out-shard")],
    message: /^qmebench: --shard: expected k\/n with 1 ≤ k ≤ n, e\.g\. 2\/4, got "3\/2"$/m,
  },
  {
    name: "zero --workers",
    args: () => ["run", "--workers", "0", "--out", join(scratch, "out-workers")],
    message: /^qmebench: --workers: expected a whole number ≥ 1, got "0"$/m,
  },
  {
    name: "--update-baseline without --baseline",
    args: () => ["run", "--update-baseline", "--out", join(scratch, "out-update")],
    message: /--update-baseline: expected --baseline <dir> naming where to write/,
  },
  {
    name: "an unknown --reporter",
    args: () => ["run", "--cases", "flipflop-qubits", "--reporter", "html,xml", "--out", join(scratch, "o")],
    message:
      /--reporter: expected one of html, json, junit, markdown or the path of a reporter module, got "xml"/,
  },
  {
    name: "a baseline file of another format",
    args: () => {
      const dir = join(scratch, "old-baselines");
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, "flipflop-qubits.json"), JSON.stringify({ format: 0, values: {} }));
      return [
        "run",
        "--cases",
        "flipflop-qubits",
        "--engines",
        "global-lindblad",
        "--no-figures",
        "--baseline",
        dir,
        "--out",
        join(scratch, "out-format"),
      ];
    },
    message: /flipflop-qubits\.json: format: expected a baseline of format 1 for case flipflop-qubits/,
  },
  {
    name: "more sweep shards than points",
    args: () => [
      "sweep",
      "flipflop-qubits",
      "--engine",
      "global-lindblad",
      "--vary",
      "dT=0:2:3",
      "--csv",
      "--shard",
      "1/5",
    ],
    message: /^qmebench: --shard: expected at most as many shards as points \(3\), got "1\/5"$/m,
  },
  {
    name: "merging shards with one missing",
    args: () => {
      const shard = (k: number) => join(scratch, `shard-${k}`);
      for (const k of [1, 3])
        qmebench([
          "run",
          "--cases",
          "flipflop-qubits",
          "--engines",
          "global-lindblad",
          "--no-figures",
          "--shard",
          `${k}/3`,
          "--reporter",
          "json",
          "--out",
          shard(k),
        ]);
      return ["merge", join(shard(1), "results.json"), join(shard(3), "results.json"), "--out", scratch];
    },
    message: /merge: expected all 3 shards, got no shard 2/,
  },
  {
    name: "merging a file that is not JSON",
    args: () => ["merge", scratchFile("not-results.json", "<html>"), "--out", join(scratch, "out-merge")],
    message: /not-results\.json: expected the results\.json of a shard/,
  },
];

describe("bad input exits 2 with one line saying what was expected", () => {
  it.each(INVALID)("$name", ({ args, message }) => {
    const { status, stderr } = qmebench(args());
    expect(stderr).toMatch(message);
    expect(stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(status).toBe(2);
  });
});

describe("faults that are findings, not crashes", () => {
  it("a plugin engine that throws in supports() becomes an error on its checks; the run goes on", () => {
    const plugin = scratchFile(
      "throwing-engine.mjs",
      `export default { id: "throws", title: "Throws", description: "a broken plugin",
        traits: { approximation: "secular", markovian: false, lindbladForm: false },
        supports() { throw new Error("broken on purpose"); },
        steadyState() { throw new Error("never reached"); } };\n`,
    );
    const out = join(scratch, "out-throwing");
    const { status, stderr } = qmebench([
      "--plugin",
      plugin,
      "run",
      "--cases",
      "flipflop-qubits",
      "--no-figures",
      "--out",
      out,
    ]);
    expect(status).toBe(1);
    expect(stderr).toMatch(
      /ERROR flipflop-qubits\/equilibrium throws .*threw in supports\(\): Error: broken on purpose/,
    );
    const results = JSON.parse(readFileSync(join(out, "results.json"), "utf8"));
    expect(results.summary.pass).toBeGreaterThan(100); // the other engines were checked
  });

  it("a plugin returning a steady state with NaN entries is an error naming the engine, not a number", () => {
    const plugin = scratchFile(
      "nan-engine.mjs",
      `export default { id: "nan", title: "NaN", description: "returns NaN",
        traits: { approximation: "secular", markovian: false, lindbladForm: false },
        supports: () => true,
        steadyState: (problem) => {
          const n = problem.dimension;
          const rho = { rows: n, cols: n, data: new Float64Array(2 * n * n).fill(NaN) };
          return { rho, dimension: 1, warnings: [], method: "nan", residual: 0 };
        } };\n`,
    );
    const { status, stderr } = qmebench(["--plugin", plugin, "solve", "flipflop-qubits", "--engine", "nan"]);
    expect(stderr).toMatch(/engine nan returned a steady state with non-finite entries/);
    expect(status).toBe(1);
  });

  it("a Redfield steady state that is not a state is flagged, with its smallest eigenvalue", () => {
    const { status, stdout, stderr } = qmebench([
      "solve",
      "flipflop-qubits",
      "--engine",
      "redfield",
      "--set",
      "Gamma=3",
      "--set",
      "dT=2",
      "--json",
    ]);
    expect(status).toBe(0);
    const result = JSON.parse(stdout);
    expect(result.observables.smallestEigenvalue).toBeLessThan(-1e-3);
    expect(result.observables.entropy).toBeNull();
    expect(result.warnings.join(" ")).toMatch(/ρ is not a state: its smallest eigenvalue is -8\.5\de-3/);
    expect(stderr).toMatch(/warning: ρ is not a state/);
  });

  it("an infinite entropy production is an empty CSV field with the reason in the warning column", () => {
    const { stdout } = qmebench([
      "sweep",
      "flipflop-qubits",
      "--engine",
      "global-lindblad",
      "--vary",
      "T1=0:0.5:2",
      "--csv",
    ]);
    const [header, first] = stdout.trim().split("\n");
    const columns = header.split(",");
    const warning = columns.indexOf("warning");
    const sigma = columns.indexOf("entropyProduction");
    expect(warning).toBeGreaterThan(sigma);
    const fields = first.match(/("[^"]*"|[^,]*)(,|$)/g)!.map((f) => f.replace(/,$/, ""));
    expect(fields[sigma]).toBe("");
    expect(fields[warning]).toMatch(/entropy production is Infinity/);
  });

  it("a reader that closes the pipe early ends the command quietly", async () => {
    const child = spawn(
      process.execPath,
      [CLI, "sweep", "flipflop-qubits", "--engine", "global-lindblad", "--vary", "dT=0:2:200000", "--csv"],
      {
        cwd: PACKAGE_ROOT,
        env: { ...process.env, QMEBENCH_PROGRESS: "0" },
      },
    );
    let stderr = "";
    child.stderr.on("data", (chunk) => (stderr += chunk));
    await new Promise<void>((resolve) => child.stdout.once("data", () => resolve()));
    child.stdout.destroy();
    const status = await new Promise<number | null>((resolve) => child.on("close", (code) => resolve(code)));
    expect(stderr).not.toMatch(/internal error|\n\s+at /);
    expect(status).toBe(0);
  });
});
