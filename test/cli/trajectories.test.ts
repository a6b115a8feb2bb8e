/**
 * The trajectories a case declares, computed by `qmebench run` for every selected engine that evolves the
 * case (by evolve's code path) and drawn in the report. Physics: flipflop-qubits from |10⟩ at Γ → 0 is the
 * closed two-level problem of the one-excitation block of eq. (21) (000_47becd3a7196453b.txt): ⟨n0⟩ =
 * cos²(Vt), ⟨n1⟩ = sin²(Vt), ⟨σ⁺0σ⁻1⟩ = (i/2) sin 2Vt.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { PACKAGE_ROOT } from "../../src/package-root.js";
import type { RunResults } from "../../src/runner/results.js";
import { qmebench } from "../helpers/cli.js";

const scratch = mkdtempSync(join(tmpdir(), "qmebench-trajectories-"));

/** `qmebench run` of these cases and engines (one cheap property, no figures); its results.json and page. */
function run(cases: string, engines: string, out: string) {
  const dir = join(scratch, out);
  const result = qmebench([
    "run",
    "--cases",
    cases,
    "--engines",
    engines,
    "--properties",
    "trace-preservation",
    "--no-figures",
    "--reporter",
    "json,html",
    "--out",
    dir,
  ]);
  expect(result.status, result.stderr).toBe(0);
  return {
    results: JSON.parse(readFileSync(join(dir, "results.json"), "utf8")) as RunResults,
    html: readFileSync(join(dir, "index.html"), "utf8"),
  };
}

describe("declared trajectories in qmebench run", () => {
  it("evolves flipflop-qubits' excitation hopping with every engine that supports it, into results.json and the page", () => {
    const { results, html } = run("flipflop-qubits", "local-lindblad,global-lindblad,newns-exact", "default");
    const [trajectory] = results.cases[0].trajectories;
    expect(trajectory).toMatchObject({
      id: "excitation-hopping",
      initial: "up,down",
      observables: ["n0", "n1"],
    });
    expect(trajectory.times).toHaveLength(201);
    expect(trajectory.times.at(-1)).toBe(30);
    // newns-exact does not support two spins: left out, not a failure
    expect(trajectory.series.map((s) => s.engine)).toEqual(["local-lindblad", "global-lindblad"]);
    for (const series of trajectory.series) {
      expect(series.failure).toBeUndefined();
      expect(series.evolution!.method).toMatch(/^dense exp\(LΔt\)/);
      expect(series.evolution!.errorEstimate).toBeLessThan(1e-10);
      const n0 = series.observables.n0 as number[];
      const n1 = series.observables.n1 as number[];
      expect(n0[0]).toBe(1);
      expect(n1[0]).toBe(0);
      // at Γ = 0.05 the first exchange (t = π/2V) is nearly complete, later ones damped
      const half = trajectory.times.findIndex((t) => t >= Math.PI / 2);
      expect(n1[half]).toBeGreaterThan(0.9);
      expect(Math.max(...n1.slice(150))).toBeLessThan(0.5);
    }
    for (const id of ["", "--n0", "--n1"])
      expect(html).toContain(`id="trajectory--flipflop-qubits--excitation-hopping${id}"`);
    expect(html).toContain('href="#trajectory--flipflop-qubits--excitation-hopping"');
  });

  it("at Γ → 0 gives ⟨n0⟩ = cos²(Vt), ⟨n1⟩ = sin²(Vt) and ⟨σ⁺0σ⁻1⟩ = (i/2) sin 2Vt, only for the engines it names", () => {
    const document = parse(readFileSync(join(PACKAGE_ROOT, "cases", "flipflop-qubits.yaml"), "utf8"));
    document.trajectories = [
      {
        id: "closed-hopping",
        title: "Hopping without dissipation",
        initial: "up,down",
        times: "0:10:101",
        observables: ["n0", "n1", "sp0 sm1"],
        engines: ["global-lindblad"],
        set: { Gamma: 1e-12, V: 0.7 },
      },
    ];
    const dir = mkdtempSync(join(scratch, "case-"));
    writeFileSync(join(dir, "flipflop-qubits.yaml"), stringify(document));
    const { results } = run(join(dir, "flipflop-qubits.yaml"), "global-lindblad,local-lindblad", "closed");
    const [trajectory] = results.cases[0].trajectories;
    expect(trajectory.overrides).toEqual({ Gamma: 1e-12, V: 0.7 });
    expect(trajectory.series.map((s) => s.engine)).toEqual(["global-lindblad"]);
    const { observables } = trajectory.series[0];
    const coherence = observables["sp0 sm1"] as { re: number[]; im: number[] };
    trajectory.times.forEach((t, k) => {
      const V = 0.7;
      expect((observables.n0 as number[])[k]).toBeCloseTo(Math.cos(V * t) ** 2, 9);
      expect((observables.n1 as number[])[k]).toBeCloseTo(Math.sin(V * t) ** 2, 9);
      expect(Math.abs(coherence.re[k])).toBeLessThan(1e-9);
      expect(Math.abs(coherence.im[k])).toBeCloseTo(Math.abs(Math.sin(2 * V * t)) / 2, 9);
    });
  });

  it("reads a density-matrix file named by the case beside the case file: |↑↓⟩ hops to |↓↑⟩", () => {
    const document = parse(readFileSync(join(PACKAGE_ROOT, "cases", "flipflop-qubits.yaml"), "utf8"));
    document.trajectories = [
      {
        id: "from-file",
        title: "Hopping from a state in a file",
        initial: "rho0.json",
        times: "0:3:31",
        observables: ["n0"],
        engines: ["global-lindblad"],
        set: { Gamma: 1e-12, V: 0.7 },
      },
    ];
    const dir = mkdtempSync(join(scratch, "case-"));
    writeFileSync(join(dir, "flipflop-qubits.yaml"), stringify(document));
    // basis index 1 is |up, down⟩ (spin up is the first state of a site, site 0 the most significant):
    // the state `up,down` of the default trajectory, written as a file
    const re = [0, 1, 2, 3].map((i) => [0, 1, 2, 3].map((j) => (i === 1 && j === 1 ? 1 : 0)));
    writeFileSync(join(dir, "rho0.json"), JSON.stringify({ re, im: re.map((row) => row.map(() => 0)) }));
    // run from the package root, not from the case's directory
    const { results } = run(join(dir, "flipflop-qubits.yaml"), "global-lindblad", "from-file");
    const [trajectory] = results.cases[0].trajectories;
    const n0 = trajectory.series[0].observables.n0 as number[];
    const V = 0.7;
    trajectory.times.forEach((t, k) => expect(n0[k]).toBeCloseTo(Math.cos(V * t) ** 2, 9));
  });
});
