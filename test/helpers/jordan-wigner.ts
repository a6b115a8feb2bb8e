import { adjoint, ComplexMatrix, kronAll } from "../../src/linalg/complex-matrix.js";
import {
  assertSiteCount,
  assertSiteIndex,
  OCCUPATION,
  PAULI_I,
  PAULI_Z,
  SIGMA_MINUS,
  siteOperator,
} from "../../src/physics/spin-operators.js";

/**
 * The per-site factors of the Jordan-Wigner annihilation operator c_k = (∏_{j<k} σz_j) σ⁻_k
 * (DESIGN.md: occupied = spin up, sites in order): σz on sites j < k, σ⁻ on k, identity after.
 */
export function annihilationFactors(site: number, nSites: number): ComplexMatrix[] {
  assertSiteIndex(site, nSites);
  const factors: ComplexMatrix[] = [];
  for (let j = 0; j < nSites; j++) factors.push(j < site ? PAULI_Z : j === site ? SIGMA_MINUS : PAULI_I);
  return factors;
}

/** c_k = (∏_{j<k} σz_j) σ⁻_k; satisfies {c_j, c_k†} = δ_jk and {c_j, c_k} = 0. */
export function annihilationOperator(site: number, nSites: number): ComplexMatrix {
  return kronAll(annihilationFactors(site, nSites));
}

/** c_k† = (∏_{j<k} σz_j) σ⁺_k. */
export function creationOperator(site: number, nSites: number): ComplexMatrix {
  return adjoint(annihilationOperator(site, nSites));
}

/** n_k = c_k† c_k = (1 + σz_k)/2 (the string cancels). */
export function numberOperator(site: number, nSites: number): ComplexMatrix {
  return siteOperator(OCCUPATION, site, nSites);
}

/**
 * N = Σ_k n_k, diagonal in the site basis: basis state |s_0 … s_{N−1}⟩ (site 0 the most significant
 * bit) holds as many particles as it has bits s_k = 0 (spin up).
 */
export function totalNumberOperator(nSites: number): ComplexMatrix {
  assertSiteCount(nSites);
  const dimension = 2 ** nSites;
  const counts = new Float64Array(dimension);
  for (let state = 0; state < dimension; state++) {
    let occupied = 0;
    for (let k = 0; k < nSites; k++) if (((state >> k) & 1) === 0) occupied++;
    counts[state] = occupied;
  }
  return ComplexMatrix.diagonal(counts);
}
