import { createRequire } from "node:module";

/**
 * ml-matrix, loaded on the first SVD: most steady states never need one, and loading it costs ~50 ms
 * in every process and worker thread (a sweep starts one per core). `require` keeps the call synchronous.
 */
let mlMatrix: typeof import("ml-matrix") | undefined;
function loadMlMatrix(): typeof import("ml-matrix") {
  mlMatrix ??= createRequire(import.meta.url)("ml-matrix") as typeof import("ml-matrix");
  return mlMatrix;
}

/**
 * Right and left kernels (null spaces) of a real square matrix M stored row-major, with a rank decision
 * against an absolute threshold: x with M x = 0 (right) and y with yᵀ M = 0 (left), as lists of vectors.
 * The condition estimate is the ratio of the largest to the smallest non-zero pivot or singular value.
 */
export interface RealKernels {
  right: Float64Array[];
  left: Float64Array[];
  conditionEstimate: number | undefined;
}

/** How far the rank decision of the pivoted LU must be from the threshold on both sides to be trusted. */
const RANK_GAP = 100;

/**
 * Gaussian elimination with complete pivoting P M Q = L U (Golub & Van Loan §3.4.8), stopped when the
 * largest remaining element is ≤ threshold, so that the rank is the number of pivots. The decision is
 * trusted only with a clear gap (remaining elements ≤ threshold/100 and last pivot ≥ 100·threshold);
 * otherwise null, and the SVD should decide. Right kernel: U₁₁z = −U₁₂e_t for each free column t,
 * x = Qz. Left kernel: Lᵀz = e_t for each zero row t of U, y = Pᵀz. `scratch` (m×m) is overwritten.
 */
export function kernelsByCompletePivoting(
  matrix: Float64Array,
  m: number,
  threshold: number,
  scratch: Float64Array = new Float64Array(m * m),
): RealKernels | null {
  const w = scratch;
  w.set(matrix);
  const rowOf = new Int32Array(m);
  const columnOf = new Int32Array(m);
  for (let k = 0; k < m; k++) {
    rowOf[k] = k;
    columnOf[k] = k;
  }
  let rank = 0;
  let firstPivot = 0;
  let lastPivot = 0;
  let remaining = 0;
  for (let k = 0; k < m; k++) {
    let bestRow = k;
    let bestColumn = k;
    let best = -1;
    for (let i = k; i < m; i++) {
      for (let j = k; j < m; j++) {
        const size = Math.abs(w[i * m + j]);
        if (size > best) {
          best = size;
          bestRow = i;
          bestColumn = j;
        }
      }
    }
    if (best <= threshold) {
      remaining = best;
      break;
    }
    swapRows(w, m, k, bestRow, rowOf);
    swapColumns(w, m, k, bestColumn, columnOf);
    const pivot = w[k * m + k];
    if (k === 0) firstPivot = best;
    lastPivot = best;
    rank++;
    for (let i = k + 1; i < m; i++) {
      const factor = w[i * m + k] / pivot;
      w[i * m + k] = factor;
      if (factor === 0) continue;
      for (let j = k + 1; j < m; j++) w[i * m + j] -= factor * w[k * m + j];
    }
  }
  if (rank === m || remaining > threshold / RANK_GAP || (rank > 0 && lastPivot < RANK_GAP * threshold))
    return null;
  const right: Float64Array[] = [];
  const left: Float64Array[] = [];
  for (let t = rank; t < m; t++) {
    const z = new Float64Array(m);
    z[t] = 1;
    for (let k = rank - 1; k >= 0; k--) {
      let sum = w[k * m + t];
      for (let j = k + 1; j < rank; j++) sum += w[k * m + j] * z[j];
      z[k] = -sum / w[k * m + k];
    }
    const x = new Float64Array(m);
    for (let k = 0; k < m; k++) x[columnOf[k]] = z[k];
    right.push(x);
    const y = new Float64Array(m);
    y[t] = 1;
    for (let k = rank - 1; k >= 0; k--) {
      let sum = 0;
      for (let i = k + 1; i < m; i++) sum += w[i * m + k] * y[i];
      y[k] = -sum;
    }
    const l = new Float64Array(m);
    for (let k = 0; k < m; k++) l[rowOf[k]] = y[k];
    left.push(l);
  }
  return { right, left, conditionEstimate: rank > 0 ? firstPivot / lastPivot : undefined };
}

function swapRows(w: Float64Array, m: number, a: number, b: number, order: Int32Array): void {
  if (a === b) return;
  for (let j = 0; j < m; j++) {
    const t = w[a * m + j];
    w[a * m + j] = w[b * m + j];
    w[b * m + j] = t;
  }
  const t = order[a];
  order[a] = order[b];
  order[b] = t;
}

function swapColumns(w: Float64Array, m: number, a: number, b: number, order: Int32Array): void {
  if (a === b) return;
  for (let i = 0; i < m; i++) {
    const t = w[i * m + a];
    w[i * m + a] = w[i * m + b];
    w[i * m + b] = t;
  }
  const t = order[a];
  order[a] = order[b];
  order[b] = t;
}

/** Kernels from the SVD M = U Σ Vᵀ: singular values ≤ threshold count as zero. */
export function kernelsBySvd(
  w: Float64Array,
  m: number,
  threshold: number,
): RealKernels & { smallestSingularValue: number } {
  const rows: number[][] = [];
  for (let i = 0; i < m; i++) rows.push(Array.from(w.subarray(i * m, (i + 1) * m)));
  const { Matrix, SingularValueDecomposition } = loadMlMatrix();
  const svd = new SingularValueDecomposition(new Matrix(rows), { autoTranspose: false });
  const sigma = svd.diagonal;
  const u = svd.leftSingularVectors;
  const v = svd.rightSingularVectors;
  const right: Float64Array[] = [];
  const left: Float64Array[] = [];
  let rank = 0;
  for (let k = 0; k < m; k++) {
    if (sigma[k] > threshold) {
      rank++;
      continue;
    }
    right.push(Float64Array.from(v.getColumn(k)));
    left.push(Float64Array.from(u.getColumn(k)));
  }
  return {
    right,
    left,
    conditionEstimate: rank > 0 ? sigma[0] / sigma[rank - 1] : undefined,
    smallestSingularValue: sigma[m - 1],
  };
}
