import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ComplexMatrix, frobeniusNorm, scale, subtract, trace } from "../../src/linalg/complex-matrix.js";
import { expm } from "../../src/linalg/expm.js";
import { applySuperoperator, lindbladLiouvillian } from "../../src/linalg/superoperator.js";
import { densePropagation } from "../../src/dynamics/dense-propagation.js";
import { krylovPropagation } from "../../src/dynamics/krylov-propagation.js";
import { propagate } from "../../src/dynamics/propagate.js";
import { DenseSuperoperator } from "../../src/superoperators/superoperator.js";
import { densityMatrixArbitrary, lindbladianArbitrary, withDimension } from "../helpers/random-operators.js";

/** exp(L t)ρ0 by one exponential per time: the reference the propagators are measured against. */
const exact = (liouvillian: ComplexMatrix, rho0: ComplexMatrix, t: number) =>
  applySuperoperator(expm(scale(liouvillian, t)), rho0);

const problemArbitrary = withDimension(2, 5, (n) =>
  fc.record({
    generator: lindbladianArbitrary(n),
    rho0: densityMatrixArbitrary(n),
    times: fc
      .array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 8 })
      .map((ks) => ks.map((k) => k / 200).sort((a, b) => a - b)),
  }),
);

const largestError = (
  states: ComplexMatrix[],
  liouvillian: ComplexMatrix,
  rho0: ComplexMatrix,
  times: number[],
) => Math.max(...states.map((rho, k) => frobeniusNorm(subtract(rho, exact(liouvillian, rho0, times[k])))));

describe("propagators of exp(Lt)ρ0", () => {
  it("dense steps agree with one exponential per time, and the error estimate bounds the difference", () => {
    fc.assert(
      fc.property(problemArbitrary, ({ generator, rho0, times }) => {
        const evolution = densePropagation(new DenseSuperoperator(generator.liouvillian), rho0, times);
        expect(evolution.states).toHaveLength(times.length);
        const error = largestError(evolution.states, generator.liouvillian, rho0, times);
        expect(error).toBeLessThan(1e-11);
        expect(evolution.errorEstimate).toBeLessThan(1e-11);
      }),
      { numRuns: 40 },
    );
  });

  it("Krylov steps meet their tolerance matrix-free, and the error estimate is within 10x of the truth", () => {
    fc.assert(
      fc.property(problemArbitrary, fc.constantFrom(1e-6, 1e-10), ({ generator, rho0, times }, tolerance) => {
        const evolution = krylovPropagation(new DenseSuperoperator(generator.liouvillian), rho0, times, {
          tolerance,
          dimension: 6,
        });
        const error = largestError(evolution.states, generator.liouvillian, rho0, times);
        expect(evolution.warnings).toEqual([]);
        expect(evolution.errorEstimate).toBeLessThanOrEqual(1.2 * tolerance * frobeniusNorm(rho0) + 1e-15);
        expect(error).toBeLessThanOrEqual(10 * Math.max(evolution.errorEstimate, 1e-14));
        // Lindblad generators preserve the trace, and the Krylov space contains ρ0: so does every state
        for (const rho of evolution.states) expect(Math.abs(trace(rho)[0] - 1)).toBeLessThan(10 * tolerance);
      }),
      { numRuns: 40 },
    );
  });

  it("a Krylov space that closes (a qubit: at most 4 vectors) gives exp(Lt) exactly", () => {
    const liouvillian = lindbladLiouvillian(ComplexMatrix.diagonal([0.5, -0.5]), [
      {
        operator: ComplexMatrix.from([
          [0, 0],
          [1, 0],
        ]),
        rate: 0.3,
      },
    ]);
    const rho0 = ComplexMatrix.from([
      [0.5, 0.5],
      [0.5, 0.5],
    ]);
    const times = [0, 1, 10, 100];
    const evolution = krylovPropagation(new DenseSuperoperator(liouvillian), rho0, times, {
      tolerance: 1e-12,
    });
    expect(largestError(evolution.states, liouvillian, rho0, times)).toBeLessThan(1e-12);
    // ρ_00(t) = ρ_00(0) e^{−γt} for decay |0⟩ → |1⟩ at rate γ = 0.3, coherence e^{−γt/2} rotating at ω = 1
    for (const [k, t] of times.entries()) {
      expect(evolution.states[k].re(0, 0)).toBeCloseTo(0.5 * Math.exp(-0.3 * t), 12);
      expect(Math.hypot(evolution.states[k].re(0, 1), evolution.states[k].im(0, 1))).toBeCloseTo(
        0.5 * Math.exp(-0.15 * t),
        12,
      );
    }
  });

  it("auto propagates small generators densely and large grids of distinct steps by Krylov", () => {
    const liouvillian = new DenseSuperoperator(
      lindbladLiouvillian(ComplexMatrix.diagonal([1, 0]), [
        {
          operator: ComplexMatrix.from([
            [0, 0],
            [1, 0],
          ]),
          rate: 1,
        },
      ]),
    );
    const rho0 = ComplexMatrix.from([
      [1, 0],
      [0, 0],
    ]);
    const uniform = Array.from({ length: 1001 }, (_, k) => k / 100);
    const logarithmic = Array.from({ length: 300 }, (_, k) => 1e-3 * 10 ** (k / 60));
    const options = { method: "auto", tolerance: 1e-10 } as const;
    expect(propagate(liouvillian, rho0, uniform, options).method).toMatch(/^dense.*1 distinct step/);
    const krylov = propagate(liouvillian, rho0, logarithmic, options);
    expect(krylov.method).toMatch(/^krylov/);
    krylov.states.forEach((rho, k) => expect(rho.re(0, 0)).toBeCloseTo(Math.exp(-logarithmic[k]), 10));
  });

  it("a generator that annihilates ρ0 leaves it where it is", () => {
    const liouvillian = new DenseSuperoperator(new ComplexMatrix(4, 4));
    const rho0 = ComplexMatrix.from([
      [0.3, 0.1],
      [0.1, 0.7],
    ]);
    for (const evolution of [
      densePropagation(liouvillian, rho0, [0, 1, 2]),
      krylovPropagation(liouvillian, rho0, [0, 1, 2], { tolerance: 1e-10 }),
    ]) {
      for (const rho of evolution.states) expect(frobeniusNorm(subtract(rho, rho0))).toBeLessThan(1e-15);
    }
  });
});
