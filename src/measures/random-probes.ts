import { adjoint, ComplexMatrix, multiply, scale, trace } from "../linalg/complex-matrix.js";
import { mulberry32 } from "./seeded-random.js";

/**
 * Seeded random Hermitian n×n matrices with entries uniform in [−1, 1]: probes for checking a linear
 * property of a superoperator (trace or Hermiticity preservation) matrix-free at any size. A violation on
 * a set of positive measure is found by any probe with probability one; the seed makes it repeatable.
 */
export function hermitianProbes(n: number, count: number, seed: number): ComplexMatrix[] {
  const random = mulberry32(seed);
  return Array.from({ length: count }, () => {
    const x = new ComplexMatrix(n, n);
    for (let i = 0; i < n; i++) {
      x.set(i, i, 2 * random() - 1);
      for (let j = i + 1; j < n; j++) {
        const re = 2 * random() - 1;
        const im = 2 * random() - 1;
        x.set(i, j, re, im);
        x.set(j, i, re, -im);
      }
    }
    return x;
  });
}

/** Seeded random non-Hermitian n×n matrices (entries uniform in the unit square). */
export function complexProbes(n: number, count: number, seed: number): ComplexMatrix[] {
  const random = mulberry32(seed);
  return Array.from({ length: count }, () => {
    const x = new ComplexMatrix(n, n);
    for (let k = 0; k < x.data.length; k++) x.data[k] = 2 * random() - 1;
    return x;
  });
}

/**
 * Seeded random density matrices ρ = G G† / Tr[G G†] with G a random complex n×n matrix: full-rank states
 * spread over the whole state space, for checks that must hold for every state.
 */
export function densityMatrixProbes(n: number, count: number, seed: number): ComplexMatrix[] {
  return complexProbes(n, count, seed).map((g) => {
    const rho = multiply(g, adjoint(g));
    return scale(rho, 1 / trace(rho)[0]);
  });
}

/**
 * Seeded random density matrices without coherences between sectors: entries (i, j) with
 * label_i ≠ label_j vanish. With the labels the diagonal of a conserved diagonal operator (the particle
 * number N in the site basis), they are the random states that commute with it.
 */
export function sectorDiagonalProbes(
  labels: ArrayLike<number>,
  count: number,
  seed: number,
): ComplexMatrix[] {
  const n = labels.length;
  return densityMatrixProbes(n, count, seed).map((rho) => {
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) if (labels[i] !== labels[j]) rho.set(i, j, 0, 0);
    }
    return rho;
  });
}

/**
 * Seeded random pure states |ψ⟩⟨ψ| with ψ uniform on the unit sphere of ℂⁿ (normalised complex Gaussian
 * amplitudes, Box-Muller): the extreme points of the state space, where a map that is not positive shows
 * first.
 */
export function pureStateProbes(n: number, count: number, seed: number): ComplexMatrix[] {
  const random = mulberry32(seed);
  const gaussian = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  return Array.from({ length: count }, () => {
    const psi = new ComplexMatrix(n, 1);
    for (let k = 0; k < psi.data.length; k++) psi.data[k] = gaussian();
    const rho = multiply(psi, adjoint(psi));
    return scale(rho, 1 / trace(rho)[0]);
  });
}
