import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { builtinRegistry } from "../../src/builtins/registry.js";
import { openCase } from "../../src/cases/open-case.js";
import { InputError } from "../../src/input-error.js";
import { maxAbsDifference } from "../../src/linalg/complex-matrix.js";
import { parseOperatorString } from "../../src/operators/operator-string.js";
import { initialStateResolver, resolveInitialState } from "../../src/plugins/initial-state.js";
import { thermalisingMode } from "../helpers/inline-case.js";

const registry = builtinRegistry();
const engines = registry.context;
const scratch = mkdtempSync(join(tmpdir(), "qmebench-initial-"));

function refusal(text: string, problem = openCase("flipflop-qubits").problemAt()): string {
  try {
    resolveInitialState(text, problem, engines);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as Error).message;
  }
  throw new Error(`${text} was accepted`);
}

describe("--initial states that need the problem", () => {
  it("gibbs:T is the Gibbs state of H_S: a qubit w/2 σz has ⟨σz⟩ = −tanh(w/2T)", () => {
    const problem = thermalisingMode("spin").problemAt({ w: 1.3 });
    for (const T of [0.1, 0.8, 5]) {
      const rho = resolveInitialState(`gibbs:${T}`, problem, engines);
      const [sz] = parseOperatorString("Z0", problem.space).expectation(rho);
      expect(sz).toBeCloseTo(-Math.tanh(1.3 / (2 * T)), 13);
    }
    expect(refusal("gibbs:0")).toMatch(/--initial: gibbs: expected gibbs:T with a temperature T > 0/);
    expect(refusal("gibbs:hot")).toMatch(/T > 0/);
  });

  it("steady:<engine> is that engine's unique steady state, and refuses one that is not unique", () => {
    const problem = openCase("flipflop-qubits").problemAt({ dT: 0.5 });
    const local = registry.engine("local-lindblad");
    const expected = local.steadyState!(problem, registry.optionsFor(local, problem)).rho!;
    expect(maxAbsDifference(resolveInitialState("steady:local-lindblad", problem, engines), expected)).toBe(
      0,
    );
    expect(refusal("steady:no-such-engine")).toMatch(/no-such-engine/);
    const noiseless = openCase("longstaff-machine").problemAt();
    expect(refusal("steady:global-lindblad", noiseless)).toMatch(/not unique \(2 independent states\)/);
  });

  it("reads a density matrix from JSON as solve --json prints it, and refuses what is no state of the case", () => {
    const problem = openCase("flipflop-qubits").problemAt();
    const global = registry.engine("global-lindblad");
    const rho = global.steadyState!(problem, registry.optionsFor(global, problem)).rho!;
    const solved = join(scratch, "solved.json");
    writeFileSync(solved, JSON.stringify({ case: "flipflop-qubits", steadyState: rho.toJSON() }));
    expect(maxAbsDifference(resolveInitialState(solved, problem, engines), rho)).toBe(0);
    const write = (name: string, value: unknown) => {
      const path = join(scratch, name);
      writeFileSync(path, JSON.stringify(value));
      return path;
    };
    const diagonal = (values: number[]) => values.map((v, i) => values.map((_, j) => (i === j ? v : 0)));
    expect(refusal(write("small.json", { re: diagonal([1, 0]) }))).toMatch(
      /small.json: expected \{re, im\}: 4×4 arrays/,
    );
    expect(refusal(write("trace.json", { re: diagonal([1, 1, 0, 0]) }))).toMatch(/trace 1, got trace 2/);
    expect(refusal(write("negative.json", { re: diagonal([1.5, -0.5, 0, 0]) }))).toMatch(
      /positive semidefinite.*-5.00e-1/,
    );
    const skew = diagonal([1, 0, 0, 0]);
    skew[0][1] = 0.1;
    expect(refusal(write("skew.json", { re: skew }))).toMatch(/Hermitian/);
    expect(refusal(join(scratch, "missing.json"))).toMatch(/missing.json: expected a readable JSON file/);
  });

  it("a sweep resolves gibbs:T at every point and a named state once", () => {
    const prepared = thermalisingMode("spin");
    const gibbs = initialStateResolver("gibbs:0.5", engines);
    const named = initialStateResolver("x+", engines);
    const [cold, warm] = [prepared.problemAt({ w: 2 }), prepared.problemAt({ w: 0.2 })];
    expect(maxAbsDifference(gibbs(cold), gibbs(warm))).toBeGreaterThan(0.1);
    expect(named(cold)).toBe(named(warm));
  });
});
