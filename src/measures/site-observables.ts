import { assertSquare, type ComplexMatrix } from "../linalg/complex-matrix.js";
import type { SiteSpace } from "../operators/site-space.js";

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
 * Per-site expectation values of diagonal local observables, read off the diagonal of ρ in the site basis
 * (DESIGN.md: site 0 is the leftmost Kronecker factor; state 0 of a spin is up, of a fermionic mode
 * occupied; state k of a bosonic mode is the Fock state |k⟩): for each site ⟨σz⟩ (spins) or ⟨n⟩
 * (fermionic modes, where the Jordan-Wigner string cancels in c†c, and bosons, a†a), null for the
 * other kind. O(n·N).
 */
export function siteExpectations(
  rho: ComplexMatrix,
  space: SiteSpace,
): { sz: (number | null)[]; occupation: (number | null)[] } {
  const n = space.dimension;
  if (rho.rows !== n || rho.cols !== n) {
    throw new RangeError(
      `invalid argument. Density matrix of ${space.size} sites must be ${n}x${n}. Value: ${rho.rows}x${rho.cols}.`,
    );
  }
  const sz: (number | null)[] = space.sites.map((site) => (site.kind === "spin" ? 0 : null));
  const occupation: (number | null)[] = space.sites.map((site) => (site.kind === "spin" ? null : 0));
  for (let i = 0; i < n; i++) {
    const population = rho.data[2 * (i * n + i)];
    for (let s = 0; s < space.size; s++) {
      const k = space.localIndex(i, s);
      const kind = space.sites[s].kind;
      if (kind === "spin") sz[s]! += k === 0 ? population : -population;
      else if (kind === "fermion") occupation[s]! += k === 0 ? population : 0;
      else occupation[s]! += k * population;
    }
  }
  return { sz, occupation };
}
