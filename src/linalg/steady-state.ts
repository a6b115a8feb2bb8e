import { Matrix, SingularValueDecomposition } from "ml-matrix";
import { ComplexMatrix, scale as scaleMatrix, trace } from "./complex-matrix.js";
import {
  estimateInverseOneNorm,
  type HagerWorkspace,
  hagerWorkspace,
  realLuDecomposeInPlace,
  realLuSolve,
  realOneNorm,
} from "./real-lu.js";
import { superoperatorHilbertDimension } from "./superoperator.js";

/**
 * Thrown when a Liouvillian has no steady state that can be trusted: its kernel is numerically empty
 * (it is not trace preserving, or the rank tolerance is too tight), the kernel vector is traceless, or
 * the zero eigenvalue is not semisimple so that no asymptotic projection exists.
 */
export class SteadyStateError extends Error {
  override name = "SteadyStateError";
}

export interface SteadyStateOptions {
  /** ρ(0); when given, the asymptotic state ρ∞ of this initial state is returned even if the kernel is degenerate. */
  initialState?: ComplexMatrix;
  /**
   * Relative rank tolerance: a singular value of the real representation M of L counts as zero when it
   * is ≤ tolerance · max|M_ab| (see `steadyState`). Default 1e-10.
   */
  tolerance?: number;
  /**
   * `auto` (default): the fast bordered solve, then pivoted LU for degenerate kernels, then the SVD when
   * a rank decision is not clear-cut. `svd`: the SVD path only (slower; a cross-check).
   */
  method?: "auto" | "svd";
}

export interface SteadyStateResult {
  /** The steady state (trace 1, Hermitian), ρ∞ for the given initial state, or null if not unique and no initial state. */
  rho: ComplexMatrix | null;
  /** The number of independent steady states: dim ker L. */
  dimension: number;
  /** A Hilbert-Schmidt-orthonormal basis of Hermitian l with L‡(l) = 0, i.e. Tr[l L(ρ)] = 0 for all ρ. */
  conservedQuantities: ComplexMatrix[];
  warnings: string[];
  /**
   * Condition number of the solve: the 1-norm condition estimate of the bordered system (fast path), or
   * σ_max/σ_min over the non-zero singular values of M (SVD path). Absent when L = 0.
   */
  conditionEstimate?: number;
}

const DEFAULT_TOLERANCE = 1e-10;
/** Above this condition estimate the answer comes with a warning. */
const CONDITION_WARNING = 1e8;
/** Largest relative imaginary part of M accepted as rounding (L must map Hermitian to Hermitian). */
const HERMITICITY_PRESERVATION_TOLERANCE = 1e-9;
/** Largest relative |Tr L(G_b)| for which the fast path treats L as trace preserving. */
const TRACE_PRESERVATION_TOLERANCE = 1e-9;

/**
 * Steady state(s) of a Liouvillian L given as an n²×n² matrix on column-stacked ρ (superoperator.ts).
 *
 * Representation. L preserves Hermiticity, so in the Hilbert-Schmidt-orthonormal Hermitian basis
 * G = {|i⟩⟨i|} ∪ {(|i⟩⟨j| + |j⟩⟨i|)/√2, i(|i⟩⟨j| − |j⟩⟨i|)/√2 : i < j} it is the REAL n²×n² matrix
 * M_ab = Tr[G_a L(G_b)], and ρ = Σ_b x_b G_b with real x_b = Tr[G_b ρ].
 *
 * Fast path (unique steady state). If L is trace preserving (Σ_i M_{ii,b} = 0: the trace row is a left
 * null vector, so one diagonal row of M is redundant), replace that row by the trace condition
 * Σ_i x_ii = 1 and solve the bordered system M'x = e by LU with partial pivoting. It is accepted when
 * its 1-norm condition estimate κ₁(M') (Hager's estimator) is ≤ min(1e8, 0.01/tolerance): M' is then
 * far from singular, which it would be if the kernel of L had dimension > 1. The conserved quantity is
 * then the identity, 1/√n.
 *
 * Degenerate-kernel path. Gaussian elimination with complete pivoting counts the pivots above
 * tolerance · max|M_ab| (the rank) and gives both kernels by back substitution; it is trusted when the
 * decision has a clear gap (a factor 100 on both sides of the threshold).
 *
 * SVD path (whatever is left: empty, nearly degenerate or ill-conditioned kernels, or `method: "svd"`).
 * M = U Σ Vᵀ; singular values ≤ tolerance · max|M_ab| count as zero. The right kernel is spanned by the
 * matching columns of V, the left kernel (the conserved quantities) by those of U.
 *
 * Results. A one-dimensional kernel gives the unique steady state with trace 1. A kernel of dimension
 * k > 1 gives `rho: null` and a warning, unless an initial state is supplied: then
 * ρ∞ = Σ_k Tr[l_k† ρ0] r_k with Tr[l_j† r_k] = δ_jk (the projection onto the kernel along the range of
 * L; with purely imaginary eigenvalues present it is the time average of the asymptotic orbit).
 * An empty kernel, a traceless kernel vector or a non-semisimple zero eigenvalue throws a
 * `SteadyStateError`; a unique but ill-conditioned answer (condition estimate > 1e8) is returned with a
 * warning. Bad arguments (not n²×n², non-finite, not Hermiticity preserving) throw a RangeError.
 */
