import { assertSquare, type ComplexMatrix } from "../linalg/complex-matrix.js";

/**
 * ⟨X⟩ = Re Tr(X ρ), the expectation value of an observable X in the state ρ. For Hermitian X and ρ the
 * trace is real; the imaginary part (rounding, or a non-Hermitian X) is dropped.
 */
export function expectation(observable: ComplexMatrix, rho: ComplexMatrix): number {
  assertSquare(rho, "Density matrix");
  if (observable.rows !== rho.rows || observable.cols !== rho.cols) {
    throw new RangeError(
      `invalid argument. Observable and density matrix must have equal shapes. Value: ${observable.rows}x${observable.cols} and ${rho.rows}x${rho.cols}.`,
    );
  }
  const n = rho.rows;
  const x = observable.data;
  const r = rho.data;
  let sum = 0;
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < n; k++) {
      const xi = 2 * (i * n + k);
      const rk = 2 * (k * n + i);
      sum += x[xi] * r[rk] - x[xi + 1] * r[rk + 1];
    }
  }
  return sum;
}

/**
 * Per-site expectation values read off the diagonal of ρ in the site basis (DESIGN.md: state 0 of a site is
 * spin up, site 0 is the leftmost Kronecker factor, so site k is bit N−1−k of the basis index):
 * - `spin`: ⟨σz_k⟩ = Σ_i ρ_ii s_k(i), with s_k(i) = +1 if site k is up in |i⟩ and −1 if it is down;
 * - `fermion`: ⟨n_k⟩ = Σ_{i: site k up} ρ_ii. Jordan-Wigner maps occupied to spin up and the string
 *   ∏_{j<k} σz_j cancels in n_k = c_k† c_k = (1 + σz_k)/2.
 */
export function siteExpectations(rho: ComplexMatrix, nSites: number, kind: "spin" | "fermion"): number[] {
  if (!Number.isInteger(nSites) || nSites < 1) {
    throw new RangeError(`invalid argument. Number of sites must be a positive integer. Value: ${nSites}.`);
  }
  if (kind !== "spin" && kind !== "fermion") {
    throw new TypeError(`invalid argument. Site kind must be "spin" or "fermion". Value: ${String(kind)}.`);
  }
  const dimension = 2 ** nSites;
  if (rho.rows !== dimension || rho.cols !== dimension) {
    throw new RangeError(
      `invalid argument. Density matrix of ${nSites} sites must be ${dimension}x${dimension}. Value: ${rho.rows}x${rho.cols}.`,
    );
  }
  const values = new Array<number>(nSites).fill(0);
  for (let i = 0; i < dimension; i++) {
    const population = rho.data[2 * (i * dimension + i)];
    for (let site = 0; site < nSites; site++) {
      const up = ((i >> (nSites - 1 - site)) & 1) === 0;
      if (kind === "fermion") {
        if (up) values[site] += population;
      } else {
        values[site] += up ? population : -population;
      }
    }
  }
  return values;
}
