import { ComplexMatrix } from "../linalg/complex-matrix.js";
import { type HermitianEigenDecomposition, hermitianEigen, hermitianEigenvalues } from "../linalg/eigen.js";
import { NEGATIVE_EIGENVALUE_TOLERANCE } from "./von-neumann-entropy.js";

/** Sign pattern of σy⊗σy, whose only non-zero elements are (σy⊗σy)_{i,3−i} = FLIP_SIGN[i]. */
const FLIP_SIGN = [-1, 1, 1, -1];

/** Scratch space reused by every call (runs at each point of a sweep): K and K K†. */
const K_SCRATCH = new Float64Array(32);
const GRAM_SCRATCH = new ComplexMatrix(4, 4);

/**
 * Wootters concurrence of a two-qubit state (W. K. Wootters, PRL 80, 2245 (1998)):
 *   C = max(0, λ1 − λ2 − λ3 − λ4),
 * λ_i (descending) the square roots of the eigenvalues of ρρ̃, with the spin-flipped state
 * ρ̃ = (σy⊗σy) ρ* (σy⊗σy). For X states it equals paper 001_a04d396bbf339a9e.txt eq. (1).
 *
 * ρρ̃ is not Hermitian, so the λ_i² are taken as the eigenvalues of the Hermitian √ρ ρ̃ √ρ, evaluated in the
 * eigenbasis ρ = V diag(p) V†: with U = V† (σy⊗σy) V* (complex symmetric) and K = diag(√p) U diag(√p),
 * √ρ ρ̃ √ρ = V K K† V†, so the λ_i are the singular values of K. Eigenvalues of ρ in
 * [−NEGATIVE_EIGENVALUE_TOLERANCE, 0) are set to 0; more negative ones throw a RangeError.
 * Accuracy: λ_i ≈ √(λ_i² ± ε) carries an absolute error of order √ε ≈ 1e-8 for λ_i near 0.
 */
export function concurrence(rho: ComplexMatrix): number {
  return concurrenceFromEigensystem(hermitianEigen(rho));
}

/** The same measure from a precomputed eigendecomposition of ρ (reused by steadyStateObservables). */
export function concurrenceFromEigensystem(eigenOfRho: HermitianEigenDecomposition): number {
  const { values, vectors } = eigenOfRho;
  if (values.length !== 4 || vectors.rows !== 4 || vectors.cols !== 4) {
    throw new RangeError(
      `invalid argument. Concurrence needs a two-qubit (4x4) state. Value: ${vectors.rows}x${vectors.cols}.`,
    );
  }
  const rootP = [0, 0, 0, 0];
  for (let k = 0; k < 4; k++) {
    const p = values[k];
    if (!(p >= -NEGATIVE_EIGENVALUE_TOLERANCE)) {
      throw new RangeError(`invalid argument. not a density matrix: eigenvalue ${p}.`);
    }
    rootP[k] = Math.sqrt(Math.max(0, p));
  }
  const v = vectors.data;
  // K_ab = √p_a √p_b Σ_i conj(V_ia) FLIP_SIGN[i] conj(V_{3−i,b})
  const k = K_SCRATCH;
  for (let a = 0; a < 4; a++) {
    for (let b = 0; b < 4; b++) {
      let re = 0;
      let im = 0;
      for (let i = 0; i < 4; i++) {
        const xr = v[2 * (i * 4 + a)];
        const xi = -v[2 * (i * 4 + a) + 1];
        const yr = FLIP_SIGN[i] * v[2 * ((3 - i) * 4 + b)];
        const yi = -FLIP_SIGN[i] * v[2 * ((3 - i) * 4 + b) + 1];
        re += xr * yr - xi * yi;
        im += xr * yi + xi * yr;
      }
      const weight = rootP[a] * rootP[b];
      k[2 * (a * 4 + b)] = weight * re;
      k[2 * (a * 4 + b) + 1] = weight * im;
    }
  }
  // K K†
  const g = GRAM_SCRATCH.data;
  for (let a = 0; a < 4; a++) {
    for (let b = 0; b < 4; b++) {
      let re = 0;
      let im = 0;
      for (let c = 0; c < 4; c++) {
        const xr = k[2 * (a * 4 + c)];
        const xi = k[2 * (a * 4 + c) + 1];
        const yr = k[2 * (b * 4 + c)];
        const yi = -k[2 * (b * 4 + c) + 1];
        re += xr * yr - xi * yi;
        im += xr * yi + xi * yr;
      }
      g[2 * (a * 4 + b)] = re;
      g[2 * (a * 4 + b) + 1] = im;
    }
  }
  const squared = hermitianEigenvalues(GRAM_SCRATCH);
  const lambda = (index: number) => Math.sqrt(Math.max(0, squared[index]));
  return Math.max(0, lambda(3) - lambda(2) - lambda(1) - lambda(0));
}
