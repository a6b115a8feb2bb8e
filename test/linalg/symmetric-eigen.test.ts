import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ComplexMatrix } from "../../src/linalg/complex-matrix.js";
import { hermitianEigenvalues } from "../../src/linalg/eigen.js";
import { symmetricEigen } from "../../src/linalg/symmetric-eigen.js";
import { expectClose } from "../helpers/expect-close.js";

const GRID = 2 ** 30;

/**
 * A random symmetric n×n matrix (row-major) from its lower triangle: entries uniform in [−1, 1] on a
 * grid of 2⁻³⁰, or any double in [−1, 1] (all orders of magnitude), as in random-operators.ts.
 */
function symmetricArbitrary(n: number): fc.Arbitrary<Float64Array> {
  const entry = fc.oneof(
    fc.integer({ min: -GRID, max: GRID }).map((k) => k / GRID),
    fc.double({ min: -1, max: 1, noNaN: true }).map((x) => (Math.abs(x) < 1e-300 ? 0 : x)),
  );
  const length = (n * (n + 1)) / 2;
  return fc.array(entry, { minLength: length, maxLength: length }).map((lower) => {
    const a = new Float64Array(n * n);
    let next = 0;
    for (let i = 0; i < n; i++) {
      for (let j = 0; j <= i; j++) a[i * n + j] = a[j * n + i] = lower[next++];
    }
    return a;
  });
}

function maxAbs(a: ArrayLike<number>): number {
  let largest = 0;
  for (let k = 0; k < a.length; k++) largest = Math.max(largest, Math.abs(a[k]));
  return largest;
}

/** max |(AV − VΛ)_ik| and max |(VᵀV − 1)_jk|. */
function residuals(
  a: Float64Array,
  n: number,
  values: Float64Array,
  vectors: Float64Array,
): { eigen: number; orthonormality: number } {
  let eigen = 0;
  let orthonormality = 0;
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < n; k++) {
      let av = 0;
      let vv = 0;
      for (let j = 0; j < n; j++) {
        av += a[i * n + j] * vectors[j * n + k];
        vv += vectors[j * n + i] * vectors[j * n + k];
      }
      eigen = Math.max(eigen, Math.abs(av - values[k] * vectors[i * n + k]));
      orthonormality = Math.max(orthonormality, Math.abs(vv - (i === k ? 1 : 0)));
    }
  }
  return { eigen, orthonormality };
}

/** Checks AV = VΛ to tolerance·max|A|, VᵀV = 1 to tolerance and λ ascending; returns the result. */
function assertValidDecomposition(a: Float64Array, n: number, tolerance: number) {
  const decomposition = symmetricEigen(a, n);
  const { values, vectors } = decomposition;
  expect(values.length).toBe(n);
  expect(vectors.length).toBe(n * n);
  const norm = Math.max(maxAbs(a), Number.MIN_VALUE);
  const { eigen, orthonormality } = residuals(a, n, values, vectors);
  expectClose(eigen / norm, 0, tolerance, "max|AV − VΛ|/max|A|");
  expectClose(orthonormality, 0, tolerance, "max|VᵀV − 1|");
  for (let k = 1; k < n; k++) expect(values[k]).toBeGreaterThanOrEqual(values[k - 1]);
  return decomposition;
}

function toComplexMatrix(a: Float64Array, n: number): ComplexMatrix {
  return ComplexMatrix.from(Array.from({ length: n }, (_, i) => Array.from(a.subarray(i * n, (i + 1) * n))));
}

/** A symmetric orthogonal Householder reflector 1 − 2uuᵀ/uᵀu for u = (1, 2, …, n) + cos(k). */
function reflector(n: number): Float64Array {
  const u = Float64Array.from({ length: n }, (_, k) => k + 1 + Math.cos(k));
  const uu = u.reduce((s, x) => s + x * x, 0);
  const q = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) q[i * n + j] = (i === j ? 1 : 0) - (2 * u[i] * u[j]) / uu;
  }
  return q;
}

