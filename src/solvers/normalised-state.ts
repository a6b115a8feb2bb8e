import type { ComplexMatrix } from "../linalg/complex-matrix.js";

/** ρ ← (ρ + ρ†)/2, then trace 1: the state a linear solve for the kernel of L stands for. */
export function hermitiseAndNormalise(rho: ComplexMatrix): ComplexMatrix {
  const n = rho.rows;
  const d = rho.data;
  let trace = 0;
  for (let i = 0; i < n; i++) {
    d[2 * (i * n + i) + 1] = 0;
    trace += d[2 * (i * n + i)];
    for (let j = i + 1; j < n; j++) {
      const ij = 2 * (i * n + j);
      const ji = 2 * (j * n + i);
      const re = (d[ij] + d[ji]) / 2;
      const im = (d[ij + 1] - d[ji + 1]) / 2;
      d[ij] = re;
      d[ij + 1] = im;
      d[ji] = re;
      d[ji + 1] = -im;
    }
  }
  for (let k = 0; k < d.length; k++) d[k] /= trace;
  return rho;
}

/** The Frobenius norm ‖X‖_F. */
export function frobeniusOf(x: ComplexMatrix): number {
  let sum = 0;
  for (const value of x.data) sum += value * value;
  return Math.sqrt(sum);
}
