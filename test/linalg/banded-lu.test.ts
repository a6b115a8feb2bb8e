import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BandedLU } from "../../src/linalg/banded-lu.js";
import { reverseCuthillMcKee } from "../../src/linalg/reverse-cuthill-mckee.js";

const entry = fc.integer({ min: -1000, max: 1000 }).map((k) => k / 1000);

/** A random complex banded matrix (row-major dense, interleaved) with bandwidths lower, upper. */
const bandedSystem = fc
  .record({
    m: fc.integer({ min: 1, max: 30 }),
    lower: fc.integer({ min: 0, max: 4 }),
    upper: fc.integer({ min: 0, max: 4 }),
  })
  .chain(({ m, lower, upper }) =>
    fc.tuple(
      fc.constant({ m, lower, upper }),
      fc.array(entry, { minLength: 2 * m * m, maxLength: 2 * m * m }),
      fc.array(entry, { minLength: 2 * m, maxLength: 2 * m }),
    ),
  );

describe("banded LU with partial pivoting (LAPACK zgbtrf)", () => {
  it("solves A x = b: A x reproduces b for random banded systems (pivoting included)", () => {
    fc.assert(
      fc.property(bandedSystem, ([{ m, lower, upper }, values, rhs]) => {
        const band = new BandedLU(m, lower, upper);
        const dense = new Float64Array(2 * m * m);
        for (let i = 0; i < m; i++) {
          for (let j = Math.max(0, i - lower); j <= Math.min(m - 1, i + upper); j++) {
            // a dominant-free random band, with the diagonal kept away from zero
            const [re, im] = [values[2 * (i * m + j)] + (i === j ? 3 : 0), values[2 * (i * m + j) + 1]];
            band.add(i, j, re, im);
            dense[2 * (i * m + j)] = re;
            dense[2 * (i * m + j) + 1] = im;
          }
        }
        band.factorise();
        const x = band.solveInPlace(Float64Array.from(rhs));
        for (let i = 0; i < m; i++) {
          let re = 0;
          let im = 0;
          for (let j = 0; j < m; j++) {
            const [ar, ai] = [dense[2 * (i * m + j)], dense[2 * (i * m + j) + 1]];
            re += ar * x[2 * j] - ai * x[2 * j + 1];
            im += ar * x[2 * j + 1] + ai * x[2 * j];
          }
          expect(re).toBeCloseTo(rhs[2 * i], 9);
          expect(im).toBeCloseTo(rhs[2 * i + 1], 9);
        }
      }),
      { numRuns: 80 },
    );
  });
});

describe("reverse Cuthill-McKee", () => {
  it("returns a permutation that brings a shuffled path graph back to bandwidth 1", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 60 }), fc.integer({ min: 1, max: 1000 }), (size, seed) => {
        // a path 0 - 1 - … - size−1 with its nodes relabelled by a seeded shuffle
        const label = Array.from({ length: size }, (_, k) => k);
        let state = seed;
        for (let k = size - 1; k > 0; k--) {
          state = (state * 1103515245 + 12345) % 2147483648;
          const j = state % (k + 1);
          [label[k], label[j]] = [label[j], label[k]];
        }
        const adjacency: number[][] = Array.from({ length: size }, () => []);
        for (let k = 0; k + 1 < size; k++) {
          adjacency[label[k]].push(label[k + 1]);
          adjacency[label[k + 1]].push(label[k]);
        }
        const start = new Int32Array(size + 1);
        for (let v = 0; v < size; v++) start[v + 1] = start[v] + adjacency[v].length;
        const order = reverseCuthillMcKee(size, start, Int32Array.from(adjacency.flat()));
        expect([...order].sort((a, b) => a - b)).toEqual(label.slice().sort((a, b) => a - b));
        const position = new Int32Array(size);
        order.forEach((node, k) => (position[node] = k));
        for (let k = 0; k + 1 < size; k++)
          expect(Math.abs(position[label[k]] - position[label[k + 1]])).toBe(1);
      }),
      { numRuns: 40 },
    );
  });
});
