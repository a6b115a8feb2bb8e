import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { adjoint, ComplexMatrix, maxAbs, multiply, product, trace } from "../../src/linalg/complex-matrix.js";
import { hermitianEigen, hermitianEigenvalues } from "../../src/linalg/eigen.js";
import { expectClose } from "../helpers/expect-close.js";
import { complexMatrixArbitrary, hermitianArbitrary, withDimension } from "../helpers/random-operators.js";

/** Checks A = V diag(λ) V†, V†V = 1, λ ascending and Σλ = Tr A, relative to ‖A‖. */
function assertValidDecomposition(a: ComplexMatrix, tolerance: number): void {
  const n = a.rows;
  const { values, vectors } = hermitianEigen(a);
  const norm = Math.max(maxAbs(a), Number.MIN_VALUE);
  const reconstructed = product(vectors, ComplexMatrix.diagonal(values), adjoint(vectors));
  const scaledDifference = new ComplexMatrix(n, n);
  for (let k = 0; k < a.data.length; k++)
    scaledDifference.data[k] = (reconstructed.data[k] - a.data[k]) / norm;
  expectClose(scaledDifference, new ComplexMatrix(n, n), tolerance, "(V Λ V† − A)/max|A|");
  expectClose(multiply(adjoint(vectors), vectors), ComplexMatrix.identity(n), tolerance, "V†V");
  for (let k = 1; k < n; k++) expect(values[k]).toBeGreaterThanOrEqual(values[k - 1]);
  expectClose(values.reduce((s, v) => s + v, 0) / norm, trace(a)[0] / norm, tolerance, "Σλ = Tr A");
}

