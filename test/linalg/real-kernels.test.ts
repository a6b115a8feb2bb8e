import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { kernelsByCompletePivoting, kernelsBySvd } from "../../src/linalg/real-kernels.js";
import { expectClose } from "../helpers/expect-close.js";

/** A random m×m matrix of rank r: the product of uniform random m×r and r×m factors. */
const lowRankArbitrary = fc
  .integer({ min: 2, max: 10 })
  .chain((m) =>
    fc.record({ m: fc.constant(m), rank: fc.integer({ min: 0, max: m - 1 }), seed: fc.integer() }),
  )
  .map(({ m, rank, seed }) => {
    let state = seed >>> 0;
    const random = () => {
      state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
      return state / 2 ** 32 - 0.5;
    };
    const a = Array.from({ length: m * rank }, random);
    const b = Array.from({ length: rank * m }, random);
    const matrix = new Float64Array(m * m);
    for (let i = 0; i < m; i++) {
      for (let j = 0; j < m; j++) {
        for (let k = 0; k < rank; k++) matrix[i * m + j] += a[i * rank + k] * b[k * m + j];
      }
    }
    return { m, rank, matrix };
  });

function largestResidual(matrix: Float64Array, m: number, vector: Float64Array, transposed: boolean): number {
  let worst = 0;
  for (let i = 0; i < m; i++) {
    let sum = 0;
    for (let j = 0; j < m; j++) sum += (transposed ? matrix[j * m + i] : matrix[i * m + j]) * vector[j];
    worst = Math.max(worst, Math.abs(sum));
  }
  const size = Math.max(...vector.map(Math.abs));
  return worst / size;
}

describe("real kernels", () => {
  it("find m − r independent right and left null vectors of a rank-r matrix, by pivoted LU and by SVD", () => {
    fc.assert(
      fc.property(lowRankArbitrary, ({ m, rank, matrix }) => {
        const svd = kernelsBySvd(matrix, m, 1e-10);
        const lu = kernelsByCompletePivoting(matrix, m, 1e-10);
        for (const [method, kernels] of [
          ["svd", svd],
          ["lu", lu],
        ] as const) {
          if (kernels === null) continue; // the LU declines ambiguous gaps
          expect(kernels.right).toHaveLength(m - rank);
          expect(kernels.left).toHaveLength(m - rank);
          for (const x of kernels.right)
            expectClose(largestResidual(matrix, m, x, false), 0, 1e-12, `M x (${method})`);
          for (const y of kernels.left)
            expectClose(largestResidual(matrix, m, y, true), 0, 1e-12, `yᵀ M (${method})`);
        }
      }),
    );
  });

  it("decline (LU) or resolve (SVD) a singular value right at the threshold", () => {
    // diag(1, 1e-10·(1 + 1e-3)): is the second direction a kernel? Too close to call for the LU.
    const matrix = Float64Array.from([1, 0, 0, 1.001e-10]);
    expect(kernelsByCompletePivoting(matrix, 2, 1e-10)).toBeNull();
    expect(kernelsBySvd(matrix, 2, 1e-10).right).toHaveLength(0);
    expect(kernelsBySvd(matrix, 2, 2e-10).right).toHaveLength(1);
  });
});
