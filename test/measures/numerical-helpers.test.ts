import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ComplexMatrix } from "../../src/linalg/complex-matrix.js";
import { hermitianEigenvalues } from "../../src/linalg/eigen.js";
import { nelderMeadMinimise } from "../../src/measures/nelder-mead.js";
import { mulberry32 } from "../../src/measures/seeded-random.js";
import { symmetricEigenvalues3x3 } from "../../src/measures/symmetric-3x3-eigenvalues.js";
import { expectClose } from "../helpers/expect-close.js";
import { entryArbitrary } from "./random-states.js";

describe("symmetricEigenvalues3x3", () => {
  it("agrees with the complex Hermitian eigensolver on random symmetric matrices", () => {
    const entry = entryArbitrary(-1, 1);
    fc.assert(
      fc.property(fc.array(entry, { minLength: 6, maxLength: 6 }), ([a, b, c, d, e, f]) => {
        const m = [a, b, c, b, d, e, c, e, f];
        const reference = hermitianEigenvalues(
          ComplexMatrix.from([m.slice(0, 3), m.slice(3, 6), m.slice(6)]),
        );
        expectClose(symmetricEigenvalues3x3(m), reference, 1e-13);
      }),
    );
  });

  it("is exact on repeated eigenvalues and tiny matrices", () => {
    expect(symmetricEigenvalues3x3([0, 0, 0, 0, 0, 0, 0, 0, 2])).toEqual([0, 0, 2]);
    expect(symmetricEigenvalues3x3([1e-300, 0, 0, 0, 1e-300, 0, 0, 0, 1e-300])).toEqual([
      1e-300, 1e-300, 1e-300,
    ]);
    // A rotated diag(1, 1, 4): (1, 1, 4) whatever the rotation.
    const c = Math.cos(0.3);
    const s = Math.sin(0.3);
    expectClose(
      symmetricEigenvalues3x3([1, 0, 0, 0, c * c + 4 * s * s, 3 * c * s, 0, 3 * c * s, s * s + 4 * c * c]),
      [1, 1, 4],
      1e-15,
    );
  });
});

describe("nelderMeadMinimise", () => {
  it("finds the minimum (1, 1) of the Rosenbrock function", () => {
    const rosenbrock = (x: Float64Array) => 100 * (x[1] - x[0] ** 2) ** 2 + (1 - x[0]) ** 2;
    const { x, value } = nelderMeadMinimise(rosenbrock, [-1.2, 1], {
      initialStep: 0.5,
      tolerance: 1e-12,
      maxEvaluations: 10_000,
    });
    expectClose(Array.from(x), [1, 1], 1e-5);
    expect(value).toBeLessThan(1e-10);
  });
});

describe("mulberry32", () => {
  it("repeats its sequence for a seed and stays in [0, 1) with mean ½", () => {
    const first = mulberry32(42);
    const second = mulberry32(42);
    const draws = Array.from({ length: 10_000 }, () => first());
    expect(Array.from({ length: 10_000 }, () => second())).toEqual(draws);
    expect(draws.every((u) => u >= 0 && u < 1)).toBe(true);
    const sum = draws.reduce((a, b) => a + b, 0);
    expectClose(sum / 10_000, 0.5, 0.01);
  });
});
