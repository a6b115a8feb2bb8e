import { BandedLU } from "../linalg/banded-lu.js";
import { ComplexMatrix } from "../linalg/complex-matrix.js";
import { reverseCuthillMcKee } from "../linalg/reverse-cuthill-mckee.js";
import { SandwichSuperoperator } from "../superoperators/sandwich-superoperator.js";
import { sparseLiouvillian } from "../superoperators/sparse-liouvillian.js";
import type { Superoperator } from "../superoperators/superoperator.js";
import { frobeniusOf, hermitiseAndNormalise } from "./normalised-state.js";
import { SteadyStateError, type SteadyStateResult } from "./steady-state-result.js";

/** Largest Hilbert-space dimension of the sparse method (Liouvillian dimension 4096: six spins). */
export const SPARSE_LIMIT = 64;
/** Largest band storage the method allocates (checked before allocating). */
const BAND_BYTES_LIMIT = 2 * 1024 ** 3;
/** A pivot below this fraction of the largest: the reduced system is singular (a degenerate kernel). */
const SINGULAR_PIVOT = 1e-13;

/**
 * The sparse direct method: the Liouvillian of a generator in sandwich form written out from its
 * operators' non-zeros (sparse-liouvillian.ts), one population ρ_pp fixed to 1 (its row, a linear
 * combination of the other population rows by trace preservation, and its column removed), the reduced
 * system ordered by reverse Cuthill-McKee and solved by banded LU with partial pivoting; ρ is then
 * Hermitised and normalised. The pinned population is the one whose state decays slowest (the smallest
 * |L_(pp),(pp)|), so that it is not zero in the steady state. Exact up to round-off; its cost grows
 * with the bandwidth the ordering reaches (for a chain, roughly a fixed fraction of the Liouvillian
 * dimension), so it is for moderate sizes: a band that would need more than 2 GB is refused with the
 * numbers before it is allocated. A singular reduced system (a degenerate kernel, or a pinned population
 * that vanishes) is a SteadyStateError with its pivot ratio.
 */
export function sparseSteadyState(generator: Superoperator): SteadyStateResult {
  if (!(generator instanceof SandwichSuperoperator)) {
    throw new RangeError(
      "invalid argument. Method sparse needs a generator in sandwich form. Value: another form.",
    );
  }
  const n = generator.dimension;
  if (n > SPARSE_LIMIT) {
    throw new RangeError(
      `invalid argument. The sparse method handles Hilbert-space dimension up to ${SPARSE_LIMIT}. Value: ${n}.`,
    );
  }
  const L = sparseLiouvillian(generator);
  const size = L.size;
  const entry = (row: number, col: number): number => {
    for (let k = L.rowStart[row]; k < L.rowStart[row + 1]; k++) if (L.col[k] === col) return k;
    return -1;
  };
  // the population that decays slowest
  let pinned = 0;
  let slowest = Number.POSITIVE_INFINITY;
  for (let p = 0; p < n; p++) {
    const k = entry(p + p * n, p + p * n);
    const rate = k < 0 ? 0 : Math.hypot(L.re[k], L.im[k]);
    if (rate < slowest) {
      slowest = rate;
      pinned = p + p * n;
    }
  }
  const reduced = (index: number) => (index < pinned ? index : index - 1);
  const m = size - 1;
  // the symmetric pattern of the reduced matrix, for the ordering
  const adjacency: number[][] = Array.from({ length: m }, () => []);
  let scale = 0;
  for (let row = 0; row < size; row++) {
    for (let k = L.rowStart[row]; k < L.rowStart[row + 1]; k++) {
      scale = Math.max(scale, Math.hypot(L.re[k], L.im[k]));
      const col = L.col[k];
      if (row === pinned || col === pinned || row === col) continue;
      adjacency[reduced(row)].push(reduced(col));
      adjacency[reduced(col)].push(reduced(row));
    }
  }
  const start = new Int32Array(m + 1);
  for (let v = 0; v < m; v++) start[v + 1] = start[v] + adjacency[v].length;
  const neighbours = new Int32Array(start[m]);
  adjacency.forEach((list, v) => neighbours.set(list, start[v]));
  const order = reverseCuthillMcKee(m, start, neighbours);
  const position = new Int32Array(m);
  order.forEach((node, k) => (position[node] = k));
  let lower = 0;
  let upper = 0;
  for (let row = 0; row < size; row++) {
    if (row === pinned) continue;
    for (let k = L.rowStart[row]; k < L.rowStart[row + 1]; k++) {
      const col = L.col[k];
      if (col === pinned) continue;
      const offset = position[reduced(col)] - position[reduced(row)];
      if (offset < 0) lower = Math.max(lower, -offset);
      else upper = Math.max(upper, offset);
    }
  }
  const bytes = BandedLU.bytes(m, lower, upper);
  if (bytes > BAND_BYTES_LIMIT) {
    throw new SteadyStateError(
      `the sparse method would need ${(bytes / 1024 ** 3).toFixed(1)} GB for the band (bandwidths ${lower} and ${upper} after ` +
        `reverse Cuthill-McKee on ${m} unknowns), above its limit of ${BAND_BYTES_LIMIT / 1024 ** 3} GB; use method krylov`,
    );
  }
  const band = new BandedLU(m, lower, upper);
  const rhs = new Float64Array(2 * m);
  for (let row = 0; row < size; row++) {
    if (row === pinned) continue;
    const r = position[reduced(row)];
    for (let k = L.rowStart[row]; k < L.rowStart[row + 1]; k++) {
      const col = L.col[k];
      // the pinned unknown ρ_pp = 1 moves to the right-hand side
      if (col === pinned) {
        rhs[2 * r] -= L.re[k];
        rhs[2 * r + 1] -= L.im[k];
      } else band.add(r, position[reduced(col)], L.re[k], L.im[k]);
    }
  }
  band.factorise();
  if (!(band.smallestPivot > SINGULAR_PIVOT * band.largestPivot)) {
    throw new SteadyStateError(
      `the sparse method's reduced system is singular (smallest pivot ${band.smallestPivot.toExponential(2)} of ` +
        `${band.largestPivot.toExponential(2)}): the steady state may not be unique; method dense decides the kernel`,
    );
  }
  band.solveInPlace(rhs);
  const rho = new ComplexMatrix(n, n);
  for (let index = 0; index < size; index++) {
    // vec index i + j·n holds ρ_ij
    const [i, j] = [index % n, Math.floor(index / n)];
    if (index === pinned) rho.set(i, j, 1, 0);
    else {
      const r = position[reduced(index)];
      rho.set(i, j, rhs[2 * r], rhs[2 * r + 1]);
    }
  }
  hermitiseAndNormalise(rho);
  const image = generator.applyInto(rho, new ComplexMatrix(n, n));
  const residual = frobeniusOf(image) / (scale * frobeniusOf(rho));
  return { rho, dimension: 1, warnings: [], method: "sparse", residual };
}
