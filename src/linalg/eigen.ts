import { ComplexMatrix } from "./complex-matrix.js";
import { householderEigen } from "./householder-eigen.js";

/** Eigenvalues in ascending order and orthonormal eigenvectors in the matching columns. */
export interface HermitianEigenDecomposition {
  values: Float64Array;
  vectors: ComplexMatrix;
}

/** Relative size of the anti-Hermitian part of an input that is still accepted (and symmetrised away). */
const HERMITICITY_TOLERANCE = 1e-9;
/** A full sweep changes nothing once every off-diagonal element is below this fraction of the norm. */
const NEGLIGIBLE = 1e-17;
const MAX_SWEEPS = 60;
/**
 * Above this dimension the Householder-QL method (householder-eigen.ts) replaces Jacobi: at n = 64 it is
 * about 10× faster (bench/linalg.bench.ts), and Jacobi's extra accuracy matters for the small matrices.
 */
const JACOBI_LIMIT = 24;

/**
 * Eigen-decomposition A = V diag(λ) V† of a Hermitian matrix by the cyclic complex Jacobi method:
 * each step annihilates one off-diagonal pair (p, q) with the unitary
 *   J = [[c, s·e^{iφ}], [−s·e^{−iφ}, c]] (rows/columns p, q),  a_pq = |a_pq| e^{iφ},
 *   t = tan θ = sgn(τ)/(|τ| + √(1 + τ²)),  τ = (a_qq − a_pp)/(2|a_pq|),  c = 1/√(1 + t²),  s = t·c,
 * so that a_pp ← a_pp − t|a_pq| and a_qq ← a_qq + t|a_pq| (Golub & Van Loan §8.5; Numerical Recipes §11.1).
 * Jacobi is accurate to a few ulps of ‖A‖ and converges quadratically (a handful of sweeps for n ≤ 64).
 * The input must be square and Hermitian up to a relative 1e-9 (a RangeError otherwise); a tiny
 * anti-Hermitian part is dropped by working on ½(A + A†).
 */
export function hermitianEigen(a: ComplexMatrix): HermitianEigenDecomposition {
  const n = a.rows;
  if (n > JACOBI_LIMIT) return largeHermitianEigen(a);
  const { work, rotations } = scratchFor(a);
  const exponent = loadHermitianWorkingCopy(a, work);
  rotations.fill(0);
  for (let i = 0; i < n; i++) rotations[2 * (i * n + i)] = 1;
  jacobiDiagonalise(work, n, rotations);
  const order = ascendingDiagonalOrder(work, n);
  const values = new Float64Array(n);
  const vectors = new ComplexMatrix(n, n);
  const out = vectors.data;
  for (let k = 0; k < n; k++) {
    const from = order[k];
    values[k] = timesPowerOfTwo(work[2 * (from * n + from)], exponent);
    for (let i = 0; i < n; i++) {
      out[2 * (i * n + k)] = rotations[2 * (i * n + from)];
      out[2 * (i * n + k) + 1] = rotations[2 * (i * n + from) + 1];
    }
  }
  return { values, vectors };
}

/** Eigenvalues of a Hermitian matrix in ascending order (same method, without accumulating vectors). */
export function hermitianEigenvalues(a: ComplexMatrix): Float64Array {
  const n = a.rows;
  if (n > JACOBI_LIMIT) return largeHermitianEigen(a).values;
  const { work } = scratchFor(a);
  const exponent = loadHermitianWorkingCopy(a, work);
  jacobiDiagonalise(work, n, null);
  const values = new Float64Array(n);
  for (let i = 0; i < n; i++) values[i] = timesPowerOfTwo(work[2 * (i * n + i)], exponent);
  return values.sort();
}

/** The Householder-QL path: the same validation and power-of-two scaling as Jacobi's, no scratch kept. */
function largeHermitianEigen(a: ComplexMatrix): HermitianEigenDecomposition {
  if (a.rows !== a.cols) {
    throw new RangeError(`invalid argument. Hermitian matrix must be square. Value: ${a.rows}x${a.cols}.`);
  }
  const work = new ComplexMatrix(a.rows, a.cols);
  const exponent = loadHermitianWorkingCopy(a, work.data);
  const { values, vectors } = householderEigen(work);
  for (let k = 0; k < values.length; k++) values[k] = timesPowerOfTwo(values[k], exponent);
  return { values, vectors };
}

/**
 * Scratch for the working copy and the accumulated rotations, one pair per dimension (allocating typed
 * arrays costs more than the arithmetic at n = 4). Nothing in here escapes a call.
 */