export function steadyState(liouvillian: ComplexMatrix, options: SteadyStateOptions = {}): SteadyStateResult {
  const n = superoperatorHilbertDimension(liouvillian, "Liouvillian");
  const tolerance = options.tolerance ?? DEFAULT_TOLERANCE;
  if (!(tolerance >= 0 && tolerance < 1)) {
    throw new RangeError(`invalid argument. Rank tolerance must be in [0, 1). Value: ${tolerance}.`);
  }
  const initialState = options.initialState;
  if (initialState !== undefined && (initialState.rows !== n || initialState.cols !== n)) {
    throw new RangeError(
      `invalid argument. Initial state must be ${n}x${n} to match the Liouvillian. Value: ${initialState.rows}x${initialState.cols}.`,
    );
  }
  const workspace = workspaceFor(n);
  const { matrix, scale } = realRepresentation(liouvillian, n, workspace);
  const method = options.method ?? "auto";
  if (method !== "auto" && method !== "svd") {
    throw new TypeError(`invalid argument. Steady-state method must be "auto" or "svd". Value: ${method}.`);
  }
  if (method === "auto") {
    const conditionEstimate = uniqueKernelByBorderedSolve(n, scale, tolerance, workspace);
    if (conditionEstimate !== null) {
      return assembleUnique(n, workspace.solution, conditionEstimate, initialState);
    }
    const revealed = rankRevealingKernels(matrix, n * n, tolerance * scale, workspace.bordered);
    if (revealed !== null) {
      return assemble(n, revealed.right, revealed.left, revealed.conditionEstimate, [], initialState);
    }
  }
  const robust = svdKernels(matrix, n * n, tolerance * scale);
  const warnings: string[] = [];
  if (robust.right.length === 0) {
    throw new SteadyStateError(
      `the Liouvillian has no kernel: its smallest singular value is ${robust.smallestSingularValue.toExponential(3)} ` +
        `for a scale of ${scale.toExponential(3)} (rank tolerance ${tolerance}); it does not preserve the trace, ` +
        "or the tolerance is too tight",
    );
  }
  if (robust.conditionEstimate !== undefined && robust.conditionEstimate > CONDITION_WARNING) {
    warnings.push(
      `the steady-state solve is ill-conditioned (condition estimate ${robust.conditionEstimate.toExponential(3)}): ` +
        "a relaxation rate is tiny compared with the scale of the Liouvillian, so the kernel may be nearly degenerate and ρ inaccurate",
    );
  }
  return assemble(n, robust.right, robust.left, robust.conditionEstimate, warnings, initialState);
}

/*
 * Basis order: index i < n is |i⟩⟨i|; pair k = (i, j), i < j, in row-major order, has the symmetric
 * element (|i⟩⟨j| + |j⟩⟨i|)/√2 at n + 2k and the antisymmetric i(|i⟩⟨j| − |j⟩⟨i|)/√2 at n + 2k + 1.
 * In vec indices, |i⟩⟨j| sits at p = i + j·n and |j⟩⟨i| at q = j + i·n.
 */

interface PairIndices {
  /** vec index i + j·n of |i⟩⟨j| for each pair k. */
  p: Int32Array;
  /** vec index j + i·n of |j⟩⟨i| for each pair k. */
  q: Int32Array;
}

const pairCache = new Map<number, PairIndices>();

