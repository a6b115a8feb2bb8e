import { ComplexMatrix } from "../linalg/complex-matrix.js";

/**
 * Single-site spin-½ operators in the basis of DESIGN.md: state 0 is spin up (σz = +1), state 1 is
 * spin down. These constants are shared: treat them as read-only (clone before changing one).
 */
export const PAULI_I = ComplexMatrix.identity(2);
export const PAULI_X = ComplexMatrix.from([
  [0, 1],
  [1, 0],
]);
/** σy = [[0, −i], [i, 0]] */
export const PAULI_Y = ComplexMatrix.from(
  [
    [0, 0],
    [0, 0],
  ],
  [
    [0, -1],
    [1, 0],
  ],
);
export const PAULI_Z = ComplexMatrix.diagonal([1, -1]);
/** σ⁺ = |0⟩⟨1| = (σx + iσy)/2, raises the spin (and the energy of (ε/2)σz). */
export const SIGMA_PLUS = ComplexMatrix.from([
  [0, 1],
  [0, 0],
]);
/** σ⁻ = |1⟩⟨0| = (σx − iσy)/2, lowers the spin. */
export const SIGMA_MINUS = ComplexMatrix.from([
  [0, 0],
  [1, 0],
]);
/** n = |0⟩⟨0| = (1 + σz)/2 = σ⁺σ⁻: occupied = spin up (Jordan-Wigner convention of DESIGN.md). */
export const OCCUPATION = ComplexMatrix.diagonal([1, 0]);

/**
 * Largest number of sites accepted: operators are dense 2^N × 2^N complex matrices, so N = 12 already
 * takes 256 MiB per operator.
 */
export const MAX_SITES = 12;

/** Throws unless nSites is an integer in [1, MAX_SITES]. */
export function assertSiteCount(nSites: number): void {
  if (!Number.isInteger(nSites) || nSites < 1 || nSites > MAX_SITES) {
    throw new RangeError(
      `invalid argument. Number of sites must be an integer from 1 to ${MAX_SITES}. Value: ${nSites}.`,
    );
  }
}

/** Throws unless site is an integer in [0, nSites). */
export function assertSiteIndex(site: number, nSites: number): void {
  assertSiteCount(nSites);
  if (!Number.isInteger(site) || site < 0 || site >= nSites) {
    throw new RangeError(
      `invalid argument. Site must be an integer from 0 to ${nSites - 1} (the system has ${nSites} sites). Value: ${site}.`,
    );
  }
}

/**
 * I ⊗ … ⊗ single ⊗ … ⊗ I with `single` at position `site` (site 0 leftmost, DESIGN.md), written
 * element by element without intermediate Kronecker products: element (l·2+a)·R + r, (l·2+b)·R + r
 * equals single_ab for every left index l < 2^site and right index r < R = 2^(nSites−site−1).
 */
export function siteOperator(single: ComplexMatrix, site: number, nSites: number): ComplexMatrix {
  if (single.rows !== 2 || single.cols !== 2) {
    throw new RangeError(
      `invalid argument. Single-site operator must be 2x2. Value: ${single.rows}x${single.cols}.`,
    );
  }
  assertSiteIndex(site, nSites);
  const dimension = 2 ** nSites;
  const right = 2 ** (nSites - site - 1);
  const left = 2 ** site;
  const out = new ComplexMatrix(dimension, dimension);
  const target = out.data;
  const source = single.data;
  for (let a = 0; a < 2; a++) {
    for (let b = 0; b < 2; b++) {
      const valueRe = source[2 * (2 * a + b)];
      const valueIm = source[2 * (2 * a + b) + 1];
      if (valueRe === 0 && valueIm === 0) continue;
      for (let l = 0; l < left; l++) {
        const rowStart = (2 * l + a) * right;
        const colStart = (2 * l + b) * right;
        for (let r = 0; r < right; r++) {
          const index = 2 * ((rowStart + r) * dimension + colStart + r);
          target[index] = valueRe;
          target[index + 1] = valueIm;
        }
      }
    }
  }
  return out;
}
