import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PACKAGE_ROOT } from "../../src/package-root.js";
import { qmebench } from "../helpers/cli.js";

const scratch = mkdtempSync(join(tmpdir(), "qmebench-baseline-"));

/**
 * global-lindblad with the rates of the left bath (its noise spectrum) scaled by 1 + RATE_SHIFT:
 * at RATE_SHIFT = 1e-6 every property still passes — only a baseline can see the change.
 */
const plugin = join(scratch, "shifted-engine.mjs");
writeFileSync(
  plugin,
  `const shift = Number(process.env.RATE_SHIFT ?? 0);
const shifted = (problem) => ({
  ...problem,
  baths: problem.baths.map((bath, k) =>
    k === 0
      ? { ...bath, channels: bath.channels.map((c) => ({ ...c, spectrum: (w) => (1 + shift) * c.spectrum(w) })) }
      : bath),
});
export default {
  id: "shifted-global-lindblad",
  title: "Global Lindblad with the left rate shifted",
  description: "A test fixture: global-lindblad with the left bath's rate scaled by 1 + RATE_SHIFT.",
  traits: { approximation: "secular", markovian: true, lindbladForm: true },
  create(context) {
    const base = context.engine("global-lindblad");
    const options = (problem) => context.optionsFor(base, problem);
    return {
      supports: (problem) => base.supports(shifted(problem), options(problem)),
      generator: (problem) => base.generator(shifted(problem), options(problem)),
      steadyState: (problem, _options, request) => base.steadyState(shifted(problem), options(problem), request),
      currents: (problem, _options, rho) => base.currents(shifted(problem), options(problem), rho),
    };
  },
};\n`,
);

const baselines = join(scratch, "baselines");
/** Properties that hold for global Lindblad (correlation-fit refutes paper 000 for every engine). */
const PROPERTIES = "steady-state-positivity,gibbs-state,second-law,current-conservation,reference-values";

function run(shift: number, out: string, extra: string[], cases = "flipflop-qubits") {
  return qmebench(
    [
      "--plugin",
      plugin,
      "run",
      "--cases",
      cases,
      "--engines",
      "shifted-global-lindblad",
      "--properties",
      PROPERTIES,
      "--no-figures",
      "--baseline",
      baselines,
      "--out",
      join(scratch, out),
      ...extra,
    ],
    { env: { RATE_SHIFT: String(shift) } },
  );
}

describe("a baseline guards what the properties cannot see", () => {
  const written = run(0, "written", ["--update-baseline", "--reporter", "json"]);
  const same = run(0, "same", ["--reporter", "json,junit,markdown"]);
  const shifted = run(1e-6, "shifted", ["--reporter", "json,junit,markdown,html"]);

  it("writes one file per case with its provenance, the case file's hash and the engine's options", () => {
    expect(written.status).toBe(0);
    const file = JSON.parse(readFileSync(join(baselines, "flipflop-qubits.json"), "utf8"));
    expect(file.case).toBe("flipflop-qubits");
    expect(file.caseHash).toMatch(/^[0-9a-f]{64}$/);
    expect(file.provenance.node).toBe(process.version);
    expect(file.engineOptions["shifted-global-lindblad"]).toEqual({});
    expect(file.values["biased/shifted-global-lindblad/check.steady-state-positivity"]).toBe("pass");
    expect(typeof file.values["sweep.temperature-bias/shifted-global-lindblad/currents.left.heat@dT=1"]).toBe(
      "number",
    );
  });

  it("finds nothing when nothing changed", () => {
    expect(same.status).toBe(0);
    expect(same.stdout).toMatch(/baseline: \d+ compared, 0 regressed, 0 new/);
    expect(readFileSync(join(scratch, "same", "summary.md"), "utf8")).toMatch(/^# qmebench: ✓ 0 regression/);
  });

  it("exits 1 when one rate moved by 1e-6, naming the quantity with both values, difference and tolerance", () => {
    expect(shifted.stderr).not.toMatch(/^(FAIL|ERROR) /m); // every property still passes
    expect(shifted.status).toBe(1);
    const line = shifted.stderr.match(
      /^REGRESSION flipflop-qubits sweep\.temperature-bias\/shifted-global-lindblad\/currents\.left\.heat@dT=1: (\S+) → (\S+) \(difference (\S+), tolerance (\S+)\)$/m,
    );
    expect(line).not.toBeNull();
    const [old, now, difference, tolerance] = line!.slice(1).map(Number);
    expect(difference).toBeCloseTo(Math.abs(now - old), 20);
    expect(difference).toBeGreaterThan(tolerance);
    // the heat current into a bath is linear in its rate: a relative change of order 1e-6
    expect(difference / Math.abs(old)).toBeGreaterThan(1e-8);
    expect(difference / Math.abs(old)).toBeLessThan(1e-5);
  });

  it("reports the regression in JUnit, in the step summary and in the HTML report", () => {
    const junit = readFileSync(join(scratch, "shifted", "junit.xml"), "utf8");
    expect(junit).toMatch(
      /<testcase classname="flipflop-qubits\.baseline" name="sweep\.temperature-bias\/shifted-global-lindblad\/currents\.left\.heat"><failure message="\d+ of 41 value\(s\) regressed/,
    );
    const summary = readFileSync(join(scratch, "shifted", "summary.md"), "utf8");
    expect(summary).toMatch(/^# qmebench: ✗ [1-9]\d* regression/);
    expect(summary).toMatch(
      /\| flipflop-qubits \| sweep\.temperature-bias\/shifted-global-lindblad\/currents\.left\.heat@dT=/,
    );
    const html = readFileSync(join(scratch, "shifted", "index.html"), "utf8");
    expect(html).toContain('id="changes-since-baseline"');
    const results = JSON.parse(readFileSync(join(scratch, "shifted", "results.json"), "utf8"));
    expect(results.baseline.regressions.length).toBeGreaterThan(0);
    expect(results.seed).toBe(20261123);
  });

  it("calls a baseline stale, instead of comparing, once the case file changed", () => {
    const edited = join(scratch, "flipflop-qubits.yaml");
    writeFileSync(
      edited,
      `${readFileSync(join(PACKAGE_ROOT, "cases", "flipflop-qubits.yaml"), "utf8")}# edited\n`,
    );
    const stale = run(1e-6, "stale", ["--reporter", "json"], edited);
    expect(stale.status).toBe(0);
    expect(stale.stderr).toMatch(
      /warning: baseline of flipflop-qubits not compared: the case file changed since the baseline was written/,
    );
    expect(stale.stderr).not.toMatch(/REGRESSION/);
    expect(existsSync(join(scratch, "stale", "results.json"))).toBe(true);
  });
});