function pairIndices(n: number): PairIndices {
  const cached = pairCache.get(n);
  if (cached) return cached;
  const count = (n * (n - 1)) / 2;
  const pairs: PairIndices = { p: new Int32Array(count), q: new Int32Array(count) };
  let k = 0;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++, k++) {
      pairs.p[k] = i + j * n;
      pairs.q[k] = j + i * n;
    }
  }
  pairCache.set(n, pairs);
  return pairs;
}

/**
 * Scratch arrays of the fast path, one set per dimension (allocating typed arrays costs more than the
 * arithmetic at n = 4). Nothing in here escapes a call: results are copied into fresh matrices.
 */
interface Workspace {
  /** Y = L·vec(G), real and imaginary parts, m×m. */
  yRe: Float64Array;
  yIm: Float64Array;
  /** M, the real representation, m×m. */
  matrix: Float64Array;
  /** The bordered system, overwritten by its LU factors. */
  bordered: Float64Array;
  pivots: Int32Array;
  hager: HagerWorkspace;
  rhs: Float64Array;
  solution: Float64Array;
}

const workspaces = new Map<number, Workspace>();

function workspaceFor(n: number): Workspace {
  const cached = workspaces.get(n);
  if (cached) return cached;
  const m = n * n;
  const workspace: Workspace = {
    yRe: new Float64Array(m * m),
    yIm: new Float64Array(m * m),
    matrix: new Float64Array(m * m),
    bordered: new Float64Array(m * m),
    pivots: new Int32Array(m),
    hager: hagerWorkspace(m),
    rhs: new Float64Array(m),
    solution: new Float64Array(m),
  };
  workspaces.set(n, workspace);
  return workspace;
}

/**
 * M_ab = Tr[G_a L(G_b)], in two sparse stages: the columns Y_b = L vec(G_b) (each vec(G_b) has one or two
 * non-zeros), then the coordinates Tr[G_a Y_b]. Checks that the entries are finite and that the
 * imaginary parts vanish (Hermiticity preservation). Returns M row-major and its largest |M_ab|.
 */
function realRepresentation(
  liouvillian: ComplexMatrix,
  n: number,
  workspace: Workspace,
): { matrix: Float64Array; scale: number } {
  const m = n * n;
  const pairs = pairIndices(n);
  const pairCount = pairs.p.length;
  const h = Math.SQRT1_2;
  const L = liouvillian.data;
  const { yRe, yIm, matrix } = workspace;
  // x − x is 0 for finite x and NaN for ±∞ or NaN, so `poison` stays 0 only if every entry is finite.
  let poison = 0;
  for (let r = 0; r < m; r++) {
    const row = 2 * r * m;
    const out = r * m;
    for (let i = 0; i < n; i++) {
      const c = row + 2 * (i + i * n);
      yRe[out + i] = L[c];
      yIm[out + i] = L[c + 1];
      poison += L[c] - L[c] + (L[c + 1] - L[c + 1]);
    }
    for (let k = 0; k < pairCount; k++) {
      const cp = row + 2 * pairs.p[k];
      const cq = row + 2 * pairs.q[k];
      const pr = L[cp];
      const pi = L[cp + 1];
      const qr = L[cq];
      const qi = L[cq + 1];
      poison += pr - pr + (pi - pi) + (qr - qr) + (qi - qi);
      // L(|i⟩⟨j| + |j⟩⟨i|)/√2 and i·L(|i⟩⟨j| − |j⟩⟨i|)/√2
      yRe[out + n + 2 * k] = (pr + qr) * h;
      yIm[out + n + 2 * k] = (pi + qi) * h;
      yRe[out + n + 2 * k + 1] = (qi - pi) * h;
      yIm[out + n + 2 * k + 1] = (pr - qr) * h;
    }
  }
  if (poison !== 0) {
    throw new RangeError("invalid argument. Liouvillian must have finite entries. Value: non-finite.");
  }
  let scale = 0;
  let worstImaginary = 0;
  for (let i = 0; i < n; i++) {
    const from = (i + i * n) * m;
    const to = i * m;
    for (let b = 0; b < m; b++) {
      const re = yRe[from + b];
      matrix[to + b] = re;
      if (Math.abs(re) > scale) scale = Math.abs(re);
      if (Math.abs(yIm[from + b]) > worstImaginary) worstImaginary = Math.abs(yIm[from + b]);
    }
  }
  for (let k = 0; k < pairCount; k++) {
    const fromP = pairs.p[k] * m;
    const fromQ = pairs.q[k] * m;
    const toSymmetric = (n + 2 * k) * m;
    const toAntisymmetric = toSymmetric + m;
    for (let b = 0; b < m; b++) {
      // Tr[(|i⟩⟨j| + |j⟩⟨i|) Y]/√2 = (Y_ji + Y_ij)/√2;  Tr[i(|i⟩⟨j| − |j⟩⟨i|) Y]/√2 = i(Y_ji − Y_ij)/√2
      const symmetricRe = (yRe[fromP + b] + yRe[fromQ + b]) * h;
      const symmetricIm = (yIm[fromP + b] + yIm[fromQ + b]) * h;
      const antisymmetricRe = (yIm[fromP + b] - yIm[fromQ + b]) * h;
      const antisymmetricIm = (yRe[fromQ + b] - yRe[fromP + b]) * h;
      matrix[toSymmetric + b] = symmetricRe;
      matrix[toAntisymmetric + b] = antisymmetricRe;
      const largest = Math.max(Math.abs(symmetricRe), Math.abs(antisymmetricRe));
      if (largest > scale) scale = largest;
      const imaginary = Math.max(Math.abs(symmetricIm), Math.abs(antisymmetricIm));
      if (imaginary > worstImaginary) worstImaginary = imaginary;
    }
  }
  if (worstImaginary > HERMITICITY_PRESERVATION_TOLERANCE * scale || (scale === 0 && worstImaginary > 0)) {
    throw new RangeError(
      "invalid argument. Liouvillian must map Hermitian operators to Hermitian operators. " +
        `Value: imaginary part ${worstImaginary.toExponential(3)} in the Hermitian basis (scale ${scale.toExponential(3)}).`,
    );
  }
  return { matrix, scale };
}

