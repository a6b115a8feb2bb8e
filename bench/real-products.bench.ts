import type Benchmark from "benchmark";
import { transposeTimes, weightedGram } from "../src/linalg/real-products.js";
import { mulberry32 } from "../src/measures/seeded-random.js";

/** A seeded m×m matrix with entries in [−1, 1]. */
function randomSquare(m: number, seed: number): Float64Array {
  const random = mulberry32(seed);
  return Float64Array.from({ length: m * m }, () => 2 * random() - 1);
}

/** The plain loop the panel kernels replace: each of the m rows of A streams the whole m×m output. */
function plainTransposeTimes(a: Float64Array, b: Float64Array, m: number): Float64Array {
  const out = new Float64Array(m * m);
  for (let r = 0; r < m; r++) {
    for (let i = 0; i < m; i++) {
      const weight = a[r * m + i];
      for (let j = 0; j < m; j++) out[i * m + j] += weight * b[r * m + j];
    }
  }
  return out;
}

/**
 * Aᵀ B and Aᵀ diag(w) A at m = 924 (the largest block of the twelve-spin chain in the perturbative engine,
 * magnetisation sector of six up spins) against the plain row-by-row loop.
 */
export function addRealProductBenchmarks(suite: Benchmark.Suite): void {
  const m = 924;
  const a = randomSquare(m, 1);
  const b = randomSquare(m, 2);
  const w = Float64Array.from({ length: m }, (_, k) => (k % 2 === 0 ? 1 : 0));
  suite.add("real-products AᵀB m=924 (plain loop)", () => plainTransposeTimes(a, b, m));
  suite.add("real-products AᵀB m=924 (panels)", () => transposeTimes(a, b, m, m, m));
  suite.add("real-products Aᵀdiag(w)A m=924, half the rows", () => weightedGram(a, m, m, w));
}
