import { ComplexMatrix, scale as scaleMatrix, trace } from "../linalg/complex-matrix.js";
import { kernelsByCompletePivoting, kernelsBySvd } from "../linalg/real-kernels.js";
import {
  estimateInverseOneNorm,
  type HagerWorkspace,
  hagerWorkspace,
  realLuDecomposeInPlace,
  realLuSolve,
  realOneNorm,
} from "../linalg/real-lu.js";
import { SteadyStateError, type SteadyStateOptions, type SteadyStateResult } from "./steady-state-result.js";

/**
 * Real coordinates of Hermitian operators in which a Hermiticity-preserving generator is a real matrix
 * M (hermitian-operator-basis.ts for all of them; a sector of them for secular generators). The first
 * `populations` coordinates are the diagonal elements ⟨a|ρ|a⟩ in the basis ρ is written in, so that the
 * trace of ρ is their sum and the identity has the coordinates (1, …, 1, 0, …).
 */
export interface RealCoordinates {
  /** Number of coordinates m (M is m×m). */
  size: number;
  /** Number of diagonal coordinates, the first ones: the Hilbert-space dimension n. */
  populations: number;
  /** factor · Σ_b (x_b + i y_b) G_b in the site basis (Hermitian when y is null). */
  toOperator(x: Float64Array, y: Float64Array | null, factor?: number): ComplexMatrix;
  /** The coordinates Tr[G_b X] of an operator, real and imaginary parts. */
  coordinatesOf(x: ComplexMatrix): [Float64Array, Float64Array];
}

const DEFAULT_TOLERANCE = 1e-10;
/** Above this condition estimate the answer comes with a warning. */
const CONDITION_WARNING = 1e8;
/** Largest relative |Tr L(G_b)| for which the fast path treats L as trace preserving. */
const TRACE_PRESERVATION_TOLERANCE = 1e-9;
/**
 * Workspaces are kept between calls only up to this size (m = 64: two qubits or three), where allocating
 * typed arrays costs more than the arithmetic (a sweep solves thousands of them); larger ones are
 * allocated per call and freed with it.
 */
const KEPT_WORKSPACE_SIZE = 64;

/**
 * Steady state(s) of a generator given by its real representation M (m×m, row-major, written by `fill`
 * into a zeroed array) in the coordinates `basis`.
 *
 * Fast path (unique kernel). For a trace-preserving L (every column of M sums to 0 over the populations:
 * the trace row is a left null vector, so one population row of M is redundant), replace that row by the
 * trace condition Σ_a x_aa = 1 and solve the bordered system M'x = e by LU with partial pivoting. It is
 * accepted when its 1-norm condition estimate κ₁(M') (Hager's estimator) is ≤ min(1e8, 0.01/tolerance):
 * M' is then far from singular, which it would be if the kernel of L had dimension > 1. The conserved
 * quantity is then the identity, 1/√n.
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
 * warning. A non-finite entry of M throws a RangeError. A one-level system (n = 1) always gives ρ = [[1]]
 * (or ρ0 when given).
 */
export function steadyStateOfRealRepresentation(
  basis: RealCoordinates,
  fill: (matrix: Float64Array) => void,
  options: SteadyStateOptions = {},
  method = "dense",
): SteadyStateResult {
  const trivial = checkOptions(basis, options);
  if (trivial) return trivial;
  const m = basis.size;
  const workspace = workspaceFor(m);
  const { matrix } = workspace;
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
  return solveRealRepresentation(basis, scale, options, workspace, method);
}

/** Checks the options against the basis; the result for a one-level system (n = 1), else undefined. */
function checkOptions(basis: RealCoordinates, options: SteadyStateOptions): SteadyStateResult | undefined {
  const tolerance = options.tolerance ?? DEFAULT_TOLERANCE;
  if (!(tolerance >= 0 && tolerance < 1)) {
    throw new RangeError(`invalid argument. Rank tolerance must be in [0, 1). Value: ${tolerance}.`);
  }
  const n = basis.populations;
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
    return {
      rho,
      dimension: 1,
      conservedQuantities: [one.clone()],
      warnings: [],
      method: "dense",
      residual: 0,
    };
  }
  return undefined;
}

/** The three paths on the real representation held in workspace.matrix. */
function solveRealRepresentation(
  basis: RealCoordinates,
  scale: number,
  options: SteadyStateOptions,
  workspace: Workspace,
  method: string,
): SteadyStateResult {
  const tolerance = options.tolerance ?? DEFAULT_TOLERANCE;
  const { initialState } = options;
  const { matrix } = workspace;
  const m = basis.size;
  if (!options.svd) {
    const conditionEstimate = uniqueKernelByBorderedSolve(basis, scale, tolerance, workspace);
    if (conditionEstimate !== null) {
      return assembleUnique(basis, workspace, scale, conditionEstimate, initialState, method);
    }
    const revealed = kernelsByCompletePivoting(matrix, m, tolerance * scale, workspace.bordered);
    if (revealed !== null) {
      return assemble(
        basis,
        workspace,
        scale,
        revealed.right,
        revealed.left,
        revealed.conditionEstimate,
        [],
        initialState,
        method,
      );
    }
  }
  const robust = kernelsBySvd(matrix, m, tolerance * scale);
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
  return assemble(
    basis,
    workspace,
    scale,
    robust.right,
    robust.left,
    robust.conditionEstimate,
    warnings,
    initialState,
    method,
  );
}

/**
 * Arrays of one solve: M (filled by the caller), the bordered system (overwritten by its LU factors),
 * and the vectors of the fast path. Nothing in here escapes a call: results are copied into fresh matrices.
 */