/**
 * The fast path: for a trace-preserving L, solve M'x = e where M' is M with its first row (that of
 * |0⟩⟨0|) replaced by the trace functional (scaled to max|M|) and e = (max|M|, 0, …). Leaves x in
 * workspace.solution and returns the condition estimate κ₁(M'), or null when L is not trace preserving
 * or M' is not clearly non-singular (then the SVD path decides).
 */
function uniqueKernelByBorderedSolve(
  n: number,
  scale: number,
  tolerance: number,
  workspace: Workspace,
): number | null {
  const m = n * n;
  const { matrix, bordered } = workspace;
  if (scale === 0) return null;
  for (let b = 0; b < m; b++) {
    let traceOfImage = 0;
    for (let i = 0; i < n; i++) traceOfImage += matrix[i * m + b];
    if (Math.abs(traceOfImage) > TRACE_PRESERVATION_TOLERANCE * scale) return null;
  }
  bordered.set(matrix);
  for (let b = 0; b < m; b++) bordered[b] = b < n ? scale : 0;
  const norm = realOneNorm(bordered, m);
  const lu = realLuDecomposeInPlace(bordered, m, workspace.pivots);
  if (!(lu.smallestPivot > 0)) return null;
  const conditionEstimate = norm * estimateInverseOneNorm(lu, 3, workspace.hager);
  if (!(conditionEstimate <= Math.min(CONDITION_WARNING, 0.01 / tolerance))) return null;
  workspace.rhs.fill(0);
  workspace.rhs[0] = scale;
  realLuSolve(lu, workspace.rhs, workspace.solution);
  return conditionEstimate;
}

/**
 * The result of the fast path: ρ = Σ_b x_b G_b / Tr (trace 1), the conserved quantity 1/√n, and for an
 * initial state ρ∞ = Tr[ρ0]·ρ (the biorthonormal projection with l = 1/√n, r = ρ√n).
 */
function assembleUnique(
  n: number,
  x: Float64Array,
  conditionEstimate: number,
  initialState: ComplexMatrix | undefined,
): SteadyStateResult {
  let traceOfX = 0;
  for (let i = 0; i < n; i++) traceOfX += x[i];
  let rho = operatorFromCoordinates(x, null, n, 1 / traceOfX);
  if (initialState !== undefined) {
    const [traceRe, traceIm] = trace(initialState);
    rho = scaleMatrix(rho, traceRe, traceIm);
  }
  const conserved = ComplexMatrix.diagonal(new Array<number>(n).fill(1 / Math.sqrt(n)));
  return { rho, dimension: 1, conservedQuantities: [conserved], warnings: [], conditionEstimate };
}

/** How far the rank decision of the pivoted LU must be from the threshold on both sides to be trusted. */
const RANK_GAP = 100;