const scratchByDimension = new Map<number, { work: Float64Array; rotations: Float64Array }>();

function scratchFor(a: ComplexMatrix): { work: Float64Array; rotations: Float64Array } {
  if (a.rows !== a.cols) {
    throw new RangeError(`invalid argument. Hermitian matrix must be square. Value: ${a.rows}x${a.cols}.`);
  }
  let scratch = scratchByDimension.get(a.rows);
  if (scratch === undefined) {
    scratch = { work: new Float64Array(a.data.length), rotations: new Float64Array(a.data.length) };
    scratchByDimension.set(a.rows, scratch);
  }
  return scratch;
}

/**
 * Validates A and writes ½(A + A†)·2^−exponent into `work`, scaled by a power of two (exact) so that its
 * largest entry is of order one: the sums of squares in the sweeps then neither overflow nor underflow.
 * Returns the exponent.
 */
function loadHermitianWorkingCopy(a: ComplexMatrix, work: Float64Array): number {
  const n = a.rows;
  const d = a.data;
  let largest = 0;
  for (let k = 0; k < d.length; k += 2) {
    const size = Math.abs(d[k]) + Math.abs(d[k + 1]);
    if (!(size <= Number.MAX_VALUE)) {
      throw new RangeError("invalid argument. Hermitian matrix must have finite entries. Value: non-finite.");
    }
    if (size > largest) largest = size;
  }
  const exponent = largest > 0 ? Math.floor(Math.log2(largest)) : 0;
  // 2^−exponent in one factor while it is a normal number, else entry by entry in two steps.
  const factor = exponent > -1000 ? 2 ** -exponent : 0;
  const scaled = (x: number) => (factor !== 0 ? x * factor : timesPowerOfTwo(x, -exponent));
  let worstAsymmetry = 0;
  for (let i = 0; i < n; i++) {
    for (let j = i; j < n; j++) {
      const ij = 2 * (i * n + j);
      const ji = 2 * (j * n + i);
      const asymmetry = Math.abs(d[ij] - d[ji]) + Math.abs(d[ij + 1] + d[ji + 1]);
      if (asymmetry > worstAsymmetry) worstAsymmetry = asymmetry;
      const re = scaled(0.5 * d[ij] + 0.5 * d[ji]);
      const im = i === j ? 0 : scaled(0.5 * d[ij + 1] - 0.5 * d[ji + 1]);
      work[ij] = re;
      work[ij + 1] = im;
      work[ji] = re;
      work[ji + 1] = -im;
    }
  }
  if (worstAsymmetry > HERMITICITY_TOLERANCE * largest) {
    throw new RangeError(
      `invalid argument. Matrix must be Hermitian. Value: max |a_ij − conj(a_ji)| = ${worstAsymmetry.toExponential(3)} (largest entry ${largest.toExponential(3)}).`,
    );
  }
  return exponent;
}

/** x·2^e, in two steps so that neither factor overflows (exact unless the result is subnormal). */
function timesPowerOfTwo(x: number, e: number): number {
  const half = Math.trunc(e / 2);
  return x * 2 ** half * 2 ** (e - half);
}

/**
 * Cyclic Jacobi sweeps on the interleaved Hermitian n×n matrix `w` (both triangles kept) until it is
 * diagonal; the rotations are accumulated into the columns of `v` when given.
 */
function jacobiDiagonalise(w: Float64Array, n: number, v: Float64Array | null): void {
  let normSquared = 0;
  for (let k = 0; k < w.length; k++) normSquared += w[k] * w[k];
  const negligibleSquared = NEGLIGIBLE * NEGLIGIBLE * normSquared;
  for (let sweep = 0; sweep < MAX_SWEEPS; sweep++) {
    let offSquared = 0;
    for (let p = 0; p < n; p++) {
      for (let q = p + 1; q < n; q++) {
        const k = 2 * (p * n + q);
        offSquared += w[k] * w[k] + w[k + 1] * w[k + 1];
      }
    }
    if (offSquared <= negligibleSquared) return;
    for (let p = 0; p < n - 1; p++) {
      for (let q = p + 1; q < n; q++) rotate(w, n, v, p, q);
    }
  }
}

/** The smallest positive normal double, 2^−1022. */
const SMALLEST_NORMAL = 2.2250738585072014e-308;