describe("hermitianEigen", () => {
  it("reconstructs random Hermitian matrices (uniform and wide-range entries) with orthonormal eigenvectors (n = 1..8)", () => {
    fc.assert(
      fc.property(
        withDimension(1, 8, (n) =>
          fc.oneof(hermitianArbitrary(n), hermitianArbitrary(n, { distribution: "wide" })),
        ),
        (a) => assertValidDecomposition(a, 1e-13),
      ),
    );
  });

  it("is accurate to 1e-12 of the norm for n = 16..64", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(16, 33, 64).chain((n) => hermitianArbitrary(n)),
        (a) => assertValidDecomposition(a, 1e-12),
      ),
      { numRuns: 4 },
    );
  });

  it("finds degenerate, diagonal, zero and wide-range spectra on the Householder path (n > 24)", () => {
    fc.assert(
      fc.property(complexMatrixArbitrary(40), fc.integer({ min: -3, max: 3 }), (g, shift) => {
        const { vectors: u } = hermitianEigen(multiply(g, adjoint(g)));
        const spectrum = Array.from({ length: 40 }, (_, k) => shift + (k % 3) * 0.5);
        const a = product(u, ComplexMatrix.diagonal(spectrum), adjoint(u));
        expectClose(
          hermitianEigenvalues(a),
          [...spectrum].sort((x, y) => x - y),
          1e-12,
          "degenerate spectrum",
        );
        assertValidDecomposition(a, 1e-12);
      }),
      { numRuns: 5 },
    );
    fc.assert(
      fc.property(hermitianArbitrary(30, { distribution: "wide" }), (a) =>
        assertValidDecomposition(a, 1e-12),
      ),
      { numRuns: 5 },
    );
    const diagonal = Array.from({ length: 30 }, (_, k) => Math.cos(k));
    expectClose(
      hermitianEigenvalues(ComplexMatrix.diagonal(diagonal)),
      [...diagonal].sort((x, y) => x - y),
      1e-15,
      "diagonal",
    );
    assertValidDecomposition(ComplexMatrix.zeros(30), 0);
  });

  it("finds degenerate spectra: U diag(λ) U† with repeated λ and a random unitary U", () => {
    fc.assert(
      fc.property(complexMatrixArbitrary(5), fc.integer({ min: -3, max: 3 }), (g, shift) => {
        // A unitary from the eigenvectors of a random Hermitian matrix, eigenvalues {s, s, s, s+1, s+2}.
        const { vectors: u } = hermitianEigen(multiply(g, adjoint(g)));
        const spectrum = [shift, shift, shift, shift + 1, shift + 2];
        const a = product(u, ComplexMatrix.diagonal(spectrum), adjoint(u));
        expectClose(hermitianEigenvalues(a), spectrum, 1e-13, "degenerate spectrum");
        assertValidDecomposition(a, 1e-13);
      }),
      { numRuns: 50 },
    );
  });

  it("gives ±1 for the Pauli matrices and (ε/2)(±1) for (ε/2)σz", () => {
    const sigmaY = ComplexMatrix.from(
      [
        [0, 0],
        [0, 0],
      ],
      [
        [0, -1],
        [1, 0],
      ],
    );
    expectClose(hermitianEigen(sigmaY).values, [-1, 1], 1e-15, "σy spectrum");
    const { values, vectors } = hermitianEigen(ComplexMatrix.diagonal([1.5, -1.5]));
    expectClose(values, [-1.5, 1.5], 1e-15, "(3/2)σz spectrum");
    // The lower eigenvector of (ε/2)σz is spin down, basis state 1 (DESIGN.md).
    expectClose(Math.hypot(vectors.re(1, 0), vectors.im(1, 0)), 1, 1e-15, "|⟨1|v₀⟩|");
  });

  it("agrees with hermitianEigenvalues and is invariant under a unitary change of basis", () => {
    fc.assert(
      fc.property(hermitianArbitrary(6), complexMatrixArbitrary(6), (a, g) => {
        const { vectors: u } = hermitianEigen(multiply(g, adjoint(g)));
        const values = hermitianEigen(a).values;
        expectClose(hermitianEigenvalues(a), values, 1e-13, "values only");
        expectClose(hermitianEigenvalues(product(u, a, adjoint(u))), values, 1e-12, "U A U† spectrum");
      }),
      { numRuns: 50 },
    );
  });

  it("rejects non-square and non-Hermitian input with a RangeError", () => {
    expect(() => hermitianEigen(new ComplexMatrix(2, 3))).toThrow(/must be square. Value: 2x3/);
    expect(() =>
      hermitianEigen(
        ComplexMatrix.from([
          [0, 1],
          [0, 0],
        ]),
      ),
    ).toThrow(RangeError);
    expect(() =>
      hermitianEigen(
        ComplexMatrix.from([
          [0, 1],
          [0, 0],
        ]),
      ),
    ).toThrow(/must be Hermitian/);
  });

  it("accepts and symmetrises a rounding-level asymmetry", () => {
    const a = ComplexMatrix.from(
      [
        [1, 2],
        [2 + 1e-15, -1],
      ],
      [
        [0, 1e-16],
        [0, 0],
      ],
    );
    expectClose(
      hermitianEigenvalues(a),
      [-Math.sqrt(5), Math.sqrt(5)],
      1e-14,
      "eigenvalues of [[1,2],[2,−1]]",
    );
  });

  it("stays unitary when an off-diagonal element is subnormal", () => {
    // A subnormal a_pq has no accurate phase a_pq/|a_pq|; the rotation must not use it.
    const tiny = 7e-323;
    const a = ComplexMatrix.from(
      [
        [0, 0, 0, -8.734e-5],
        [0, 0, tiny, -0.49999999],
        [0, tiny, 0, 0],
        [-8.734e-5, -0.49999999, 0, 0],
      ],
      [
        [0, 0, 0, 0],
        [0, 0, tiny, 0],
        [0, -tiny, 0, 0],
        [0, 0, 0, 0],
      ],
    );
    assertValidDecomposition(a, 1e-13);
    // Eigenvalues ±√(0.49999999² + 8.734e-5²) and a double 0.
    const r = Math.hypot(0.49999999, 8.734e-5);
    expectClose(hermitianEigenvalues(a), [-r, 0, 0, r], 1e-13, "spectrum");
  });
});