interface Workspace {
  matrix: Float64Array;
  bordered: Float64Array;
  pivots: Int32Array;
  hager: HagerWorkspace;
  rhs: Float64Array;
  solution: Float64Array;
}

const keptWorkspaces = new Map<number, Workspace>();

function workspaceFor(m: number): Workspace {
  const kept = keptWorkspaces.get(m);
  if (kept) return kept;
  const workspace: Workspace = {
    matrix: new Float64Array(m * m),
    bordered: new Float64Array(m * m),
    pivots: new Int32Array(m),
    hager: hagerWorkspace(m),
    rhs: new Float64Array(m),
    solution: new Float64Array(m),
  };
  if (m <= KEPT_WORKSPACE_SIZE) keptWorkspaces.set(m, workspace);
  return workspace;
}

/**
 * The fast path: for a trace-preserving L, solve M'x = e where M' is M with its first row (that of
 * the first population) replaced by the trace functional (scaled to max|M|) and e = (max|M|, 0, …).
 * Leaves x in workspace.solution and returns the condition estimate κ₁(M'), or null when L is not trace
 * preserving or M' is not clearly non-singular (then the SVD path decides).
 */
function uniqueKernelByBorderedSolve(
  basis: RealCoordinates,
  scale: number,
  tolerance: number,
  workspace: Workspace,
): number | null {
  const m = basis.size;
  const n = basis.populations;
  const { bordered, matrix } = workspace;
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

/** max_a |(M x)_a| / (max|M|·max|x|): the relative residual of a solution in the real representation. */
function relativeResidual(matrix: Float64Array, m: number, x: Float64Array, scale: number): number {
  let worst = 0;
  let size = 0;
  for (let b = 0; b < m; b++) size = Math.max(size, Math.abs(x[b]));
  for (let a = 0; a < m; a++) {
    let sum = 0;
    const row = a * m;
    for (let b = 0; b < m; b++) sum += matrix[row + b] * x[b];
    worst = Math.max(worst, Math.abs(sum));
  }
  return scale === 0 || size === 0 ? 0 : worst / (scale * size);
}

/**
 * The result of the fast path: ρ = Σ_b x_b G_b / Tr (trace 1), the conserved quantity 1/√n, and for an
 * initial state ρ∞ = Tr[ρ0]·ρ (the biorthonormal projection with l = 1/√n, r = ρ√n).
 */
function assembleUnique(
  basis: RealCoordinates,
  workspace: Workspace,
  scale: number,
  conditionEstimate: number,
  initialState: ComplexMatrix | undefined,
  method: string,
): SteadyStateResult {
  const x = workspace.solution;
  let traceOfX = 0;
  for (let i = 0; i < basis.populations; i++) traceOfX += x[i];
  let rho = basis.toOperator(x, null, 1 / traceOfX);
  if (initialState !== undefined) {
    const [traceRe, traceIm] = trace(initialState);
    rho = scaleMatrix(rho, traceRe, traceIm);
  }
  const residual = relativeResidual(workspace.matrix, basis.size, x, scale);
  return new UniqueSteadyState(rho, basis.populations, conditionEstimate, residual, method);
}

/** A unique steady state from the fast path; its conserved quantity 1/√n is built only when asked for. */
class UniqueSteadyState implements SteadyStateResult {
  readonly dimension = 1;
  readonly warnings: string[] = [];

  constructor(
    readonly rho: ComplexMatrix,
    private readonly n: number,
    readonly conditionEstimate: number,
    readonly residual: number,
    readonly method: string,
  ) {}

  get conservedQuantities(): ComplexMatrix[] {
    return [ComplexMatrix.diagonal(new Array<number>(this.n).fill(1 / Math.sqrt(this.n)))];
  }
}

/** Turns real kernel bases into the result (see `steadyStateOfRealRepresentation` for the rules). */
function assemble(
  basis: RealCoordinates,
  workspace: Workspace,
  scale: number,
  right: Float64Array[],
  left: Float64Array[],
  conditionEstimate: number | undefined,
  warnings: string[],
  initialState: ComplexMatrix | undefined,
  method: string,
): SteadyStateResult {
  const dimension = right.length;
  const conservedQuantities = conservedQuantityBasis(left, basis.populations).map((l) =>
    basis.toOperator(l, null),
  );
  const residual = Math.max(...right.map((r) => relativeResidual(workspace.matrix, basis.size, r, scale)));
  const result = (rho: ComplexMatrix | null): SteadyStateResult => ({
    rho,
    dimension,
    conservedQuantities,
    warnings,
    method,
    residual,
    ...(conditionEstimate === undefined ? {} : { conditionEstimate }),
  });
  if (initialState !== undefined) {
    const [initialRe, initialIm] = basis.coordinatesOf(initialState);
    const [rhoRe, rhoIm] = kernelProjection(right, left, initialRe, initialIm);
    return result(basis.toOperator(rhoRe, rhoIm));
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
  for (let i = 0; i < basis.populations; i++) traceOfX += x[i];
  if (!(Math.abs(traceOfX) > 1e-8 * size)) {
    throw new SteadyStateError(
      `the kernel of the Liouvillian is traceless (trace ${traceOfX.toExponential(3)} for a kernel vector of size ${size.toExponential(3)}): ` +
        "the generator does not preserve the trace, so it has no normalisable steady state",
    );
  }
  return result(basis.toOperator(x, null, 1 / traceOfX));
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
  if (left.length === 0) return [];
  const identity = new Float64Array(left[0].length);
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
