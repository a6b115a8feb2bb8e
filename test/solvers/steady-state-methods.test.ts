import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { openCase } from "../../src/cases/open-case.js";
import { type ComplexMatrix, maxAbsDifference } from "../../src/linalg/complex-matrix.js";
import { solveSteadyState } from "../../src/solvers/steady-state.js";
import { coherentGenerator, lindbladDissipator } from "../../src/superoperators/lindblad-form.js";
import { DenseOperator } from "../../src/superoperators/linear-operator.js";
import { SandwichSuperoperator } from "../../src/superoperators/sandwich-superoperator.js";
import { expectClose } from "../helpers/expect-close.js";
import { thermalisingMode } from "../helpers/inline-case.js";
import { lindbladianArbitrary, withDimension } from "../helpers/random-operators.js";
import { engineOf, optionsOf } from "../helpers/registry.js";

/**
 * The methods each engine's generator admits: secular needs the secular form of global Lindblad, sparse
 * and krylov the sandwich form of the others.
 */
const METHODS: Record<string, readonly string[]> = {
  "global-lindblad": ["dense", "secular"],
  "local-lindblad": ["dense", "sparse", "krylov"],
  redfield: ["dense", "sparse", "krylov"],
};

function steadyStateBy(
  engineId: string,
  method: string,
  problem: Parameters<typeof optionsOf>[1],
): ComplexMatrix {
  const engine = engineOf(engineId);
  const result = engine.steadyState!(problem, optionsOf(engine, problem, { method }));
  expect(result.method, `${engineId} ${method}`).toBe(method);
  expect(result.residual, `${engineId} ${method} residual`).toBeLessThan(1e-10);
  return result.rho!;
}

describe("steady-state methods agree", () => {
  it("dense, sparse and krylov give the same state for random Lindbladians (n = 2 … 5)", () => {
    fc.assert(
      fc.property(
        withDimension(2, 5, (n) => lindbladianArbitrary(n)),
        ({ n, hamiltonian, jumps }) => {
          const generator = SandwichSuperoperator.sum([
            coherentGenerator(new DenseOperator(hamiltonian)),
            lindbladDissipator(
              n,
              jumps.map(({ operator, rate }) => ({ operator: new DenseOperator(operator), rate })),
            ),
          ]);
          const dense = solveSteadyState(generator, { method: "dense" });
          expect(dense.dimension).toBe(1);
          for (const method of ["sparse", "krylov"] as const) {
            const other = solveSteadyState(generator, { method });
            expect(other.residual, method).toBeLessThan(1e-10);
            expect(maxAbsDifference(dense.rho!, other.rho!), method).toBeLessThan(1e-8);
          }
        },
      ),
      { numRuns: 30 },
    );
  });

  it("every method of every engine agrees on the tilted Ising chain (paper 003) with N = 3 and 4", () => {
    const chain = openCase("tilted-ising-chain");
    for (const N of [3, 4]) {
      for (const theta of [Math.PI / 4, Math.PI / 2]) {
        const problem = chain.problemAt({ N, theta, lam: 0.05 });
        for (const [engine, methods] of Object.entries(METHODS)) {
          const [first, ...others] = methods.map((method) => steadyStateBy(engine, method, problem));
          for (const [k, rho] of others.entries()) {
            expect(
              maxAbsDifference(rho, first),
              `${engine} ${methods[k + 1]} vs dense, N = ${N}`,
            ).toBeLessThan(1e-9);
          }
        }
      }
    }
  });
});

describe("thermal states for every method (Breuer & Petruccione Sec. 3.4.6)", () => {
  it("a qubit in one bath: ⟨σz⟩ = −tanh(w/2T)", () => {
    const qubit = thermalisingMode("spin");
    fc.assert(
      fc.property(
        fc.double({ min: 0.1, max: 5, noNaN: true }),
        fc.double({ min: 0.05, max: 10, noNaN: true }),
        (w, T) => {
          const problem = qubit.problemAt({ w, T });
          for (const [engine, methods] of Object.entries(METHODS)) {
            for (const method of methods) {
              const rho = steadyStateBy(engine, method, problem);
              expectClose(rho.re(0, 0) - rho.re(1, 1), -Math.tanh(w / (2 * T)), 1e-9, `${engine} ${method}`);
            }
          }
        },
      ),
      { numRuns: 10 },
    );
  });

  it("a truncated oscillator in one bath: ⟨n⟩ = n_th up to the truncation e^{−L w/T}", () => {
    const levels = 14;
    const oscillator = thermalisingMode("boson", levels);
    for (const { w, T } of [
      { w: 1.3, T: 0.8 },
      { w: 1, T: 0.4 },
    ]) {
      const problem = oscillator.problemAt({ w, T });
      const weights = Array.from({ length: levels }, (_, m) => Math.exp((-m * w) / T));
      const Z = weights.reduce((a, b) => a + b, 0);
      const truncated = weights.reduce((sum, p, m) => sum + (m * p) / Z, 0);
      const nThermal = 1 / Math.expm1(w / T);
      expect(Math.abs(truncated - nThermal)).toBeLessThan(1e-6);
      for (const [engine, methods] of Object.entries(METHODS)) {
        for (const method of methods) {
          const rho = steadyStateBy(engine, method, problem);
          let n = 0;
          for (let m = 0; m < levels; m++) n += m * rho.re(m, m);
          expectClose(n, truncated, 1e-9, `${engine} ${method}: ⟨n⟩`);
        }
      }
    }
  });
});
