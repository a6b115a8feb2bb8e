import { ComplexMatrix, scale as scaleMatrix, trace } from "./complex-matrix.js";
import {
  coordinatesOfOperator,
  operatorFromCoordinates,
  type RealRepresentationBuffers,
  realRepresentationBuffers,
  realRepresentationInto,
} from "./hermitian-operator-basis.js";
import { kernelsByCompletePivoting, kernelsBySvd } from "./real-kernels.js";
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
   * Condition number of the solve: the 1-norm condition estimate of the bordered system (fast path),
   * the ratio of the first to the last pivot (degenerate-kernel path), or σ_max/σ_min over the non-zero
   * singular values of M (SVD path). Absent when L = 0 or n = 1.
   */
  conditionEstimate?: number;
}

const DEFAULT_TOLERANCE = 1e-10;
/** Above this condition estimate the answer comes with a warning. */
const CONDITION_WARNING = 1e8;
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
 * A one-level system (n = 1) always gives ρ = [[1]] (or ρ0 when given).
 */
export function steadyState(liouvillian: ComplexMatrix, options: SteadyStateOptions = {}): SteadyStateResult {
  const n = superoperatorHilbertDimension(liouvillian, "Liouvillian");
  const trivial = checkOptions(n, options);
  if (trivial) return trivial;
  const workspace = workspaceFor(n);
  const { scale } = realRepresentationInto(liouvillian, n, workspace.representation);
  return solveRealRepresentation(n, scale, options, workspace);
}

/**
 * The same, for a Liouvillian given by its real representation M_ab = Tr[G_a L(G_b)] in the Hermitian
 * basis of hermitian-operator-basis.ts: `fill` writes M (row-major, n²×n²) into the zeroed array it is
 * given. Engines that assemble M directly (secular-real-generator.ts) skip the complex n²×n²
 * superoperator. Throws a RangeError if M has an entry that is not finite.
 */
export function steadyStateOfRealRepresentation(
  n: number,
  fill: (matrix: Float64Array) => void,
  options: SteadyStateOptions = {},
): SteadyStateResult {
  const trivial = checkOptions(n, options);
  if (trivial) return trivial;
  const workspace = workspaceFor(n);
  const { matrix } = workspace.representation;
  matrix.fill(0);
  fill(matrix);
  let scale = 0;
  for (let k = 0; k < matrix.length; k++) {
    const size = Math.abs(matrix[k]);
    if (!(size <= Number.MAX_VALUE)) {
      throw new RangeError("invalid argument. Liouvillian must have finite entries. Value: non-finite.");
    }
    if (size > scale) scale = size;
  }
  return solveRealRepresentation(n, scale, options, workspace);
}

/** Checks the options against the dimension; the result for a one-level system (n = 1), else undefined. */
function checkOptions(n: number, options: SteadyStateOptions): SteadyStateResult | undefined {
  const tolerance = options.tolerance ?? DEFAULT_TOLERANCE;
  if (!(tolerance >= 0 && tolerance < 1)) {
    throw new RangeError(`invalid argument. Rank tolerance must be in [0, 1). Value: ${tolerance}.`);
  }
  const method = options.method ?? "auto";
  if (method !== "auto" && method !== "svd") {
    throw new TypeError(`invalid argument. Steady-state method must be "auto" or "svd". Value: ${method}.`);
  }
  const initialState = options.initialState;
  if (initialState !== undefined && (initialState.rows !== n || initialState.cols !== n)) {
    throw new RangeError(
      `invalid argument. Initial state must be ${n}x${n} to match the Liouvillian. Value: ${initialState.rows}x${initialState.cols}.`,
    );
  }
  if (n === 1) {
    // One level: the only state is [[1]], and a trace-preserving 1×1 generator is 0 (anything else is
    // rounding, with no scale to judge it against).
    const one = ComplexMatrix.identity(1);
    const rho = initialState === undefined ? one : initialState.clone();
    return { rho, dimension: 1, conservedQuantities: [one.clone()], warnings: [] };
  }
  return undefined;
}

/** The three paths of `steadyState` on the real representation held in workspace.representation.matrix. */
function solveRealRepresentation(
  n: number,
  scale: number,
  options: SteadyStateOptions,
  workspace: Workspace,
): SteadyStateResult {
  const tolerance = options.tolerance ?? DEFAULT_TOLERANCE;
  const { initialState } = options;
  const { matrix } = workspace.representation;
  if ((options.method ?? "auto") === "auto") {
    const conditionEstimate = uniqueKernelByBorderedSolve(n, scale, tolerance, workspace);
    if (conditionEstimate !== null) {
      return assembleUnique(n, workspace.solution, conditionEstimate, initialState);
    }
    const revealed = kernelsByCompletePivoting(matrix, n * n, tolerance * scale, workspace.bordered);
    if (revealed !== null) {
      return assemble(n, revealed.right, revealed.left, revealed.conditionEstimate, [], initialState);
    }
  }
  const robust = kernelsBySvd(matrix, n * n, tolerance * scale);
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

/**
 * Scratch arrays of the fast path, one set per dimension (allocating typed arrays costs more than the
 * arithmetic at n = 4). Nothing in here escapes a call: results are copied into fresh matrices.
 */
interface Workspace {
  /** M, the real representation (hermitian-operator-basis.ts), and its scratch. */
  representation: RealRepresentationBuffers;
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
    representation: realRepresentationBuffers(n),
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
  const { bordered } = workspace;
  const { matrix } = workspace.representation;
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
  return new UniqueSteadyState(rho, n, conditionEstimate);
}

/** A unique steady state from the fast path; its conserved quantity 1/√n is built only when asked for. */
class UniqueSteadyState implements SteadyStateResult {
  readonly dimension = 1;
  readonly warnings: string[] = [];

  constructor(
    readonly rho: ComplexMatrix,
    private readonly n: number,
    readonly conditionEstimate: number,
  ) {}

  get conservedQuantities(): ComplexMatrix[] {
    return [ComplexMatrix.diagonal(new Array<number>(this.n).fill(1 / Math.sqrt(this.n)))];
  }
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
  const basis = orthonormalised(left);
  let projectedSquared = 0;
  for (const l of basis) projectedSquared += dot(l, identity) ** 2;
  const identityIsConserved = Math.abs(1 - projectedSquared) < 1e-8;
  return identityIsConserved ? orthonormalised([identity, ...basis]).slice(0, basis.length) : basis;
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
