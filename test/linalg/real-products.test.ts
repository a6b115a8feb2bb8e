import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { transposeTimes, weightedGram } from "../../src/linalg/real-products.js";

const matrix = (rows: number, cols: number) =>
  fc
    .array(
      fc.integer({ min: -1000, max: 1000 }).map((k) => k / 1000),
      { minLength: rows * cols, maxLength: rows * cols },
    )
    .map((values) => Float64Array.from(values));

/** The plain triple loop Σ_r w_r A[r, i] B[r, j] over the used rows. */
function naive(
  a: Float64Array,
  b: Float64Array,
  rows: number,
  m: number,
  p: number,
  weight: (r: number) => number,
) {
  const out = new Float64Array(m * p);
  for (let r = 0; r < rows; r++)
    for (let i = 0; i < m; i++)
      for (let j = 0; j < p; j++) out[i * p + j] += weight(r) * a[r * m + i] * b[r * p + j];
  return out;
}

const dimensions = fc.record({
  rows: fc.integer({ min: 1, max: 70 }),
  m: fc.integer({ min: 1, max: 13 }),
  p: fc.integer({ min: 1, max: 9 }),
});

describe("real products Σ_r (row r of A)ᵀ (row r of B)", () => {
  it("Aᵀ B over the chosen rows equals the triple loop (panels of 64, four output rows at a time)", () => {
    fc.assert(
      fc.property(
        dimensions.chain(({ rows, m, p }) =>
          fc.tuple(
            fc.constant({ rows, m, p }),
            matrix(rows, m),
            matrix(rows, p),
            fc.array(fc.boolean(), { minLength: rows, maxLength: rows }),
          ),
        ),
        ([{ rows, m, p }, a, b, chosen]) => {
          const used = Uint8Array.from(chosen, (c) => (c ? 1 : 0));
          const expected = naive(a, b, rows, m, p, (r) => used[r]);
          const got = transposeTimes(a, b, rows, m, p, used);
          for (let k = 0; k < expected.length; k++) expect(got[k]).toBeCloseTo(expected[k], 12);
          const all = transposeTimes(a, b, rows, m, p);
          const everyRow = naive(a, b, rows, m, p, () => 1);
          for (let k = 0; k < everyRow.length; k++) expect(all[k]).toBeCloseTo(everyRow[k], 12);
        },
      ),
      { numRuns: 60 },
    );
  });

  it("Aᵀ diag(w) A is the symmetric weighted Gram matrix", () => {
    fc.assert(
      fc.property(
        dimensions.chain(({ rows, m }) =>
          fc.tuple(fc.constant({ rows, m }), matrix(rows, m), matrix(rows, 1)),
        ),
        ([{ rows, m }, a, w]) => {
          const expected = naive(a, a, rows, m, m, (r) => w[r]);
          const got = weightedGram(a, rows, m, w);
          for (let k = 0; k < expected.length; k++) expect(got[k]).toBeCloseTo(expected[k], 12);
        },
      ),
      { numRuns: 60 },
    );
  });
});