/** One Jacobi rotation J in the (p, q) plane: w ← J† w J, v ← v J. */
function rotate(w: Float64Array, n: number, v: Float64Array | null, p: number, q: number): void {
  const pq = 2 * (p * n + q);
  const apqRe = w[pq];
  const apqIm = w[pq + 1];
  const b = Math.hypot(apqRe, apqIm);
  if (b === 0) return;
  const app = w[2 * (p * n + p)];
  const aqq = w[2 * (q * n + q)];
  // Drop a_pq once it is far below the rounding of both diagonal entries (Numerical Recipes' rule), or
  // when it is subnormal: its phase a_pq/|a_pq| would then not have unit length and J would not be unitary.
  if (
    b < SMALLEST_NORMAL ||
    (Math.abs(app) + 100 * b === Math.abs(app) && Math.abs(aqq) + 100 * b === Math.abs(aqq))
  ) {
    w[pq] = 0;
    w[pq + 1] = 0;
    w[2 * (q * n + p)] = 0;
    w[2 * (q * n + p) + 1] = 0;
    return;
  }
  const tau = (aqq - app) / (2 * b);
  const t = (tau >= 0 ? 1 : -1) / (Math.abs(tau) + Math.sqrt(1 + tau * tau));
  const c = 1 / Math.sqrt(1 + t * t);
  const s = t * c;
  // e^{iφ} = a_pq/|a_pq|; J_pq = s e^{iφ}, J_qp = −s e^{−iφ}.
  const er = apqRe / b;
  const ei = apqIm / b;
  const seRe = s * er;
  const seIm = s * ei;
  // Columns: w[k,p] ← c w[k,p] − s e^{−iφ} w[k,q];  w[k,q] ← s e^{iφ} w[k,p] + c w[k,q].
  for (let k = 0; k < n; k++) {
    const kp = 2 * (k * n + p);
    const kq = 2 * (k * n + q);
    const xr = w[kp];
    const xi = w[kp + 1];
    const yr = w[kq];
    const yi = w[kq + 1];
    w[kp] = c * xr - (seRe * yr + seIm * yi);
    w[kp + 1] = c * xi - (seRe * yi - seIm * yr);
    w[kq] = seRe * xr - seIm * xi + c * yr;
    w[kq + 1] = seRe * xi + seIm * xr + c * yi;
  }
  // Rows: w[p,k] ← c w[p,k] − s e^{iφ} w[q,k];  w[q,k] ← s e^{−iφ} w[p,k] + c w[q,k].
  const rowP = 2 * p * n;
  const rowQ = 2 * q * n;
  for (let k = 0; k < 2 * n; k += 2) {
    const xr = w[rowP + k];
    const xi = w[rowP + k + 1];
    const yr = w[rowQ + k];
    const yi = w[rowQ + k + 1];
    w[rowP + k] = c * xr - (seRe * yr - seIm * yi);
    w[rowP + k + 1] = c * xi - (seRe * yi + seIm * yr);
    w[rowQ + k] = seRe * xr + seIm * xi + c * yr;
    w[rowQ + k + 1] = seRe * xi - seIm * xr + c * yi;
  }
  w[2 * (p * n + p)] = app - t * b;
  w[2 * (p * n + p) + 1] = 0;
  w[2 * (q * n + q)] = aqq + t * b;
  w[2 * (q * n + q) + 1] = 0;
  w[pq] = 0;
  w[pq + 1] = 0;
  w[2 * (q * n + p)] = 0;
  w[2 * (q * n + p) + 1] = 0;
  if (v === null) return;
  for (let k = 0; k < n; k++) {
    const kp = 2 * (k * n + p);
    const kq = 2 * (k * n + q);
    const xr = v[kp];
    const xi = v[kp + 1];
    const yr = v[kq];
    const yi = v[kq + 1];
    v[kp] = c * xr - (seRe * yr + seIm * yi);
    v[kp + 1] = c * xi - (seRe * yi - seIm * yr);
    v[kq] = seRe * xr - seIm * xi + c * yr;
    v[kq + 1] = seRe * xi + seIm * xr + c * yi;
  }
}

/** Indices of the diagonal of the interleaved n×n `w` in ascending order of value (insertion sort). */
function ascendingDiagonalOrder(w: Float64Array, n: number): number[] {
  const order: number[] = [];
  for (let k = 0; k < n; k++) {
    const value = w[2 * (k * n + k)];
    let position = order.length;
    while (position > 0 && w[2 * (order[position - 1] * (n + 1))] > value) position--;
    order.splice(position, 0, k);
  }
  return order;
}
