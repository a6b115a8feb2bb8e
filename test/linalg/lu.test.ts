import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ComplexMatrix, multiply } from "../../src/linalg/complex-matrix.js";
import { determinant, inverse, solve } from "../../src/linalg/lu.js";
import { expectClose } from "../helpers/expect-close.js";
import { complexMatrixArbitrary, withDimension } from "../helpers/random-operators.js";

/** A random matrix (entries spread over all magnitudes) made well conditioned by a dominant diagonal 2n + A. */
const wellConditioned = (n: number) =>
  complexMatrixArbitrary(n, n, { distribution: "wide" }).map((a) => {
    for (let i = 0; i < n; i++) a.data[2 * (i * n + i)] += 2 * n;
    return a;
  });

describe("complex LU with partial pivoting", () => {
  it("solves A X = B for random A and B (n = 1..8)", () => {
    fc.assert(
      fc.property(
        withDimension(1, 8, (n) => fc.tuple(wellConditioned(n), complexMatrixArbitrary(n, 3))),
        ([a, b]) => expectClose(multiply(a, solve(a, b)), b, 1e-13, "A·solve(A, B)"),
      ),
    );
  });

  it("needs pivoting: solves [[0, 1], [1, 0]] x = b", () => {
    const swap = ComplexMatrix.from([
      [0, 1],
      [1, 0],
    ]);
    expectClose(
      solve(swap, ComplexMatrix.from([[2], [3]], [[1], [0]])),
      ComplexMatrix.from([[3], [2]], [[0], [1]]),
      1e-15,
    );
  });

  it("inverts: A·A⁻¹ = A⁻¹·A = 1", () => {
    fc.assert(
      fc.property(
        withDimension(1, 8, (n) => wellConditioned(n)),
        (a) => {
          const identity = ComplexMatrix.identity(a.rows);
          expectClose(multiply(a, inverse(a)), identity, 1e-13, "A·A⁻¹");
          expectClose(multiply(inverse(a), a), identity, 1e-13, "A⁻¹·A");
        },
      ),
    );
  });

  it("has a multiplicative determinant, det(AB) = det A · det B, and det of a triangular matrix = Π diagonal", () => {
    fc.assert(
      fc.property(
        withDimension(1, 6, (n) => fc.tuple(complexMatrixArbitrary(n), complexMatrixArbitrary(n))),
        ([a, b]) => {
          const [ar, ai] = determinant(a);
          const [br, bi] = determinant(b);
          expectClose(determinant(multiply(a, b)), [ar * br - ai * bi, ar * bi + ai * br], 1e-12, "det(AB)");
        },
      ),
    );
    const triangular = ComplexMatrix.from(
      [
        [2, 5, 7],
        [0, 3, 1],
        [0, 0, -1],
      ],
      [
        [1, 0, 0],
        [0, 0, 0],
        [0, 0, 0],
      ],
    );
    // (2 + i)·3·(−1)
    expectClose(determinant(triangular), [-6, -3], 1e-15, "triangular determinant");
    // a row swap flips the sign
    expectClose(
      determinant(
        ComplexMatrix.from([
          [0, 1],
          [1, 0],
        ]),
      ),
      [-1, 0],
      1e-15,
      "det of a swap",
    );
  });

  it("rejects singular and non-square matrices with a RangeError", () => {
    const singular = ComplexMatrix.from([
      [1, 2],
      [2, 4],
    ]);
    expect(() => inverse(singular)).toThrow(RangeError);
    expectClose(determinant(singular), [0, 0], 1e-15, "singular determinant");
    expect(() => solve(new ComplexMatrix(2, 3), new ComplexMatrix(2, 1))).toThrow(/square. Value: 2x3/);
  });
});