/**
 * The degenerate-kernel path: Gaussian elimination with complete pivoting P M Q = L U, stopped when the
 * largest remaining element is ≤ threshold (so rank = number of pivots). It is trusted only with a clear
 * gap: the remaining elements ≤ threshold/100 and the last pivot ≥ 100·threshold; otherwise null (the SVD
 * decides). Right kernel: U₁₁z = −U₁₂e_t for each free column t, x = Qz. Left kernel: Lᵀz = e_t for
 * each zero row t of U, y = Pᵀz. Overwrites `scratch` (m×m).
 */
function rankRevealingKernels(
  matrix: Float64Array,
  m: number,
  threshold: number,
  scratch: Float64Array,
): { right: Float64Array[]; left: Float64Array[]; conditionEstimate: number | undefined } | null {
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
function svdKernels(
  w: Float64Array,
  m: number,
  threshold: number,
): {
  right: Float64Array[];
  left: Float64Array[];
  conditionEstimate: number | undefined;
  smallestSingularValue: number;
} {
  const rows: number[][] = [];
  for (let i = 0; i < m; i++) rows.push(Array.from(w.subarray(i * m, (i + 1) * m)));
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

/** Turns real kernel bases into the result (see `steadyState` for the rules). */
function assemble(
  n: number,
  right: Float64Array[],
  left: Float64Array[],
  conditionEstimate: number | undefined,
  warnings: string[],
  initialState: ComplexMatrix | undefined,
): SteadyStateResult {
  const dimension = right.length;
  const conservedQuantities = conservedQuantityBasis(left, n).map((l) => operatorFromCoordinates(l, null, n));
  const result = (rho: ComplexMatrix | null): SteadyStateResult => ({
    rho,
    dimension,
    conservedQuantities,
    warnings,
    ...(conditionEstimate === undefined ? {} : { conditionEstimate }),
  });
  if (initialState !== undefined) {
    const [initialRe, initialIm] = coordinatesOfOperator(initialState);
    const [rhoRe, rhoIm] = kernelProjection(right, left, initialRe, initialIm);
    return result(operatorFromCoordinates(rhoRe, rhoIm, n));
  }
  if (dimension > 1) {
    warnings.push(
      `the steady state is not unique: the kernel of the Liouvillian has dimension ${dimension}; supply an initial state`,
    );
    return result(null);
  }
  const x = right[0];
  let traceOfX = 0;
  let size = 0;
  for (let k = 0; k < x.length; k++) size = Math.max(size, Math.abs(x[k]));
  for (let i = 0; i < n; i++) traceOfX += x[i];
  if (!(Math.abs(traceOfX) > 1e-8 * size)) {
    throw new SteadyStateError(
      `the kernel of the Liouvillian is traceless (trace ${traceOfX.toExponential(3)} for a kernel vector of size ${size.toExponential(3)}): ` +
        "the generator does not preserve the trace, so it has no normalisable steady state",
    );
  }
  const normalised = new Float64Array(x.length);
  for (let k = 0; k < x.length; k++) normalised[k] = x[k] / traceOfX;
  return result(operatorFromCoordinates(normalised, null, n));
}

/**
 * ρ∞ coordinates = R (Lᵀ R)⁻¹ Lᵀ c for kernel bases R (right) and L (left): the biorthonormalised
 * form of Σ_k Tr[l_k† ρ0] r_k, applied to the real and imaginary parts of c separately.
 */
function kernelProjection(
  right: Float64Array[],
  left: Float64Array[],
  initialRe: Float64Array,
  initialIm: Float64Array,
): [Float64Array, Float64Array] {
  const d = right.length;
  const m = initialRe.length;
  const gram = new Float64Array(d * d);
  for (let j = 0; j < d; j++) for (let k = 0; k < d; k++) gram[j * d + k] = dot(left[j], right[k]);
  const gramScale = Math.max(...gram.map(Math.abs));
  const lu = realLuDecomposeInPlace(gram, d);
  // A semisimple zero eigenvalue makes the Gram matrix of the two kernels invertible.
  if (!(lu.smallestPivot > 1e-10 * gramScale)) {
    throw new SteadyStateError(
      "the left and right kernels of the Liouvillian are not dual (the zero eigenvalue is not semisimple): " +
        "the generator has no asymptotic projection",
    );
  }
  const weightsRe = realLuSolve(
    lu,
    Float64Array.from(left, (l) => dot(l, initialRe)),
  );
  const weightsIm = realLuSolve(
    lu,
    Float64Array.from(left, (l) => dot(l, initialIm)),
  );
  const re = new Float64Array(m);
  const im = new Float64Array(m);
  for (let k = 0; k < d; k++) {
    const r = right[k];
    for (let b = 0; b < m; b++) {
      re[b] += weightsRe[k] * r[b];
      im[b] += weightsIm[k] * r[b];
    }
  }
  return [re, im];
}

/**
 * An orthonormal basis of the left kernel for display: when the identity is conserved (L trace
 * preserving) it comes first as 1/√n and the others are traceless; otherwise the SVD basis as it is.
 */
function conservedQuantityBasis(left: Float64Array[], n: number): Float64Array[] {
  const identity = new Float64Array(n * n);
  for (let i = 0; i < n; i++) identity[i] = 1 / Math.sqrt(n);
  let projectedSquared = 0;
  for (const l of left) projectedSquared += dot(l, identity) ** 2;
  const identityIsConserved = Math.abs(1 - projectedSquared) < 1e-8;
  return orthonormalised(identityIsConserved ? [identity, ...left] : left).slice(0, left.length);
}

/**
 * Modified Gram-Schmidt on real coordinate vectors (orthonormal coordinates = HS-orthonormal operators);
 * a vector already in the span of the earlier ones (residual below 1e-6 of its norm) is dropped.
 */
function orthonormalised(vectors: Float64Array[]): Float64Array[] {
  const out: Float64Array[] = [];
  for (const vector of vectors) {
    const v = vector.slice();
    const originalNorm = Math.sqrt(dot(v, v));
    for (const u of out) {
      const projection = dot(u, v);
      for (let k = 0; k < v.length; k++) v[k] -= projection * u[k];
    }
    const norm = Math.sqrt(dot(v, v));
    if (!(norm > 1e-6 * originalNorm)) continue;
    for (let k = 0; k < v.length; k++) v[k] /= norm;
    out.push(v);
  }
  return out;
}

function dot(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let k = 0; k < a.length; k++) s += a[k] * b[k];
  return s;
}

/** X = factor · Σ_b (x_b + i y_b) G_b (Hermitian when y is null). */
function operatorFromCoordinates(
  x: Float64Array,
  y: Float64Array | null,
  n: number,
  factor = 1,
): ComplexMatrix {
  const out = new ComplexMatrix(n, n);
  const o = out.data;
  const h = Math.SQRT1_2 * factor;
  for (let i = 0; i < n; i++) {
    o[2 * (i * n + i)] = factor * x[i];
    o[2 * (i * n + i) + 1] = y === null ? 0 : factor * y[i];
  }
  let k = 0;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++, k++) {
      const sr = x[n + 2 * k];
      const ar = x[n + 2 * k + 1];
      const si = y === null ? 0 : y[n + 2 * k];
      const ai = y === null ? 0 : y[n + 2 * k + 1];
      // X_ij = (c_s + i c_a)/√2, X_ji = (c_s − i c_a)/√2 with c = coordinate re + i im
      o[2 * (i * n + j)] = (sr - ai) * h;
      o[2 * (i * n + j) + 1] = (si + ar) * h;
      o[2 * (j * n + i)] = (sr + ai) * h;
      o[2 * (j * n + i) + 1] = (si - ar) * h;
    }
  }
  return out;
}

/** c_b = Tr[G_b X], split into real and imaginary parts (real when X is Hermitian). */
function coordinatesOfOperator(x: ComplexMatrix): [Float64Array, Float64Array] {
  const n = x.rows;
  const d = x.data;
  const re = new Float64Array(n * n);
  const im = new Float64Array(n * n);
  const h = Math.SQRT1_2;
  for (let i = 0; i < n; i++) {
    re[i] = d[2 * (i * n + i)];
    im[i] = d[2 * (i * n + i) + 1];
  }
  let k = 0;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++, k++) {
      const ijr = d[2 * (i * n + j)];
      const iji = d[2 * (i * n + j) + 1];
      const jir = d[2 * (j * n + i)];
      const jii = d[2 * (j * n + i) + 1];
      // Tr[S X] = (X_ij + X_ji)/√2, Tr[A X] = i(X_ji − X_ij)/√2
      re[n + 2 * k] = (ijr + jir) * h;
      im[n + 2 * k] = (iji + jii) * h;
      re[n + 2 * k + 1] = (iji - jii) * h;
      im[n + 2 * k + 1] = (jir - ijr) * h;
    }
  }
  return [re, im];
}
