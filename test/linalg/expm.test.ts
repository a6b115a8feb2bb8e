import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  adjoint,
  ComplexMatrix,
  frobeniusNorm,
  maxAbs,
  multiply,
  scale,
  subtract,
  trace,
} from "../../src/linalg/complex-matrix.js";
import { expm } from "../../src/linalg/expm.js";
import { determinant } from "../../src/linalg/lu.js";
import { expectClose } from "../helpers/expect-close.js";
import { complexMatrixArbitrary, hermitianArbitrary, withDimension } from "../helpers/random-operators.js";

/** Norms from 10⁻³ to 10²: every Padé degree and the scaling-and-squaring branch are exercised. */
const matrixWithNorm = (n: number) =>
  fc
    .tuple(complexMatrixArbitrary(n), fc.double({ min: -3, max: 2, noNaN: true }))
    .map(([a, logNorm]) => scale(a, 10 ** logNorm / n));

describe("expm", () => {
  it("inverts with the negated argument: e^A e^{−A} = 1 (to rounding of ‖e^A‖‖e^{−A}‖)", () => {
    fc.assert(
      fc.property(
        withDimension(1, 8, (n) => matrixWithNorm(n)),
        (a) => {
          const forward = expm(a);
          const backward = expm(scale(a, -1));
          const error = subtract(multiply(forward, backward), ComplexMatrix.identity(a.rows));
          const roundingScale = frobeniusNorm(forward) * frobeniusNorm(backward);
          expectClose(maxAbs(error) / roundingScale, 0, 1e-13, "|e^A e^−A − 1| / (‖e^A‖‖e^−A‖)");
        },
      ),
    );
  });

  it("gives a unitary for an anti-Hermitian generator: e^{−iHt}", () => {
    fc.assert(
      fc.property(
        withDimension(1, 8, (n) => hermitianArbitrary(n)),
        fc.double({ min: 0, max: 30, noNaN: true }),
        (h, t) => {
          const u = expm(scale(h, 0, -t));
          expectClose(multiply(adjoint(u), u), ComplexMatrix.identity(h.rows), 1e-12, "U†U");
        },
      ),
    );
  });

  it("exponentiates diagonal matrices entry by entry", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -20, max: 5, noNaN: true }), { minLength: 1, maxLength: 8 }),
        (values) => {
          const e = expm(ComplexMatrix.diagonal(values));
          expectClose(e, ComplexMatrix.diagonal(values.map(Math.exp)), 1e-13, "e^diag");
        },
      ),
    );
  });

  it("satisfies det e^A = e^{Tr A} (to the conditioning of e^A) and e^{2A} = (e^A)²", () => {
    // Rounding in the argument is amplified by ‖A‖, the relative condition number of the exponential
    // (Higham, Functions of Matrices, §10.2): e.g. e^{−76} carries relative errors of ~500 ulps.
    fc.assert(
      fc.property(
        withDimension(1, 6, (n) => matrixWithNorm(n)),
        (a) => {
          const e = expm(a);
          const condition = frobeniusNorm(e) * frobeniusNorm(expm(scale(a, -1)));
          const argumentCondition = Math.max(1, frobeniusNorm(a));
          const [tr, ti] = trace(a);
          const [dr, di] = determinant(e);
          // det e^A · e^{−Tr A} = 1
          const ratioRe = Math.exp(-tr) * (dr * Math.cos(ti) + di * Math.sin(ti));
          const ratioIm = Math.exp(-tr) * (di * Math.cos(ti) - dr * Math.sin(ti));
          expectClose(
            [ratioRe, ratioIm],
            [1, 0],
            1e-13 * condition ** 2 * argumentCondition,
            "det e^A / e^{Tr A}",
          );
          const squared = multiply(e, e);
          expectClose(
            maxAbs(subtract(expm(scale(a, 2)), squared)) / frobeniusNorm(e) ** 2,
            0,
            1e-13 * argumentCondition,
            "|e^{2A} − (e^A)²| / ‖e^A‖²",
          );
        },
      ),
    );
  });

  it("matches closed forms: e^{−iθσx} = cos θ − i sin θ σx, and e^N = 1 + N for nilpotent N", () => {
    for (const theta of [0.001, 0.7, 3, 40]) {
      const sigmaX = ComplexMatrix.from([
        [0, 1],
        [1, 0],
      ]);
      const expected = ComplexMatrix.from(
        [
          [Math.cos(theta), 0],
          [0, Math.cos(theta)],
        ],
        [
          [0, -Math.sin(theta)],
          [-Math.sin(theta), 0],
        ],
      );
      expectClose(expm(scale(sigmaX, 0, -theta)), expected, 1e-13, `e^{−iθσx}, θ = ${theta}`);
    }
    const nilpotent = ComplexMatrix.from([
      [0, 7, 0],
      [0, 0, 3],
      [0, 0, 0],
    ]);
    // e^N = 1 + N + N²/2
    expectClose(
      expm(nilpotent),
      ComplexMatrix.from([
        [1, 7, 10.5],
        [0, 1, 3],
        [0, 0, 1],
      ]),
      1e-13,
      "e^N",
    );
  });

  it("rejects non-square and non-finite input with a RangeError", () => {
    expect(() => expm(new ComplexMatrix(2, 3))).toThrow(/square. Value: 2x3/);
    expect(() => expm(ComplexMatrix.from([[Number.NaN]]))).toThrow(RangeError);
  });
});