describe("symmetricEigen", () => {
  it("decomposes random symmetric matrices (n = 1..60) with the spectrum of hermitianEigenvalues", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 60 }).chain((n) => fc.tuple(fc.constant(n), symmetricArbitrary(n))),
        ([n, a]) => {
          const input = a.slice();
          const { values } = assertValidDecomposition(a, n, 1e-12);
          expect(a).toEqual(input);
          const norm = Math.max(maxAbs(a), Number.MIN_VALUE);
          const reference = hermitianEigenvalues(toComplexMatrix(a, n));
          expectClose(
            values.map((x, k) => (x - reference[k]) / norm),
            new Float64Array(n),
            1e-12,
            "(λ − λ_hermitianEigenvalues)/max|A|",
          );
        },
      ),
      { seed: 20240607, numRuns: 60 },
    );
  });

  it("reads only the lower triangle", () => {
    const n = 7;
    const a = new Float64Array(n * n);
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) a[i * n + j] = j <= i ? Math.sin(3 * i + j) : Number.NaN;
    }
    const symmetric = a.slice();
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) symmetric[i * n + j] = a[j * n + i];
    expect(symmetricEigen(a, n)).toEqual(symmetricEigen(symmetric, n));
  });

  it("returns a diagonal matrix's entries sorted, with unit vectors", () => {
    const diagonal = [3, -1, 0.5, 2e-3, -7, 1e-300, 4];
    const n = diagonal.length;
    const a = new Float64Array(n * n);
    diagonal.forEach((x, i) => (a[i * n + i] = x));
    const { values, vectors } = symmetricEigen(a, n);
    const order = Array.from(diagonal.keys()).sort((x, y) => diagonal[x] - diagonal[y]);
    expect(Array.from(values)).toEqual(order.map((i) => diagonal[i]));
    for (let k = 0; k < n; k++) {
      for (let i = 0; i < n; i++) expect(Math.abs(vectors[i * n + k])).toBe(i === order[k] ? 1 : 0);
    }
  });

  it("finds a threefold eigenvalue with orthonormal eigenvectors spanning its eigenspace", () => {
    const n = 6;
    const spectrum = [2, -1, 2, 0.5, 2, 3];
    const q = reflector(n);
    // A = Q diag(spectrum) Q (Q symmetric and orthogonal).
    const a = new Float64Array(n * n);
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) {
        for (let k = 0; k < n; k++) a[i * n + j] += q[i * n + k] * spectrum[k] * q[j * n + k];
      }
    }
    const { values, vectors } = assertValidDecomposition(a, n, 1e-14);
    expectClose(values, [-1, 0.5, 2, 2, 2, 3], 1e-14, "spectrum");
    // The projector onto the eigenspace of 2, from V's columns 2..4 and from Q's columns 0, 2, 4.
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) {
        let fromV = 0;
        for (const k of [2, 3, 4]) fromV += vectors[i * n + k] * vectors[j * n + k];
        let fromQ = 0;
        for (const k of [0, 2, 4]) fromQ += q[i * n + k] * q[j * n + k];
        expectClose(fromV, fromQ, 1e-14, `projector (${i}, ${j})`);
      }
    }
  });

  it("gives the discrete Laplacian's eigenvalues 2 − 2cos(kπ/(n+1)) and sine eigenvectors", () => {
    for (const n of [1, 2, 3, 10, 50]) {
      const a = new Float64Array(n * n);
      for (let i = 0; i < n; i++) {
        a[i * n + i] = 2;
        if (i > 0) a[i * n + i - 1] = a[(i - 1) * n + i] = -1;
      }
      const { values, vectors } = assertValidDecomposition(a, n, 1e-13);
      const angle = Math.PI / (n + 1);
      expectClose(
        values,
        Array.from({ length: n }, (_, k) => 2 - 2 * Math.cos((k + 1) * angle)),
        1e-14,
        `Laplacian spectrum, n = ${n}`,
      );
      for (let k = 0; k < n; k++) {
        // ⟨v_k, s_k⟩ = ±1 for the unit sine vector s_k(i) = √(2/(n+1)) sin((i+1)(k+1)π/(n+1)).
        let overlap = 0;
        for (let i = 0; i < n; i++) {
          overlap += vectors[i * n + k] * Math.sqrt(2 / (n + 1)) * Math.sin((i + 1) * (k + 1) * angle);
        }
        expectClose(Math.abs(overlap), 1, 1e-13, `|⟨v_${k}, sine⟩|, n = ${n}`);
      }
    }
  });

  it("handles n = 1 and n = 2 exactly, n = 0, and matrices of any magnitude", () => {
    expect(symmetricEigen(Float64Array.of(-2.5), 1)).toEqual({
      values: Float64Array.of(-2.5),
      vectors: Float64Array.of(1),
    });
    // [[a, b], [b, c]]: λ = (a + c)/2 ∓ √(((a − c)/2)² + b²) = −1, 4 for a = 3, b = 2, c = 0.
    const { values, vectors } = assertValidDecomposition(Float64Array.of(3, 2, 2, 0), 2, 1e-15);
    expectClose(values, [-1, 4], 1e-15, "2×2 spectrum");
    expectClose(Math.abs(2 * vectors[1] + vectors[3]) / Math.sqrt(5), 1, 1e-15, "eigenvector of 4 ∥ (2, 1)");
    expect(symmetricEigen(new Float64Array(0), 0)).toEqual({
      values: new Float64Array(0),
      vectors: new Float64Array(0),
    });
    // Dyadic entries: scaled by 2^±1000 they stay exact, and so (power-of-two scaling) do the results.
    const unit = Float64Array.of(1, 0.5, 0, 0.5, -2, 0.125, 0, 0.125, 0.25);
    const reference = symmetricEigen(unit, 3);
    for (const scale of [2 ** 1000, 2 ** -1000]) {
      const scaled = symmetricEigen(
        unit.map((x) => x * scale),
        3,
      );
      expect(scaled.vectors).toEqual(reference.vectors);
      expect(scaled.values).toEqual(reference.values.map((x) => x * scale));
    }
    // Subnormal entries (2^−1060): eigenvalues rounded to the ~14 bits that subnormal numbers carry.
    const tiny = 2 ** -1060;
    const subnormal = symmetricEigen(
      unit.map((x) => x * tiny),
      3,
    );
    expectClose(
      subnormal.values.map((x) => x / tiny),
      reference.values,
      1e-3,
      "spectrum × 2^−1060",
    );
  });

  it("is accurate at n = 300", () => {
    const n = 300;
    const a = new Float64Array(n * n);
    for (let i = 0; i < n; i++) {
      for (let j = 0; j <= i; j++) a[i * n + j] = a[j * n + i] = Math.sin(i * i + 7 * j + 1);
    }
    assertValidDecomposition(a, n, 1e-12);
  });

  it("rejects a length other than n², a bad dimension and non-finite entries with a RangeError", () => {
    expect(() => symmetricEigen(new Float64Array(8), 3)).toThrow(RangeError);
    expect(() => symmetricEigen(new Float64Array(8), 3)).toThrow(/n² = 9. Value: 8/);
    expect(() => symmetricEigen(new Float64Array(4), 1.5)).toThrow(/non-negative integer. Value: 1.5/);
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      const a = Float64Array.of(1, 0, bad, 2);
      expect(() => symmetricEigen(a, 2)).toThrow(RangeError);
      expect(() => symmetricEigen(a, 2)).toThrow(`finite entries. Value: ${bad} at (1, 0)`);
    }
  });
});
