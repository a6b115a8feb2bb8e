import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  estimateInverseOneNorm,
  realLuDecomposeInPlace,
  realLuSolve,
  realLuSolveTransposed,
  realOneNorm,
} from "../../src/linalg/real-lu.js";
import { expectClose } from "../helpers/expect-close.js";

/** Uniform entries in [−1, 1] without fast-check's bias to 0 (which would make most matrices singular). */
const uniformVector = (length: number) =>
  fc
    .noBias(fc.array(fc.integer({ min: -(2 ** 30), max: 2 ** 30 }), { minLength: length, maxLength: length }))
    .map((values) => Float64Array.from(values, (v) => v / 2 ** 30));

/** A random real m×m matrix with a vector b. */
const systemArbitrary = fc
  .integer({ min: 1, max: 12 })
  .chain((m) => fc.record({ m: fc.constant(m), a: uniformVector(m * m), b: uniformVector(m) }));

function times(a: Float64Array, m: number, x: Float64Array, transposed = false): Float64Array {
  const out = new Float64Array(m);
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < m; j++) out[i] += (transposed ? a[j * m + i] : a[i * m + j]) * x[j];
  }
  return out;
}

/** ‖A⁻¹‖₁ from the exact inverse, column by column. */
function exactInverseOneNorm(a: Float64Array, m: number): number {
  const lu = realLuDecomposeInPlace(a.slice(), m);
  let worst = 0;
  for (let j = 0; j < m; j++) {
    const unit = new Float64Array(m);
    unit[j] = 1;
    const column = realLuSolve(lu, unit);
    worst = Math.max(
      worst,
      column.reduce((s, v) => s + Math.abs(v), 0),
    );
  }
  return worst;
}

describe("real LU with partial pivoting", () => {
  it("solves A x = b and Aᵀ x = b (residual relative to ‖A‖₁‖x‖₁)", () => {
    fc.assert(
      fc.property(systemArbitrary, ({ m, a, b }) => {
        const lu = realLuDecomposeInPlace(a.slice(), m);
        fc.pre(lu.smallestPivot > 1e-6);
        for (const transposed of [false, true]) {
          const x = transposed ? realLuSolveTransposed(lu, b) : realLuSolve(lu, b);
          const residual = times(a, m, x, transposed).map((v, i) => v - b[i]);
          const scale = realOneNorm(a, m) * x.reduce((s, v) => s + Math.abs(v), 0) + 1;
          expectClose(
            Math.max(...residual.map(Math.abs)) / scale,
            0,
            1e-14,
            `residual (transposed: ${transposed})`,
          );
        }
      }),
    );
  });

  it("reports an exactly singular matrix through smallestPivot = 0", () => {
    const singular = Float64Array.from([1, 2, 2, 4]);
    expect(realLuDecomposeInPlace(singular, 2).smallestPivot).toBe(0);
  });

  it("estimates ‖A⁻¹‖₁ from below and, for random matrices, within a factor 20 (Hager; in 10⁵ trials the worst was 10)", () => {
    fc.assert(
      fc.property(systemArbitrary, ({ m, a }) => {
        const lu = realLuDecomposeInPlace(a.slice(), m);
        fc.pre(lu.smallestPivot > 1e-6);
        const exact = exactInverseOneNorm(a, m);
        const estimate = estimateInverseOneNorm(lu);
        expect(estimate).toBeLessThanOrEqual(exact * (1 + 1e-10));
        expect(estimate).toBeGreaterThanOrEqual(exact / 20);
      }),
    );
    // diag(1, 10⁻⁶): ‖A⁻¹‖₁ = 10⁶ exactly
    const lu = realLuDecomposeInPlace(Float64Array.from([1, 0, 0, 1e-6]), 2);
    expectClose(estimateInverseOneNorm(lu), 1e6, 1e-12, "‖diag(1, 1e-6)⁻¹‖₁");
  });

  it("rejects data of the wrong length with a RangeError", () => {
    expect(() => realLuDecomposeInPlace(new Float64Array(5), 2)).toThrow(RangeError);
  });
});
