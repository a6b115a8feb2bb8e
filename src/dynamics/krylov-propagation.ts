import { ComplexMatrix, frobeniusNorm, scale } from "../linalg/complex-matrix.js";
import { expm, oneNorm } from "../linalg/expm.js";
import type { Superoperator } from "../superoperators/superoperator.js";
import { checkTimes, type Evolution } from "./evolution.js";
import { matrixTimesVector } from "../linalg/dense-products.js";

/** Largest Krylov dimension m (Expokit's default). */
export const KRYLOV_DIMENSION = 30;
/** Safety factor of the step-size control and the slack of the acceptance test (Expokit's γ and δ). */
const SAFETY = 0.9;
const ACCEPTANCE_SLACK = 1.2;
/** A step is retried at most this often before it is taken with its error reported. */
const MAX_REJECTIONS = 30;
/** h_{j+1,j} below this fraction of ‖L v_j‖: the Krylov space is invariant (a "happy breakdown"). */
const BREAKDOWN = 1e-12;

export interface KrylovOptions {
  /** Target of ‖ρ(t) − ρ_exact(t)‖_F over the whole trajectory, relative to ‖ρ0‖_F. */
  tolerance: number;
  /** Largest Krylov dimension (default KRYLOV_DIMENSION). */
  dimension?: number;
}

/** The Arnoldi decomposition L V_m = V_m H_m + h_{m+1,m} v_{m+1} e_mᵀ of one step. */
interface ArnoldiStep {
  /** Number of basis vectors m (fewer than asked for after a breakdown). */
  m: number;
  /** H as an (m+1)×m upper Hessenberg matrix (row m holds h_{m+1,m}). */
  hessenberg: ComplexMatrix;
  breakdown: boolean;
  /** ‖L v_{m+1}‖, for the second term of the error estimate. */
  nextNorm: number;
}

/**
 * ρ(t_k) = exp(Lt_k)ρ0 matrix-free, by Krylov steps with error control (Saad 1992, SIAM J. Numer.
 * Anal. 29, 209; Sidje 1998, ACM TOMS 24, 130, "Expokit"): each step builds an Arnoldi basis V_{m+1} of
 * span{ρ, Lρ, …, L^m ρ} from `applyInto` alone and takes ρ(t + τ) ≈ β V_{m+1} exp(τH̄) e_1 with the
 * augmented Hessenberg matrix H̄ of the corrected scheme. The local error is estimated from the two
 * entries of exp(τH̄)e_1 beyond the basis (Sidje's err_loc), and τ is shrunk until it is below
 * tolerance·‖ρ0‖·τ/t_last, so that the errors of all steps add up to at most the tolerance; the sum of the
 * local estimates is the reported error. Times inside a step are read from the same basis
 * (exp(δH̄) reused over equal sub-steps), so a fine output grid costs no extra applications of L.
 */
export function krylovPropagation(
  liouvillian: Superoperator,
  rho0: ComplexMatrix,
  times: readonly number[],
  options: KrylovOptions,
): Evolution {
  checkTimes(times);
  const n = liouvillian.dimension;
  const maxDimension = Math.min(options.dimension ?? KRYLOV_DIMENSION, n * n);
  const basis = Array.from({ length: maxDimension + 1 }, () => new ComplexMatrix(n, n));
  const scratch = new ComplexMatrix(n, n);
  const tEnd = times.length > 0 ? times[times.length - 1] : 0;
  const initialNorm = frobeniusNorm(rho0);
  const target = options.tolerance * initialNorm;
  const states: ComplexMatrix[] = [];
  const warnings: string[] = [];
  let k = 0;
  while (k < times.length && times[k] === 0) {
    states.push(rho0.clone());
    k++;
  }
  let w = rho0;
  let t = 0;
  let tau: number | undefined;
  let errorSum = 0;
  let steps = 0;
  while (k < times.length) {
    const beta = frobeniusNorm(w);
    if (beta === 0) {
      for (; k < times.length; k++) states.push(new ComplexMatrix(n, n));
      break;
    }
    const arnoldi = arnoldiStep(liouvillian, w, beta, basis, scratch, maxDimension);
    const { m, breakdown } = arnoldi;
    const augmented = augmentedHessenberg(arnoldi);
    const scaleOfL = oneNorm(augmented);
    tau ??= initialStep(scaleOfL, m, options.tolerance);
    let exponential: ComplexMatrix;
    let error: number;
    let order: number;
    let rejections = 0;
    for (;;) {
      tau = Math.min(tau, tEnd - t);
      exponential = expm(scale(augmented, tau));
      // after a breakdown the space is invariant: what is left is the residual h_{m+1,m} of the last vector
      ({ error, order } = breakdown
        ? { error: beta * arnoldi.hessenberg.re(m, m - 1) * tau, order: 1 / m }
        : localError(exponential, m, beta, arnoldi.nextNorm));
      const allowed = (ACCEPTANCE_SLACK * target * tau) / tEnd;
      if (breakdown || error <= allowed || rejections >= MAX_REJECTIONS) {
        if (error > allowed) {
          warnings.push(
            `Krylov step at t = ${t.toPrecision(6)} kept after ${MAX_REJECTIONS} rejections: local error estimate ${error.toExponential(2)} above ${allowed.toExponential(2)}`,
          );
        }
        break;
      }
      tau = SAFETY * tau * (allowed / error) ** order;
      rejections++;
    }
    const stepEnd = tau === tEnd - t ? tEnd : t + tau;
    // the requested times inside the step, from the same basis
    const columns = breakdown ? m : m + 1;
    let y = unitVector(augmented.rows);
    let from = t;
    let subStep = Number.NaN;
    let subExponential: ComplexMatrix | undefined;
    for (; k < times.length && times[k] <= stepEnd; k++) {
      const delta = times[k] - from;
      if (delta > 0) {
        if (!(Math.abs(delta - subStep) <= 1e-12 * delta)) {
          subStep = delta;
          subExponential = expm(scale(augmented, delta));
        }
        errorSum += beta * scaleOfL * Math.abs(delta - subStep);
        y = matrixTimesVector(subExponential!, y);
        from = times[k];
      }
      states.push(combination(basis, columns, y, beta, n));
    }
    w = combination(basis, columns, firstColumn(exponential!), beta, n);
    errorSum += error!;
    steps++;
    t = stepEnd;
    // the next step from the error of this one (not shorter after a step kept in spite of its error)
    const suggested = SAFETY * tau * ((target * tau) / tEnd / error!) ** order!;
    tau = error! > 0 && rejections < MAX_REJECTIONS ? Math.min(5 * tau, suggested) : 5 * tau;
  }
  return {
    states,
    method: `krylov (Arnoldi, m ≤ ${maxDimension}, tolerance ${options.tolerance})`,
    errorEstimate: errorSum,
    steps,
    warnings,
  };
}

/** Expokit's first step: (1/‖A‖)((fact·tol)/(4‖A‖))^{1/m}, fact = ((m+1)/e)^{m+1}√(2π(m+1)). */
function initialStep(norm: number, m: number, tolerance: number): number {
  if (!(norm > 0)) return Number.POSITIVE_INFINITY;
  const logFact = (m + 1) * Math.log((m + 1) / Math.E) + 0.5 * Math.log(2 * Math.PI * (m + 1));
  return (1 / norm) * Math.exp((logFact + Math.log(tolerance / (4 * norm))) / m);
}

/**
 * Sidje's local error of the corrected scheme from φ1 = β|[exp(τH̄)]_{m+1,1}| and
 * φ2 = β|[exp(τH̄)]_{m+2,1}|‖Lv_{m+1}‖, and the order of the error in τ.
 */
function localError(
  exponential: ComplexMatrix,
  m: number,
  beta: number,
  nextNorm: number,
): { error: number; order: number } {
  const phi1 = beta * Math.hypot(exponential.re(m, 0), exponential.im(m, 0));
  const phi2 = beta * Math.hypot(exponential.re(m + 1, 0), exponential.im(m + 1, 0)) * nextNorm;
  if (phi1 > 10 * phi2) return { error: phi2, order: 1 / m };
  if (phi1 > phi2) return { error: (phi1 * phi2) / (phi1 - phi2), order: 1 / m };
  return { error: phi1, order: 1 / Math.max(1, m - 1) };
}

/**
 * Arnoldi with modified Gram-Schmidt, repeated once where it cancels (Kahan-Parlett "twice is enough"),
 * in the Frobenius inner product ⟨X, Y⟩ = Tr X†Y. basis[0] = w/β on return.
 */
function arnoldiStep(
  liouvillian: Superoperator,
  w: ComplexMatrix,
  beta: number,
  basis: ComplexMatrix[],
  scratch: ComplexMatrix,
  maxDimension: number,
): ArnoldiStep {
  const first = basis[0].data;
  for (let i = 0; i < first.length; i++) first[i] = w.data[i] / beta;
  const hessenberg = new ComplexMatrix(maxDimension + 1, maxDimension);
  for (let j = 0; j < maxDimension; j++) {
    const p = basis[j + 1];
    liouvillian.applyInto(basis[j], p);
    const applied = frobeniusNorm(p);
    let before = applied;
    let after = applied;
    for (let pass = 0; pass < 2; pass++) {
      for (let i = 0; i <= j; i++) {
        const [re, im] = innerProduct(basis[i], p);
        hessenberg.set(i, j, hessenberg.re(i, j) + re, hessenberg.im(i, j) + im);
        subtractScaled(p, basis[i], re, im);
      }
      after = frobeniusNorm(p);
      if (after > 0.7 * before) break;
      before = after;
    }
    hessenberg.set(j + 1, j, after);
    if (after <= BREAKDOWN * applied) {
      return { m: j + 1, hessenberg, breakdown: true, nextNorm: 0 };
    }
    const d = p.data;
    for (let i = 0; i < d.length; i++) d[i] /= after;
  }
  liouvillian.applyInto(basis[maxDimension], scratch);
  return { m: maxDimension, hessenberg, breakdown: false, nextNorm: frobeniusNorm(scratch) };
}

/**
 * The (m+2)×(m+2) matrix [[H_m, 0, 0], [h_{m+1,m}e_mᵀ, 0, 0], [0, 1, 0]] of the corrected scheme
 * (Sidje 1998, Theorem 1), or H_m alone after a breakdown.
 */
function augmentedHessenberg({ m, hessenberg, breakdown }: ArnoldiStep): ComplexMatrix {
  const size = breakdown ? m : m + 2;
  const out = new ComplexMatrix(size, size);
  const rows = breakdown ? m : m + 1;
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < m; j++) out.set(i, j, hessenberg.re(i, j), hessenberg.im(i, j));
  }
  if (!breakdown) out.set(m + 1, m, 1);
  return out;
}

/** ⟨X, Y⟩ = Σ conj(x) y. */
function innerProduct(x: ComplexMatrix, y: ComplexMatrix): [number, number] {
  const a = x.data;
  const b = y.data;
  let re = 0;
  let im = 0;
  for (let k = 0; k < a.length; k += 2) {
    re += a[k] * b[k] + a[k + 1] * b[k + 1];
    im += a[k] * b[k + 1] - a[k + 1] * b[k];
  }
  return [re, im];
}

/** target −= (re + i im)·x. */
function subtractScaled(target: ComplexMatrix, x: ComplexMatrix, re: number, im: number): void {
  const t = target.data;
  const a = x.data;
  for (let k = 0; k < a.length; k += 2) {
    t[k] -= re * a[k] - im * a[k + 1];
    t[k + 1] -= re * a[k + 1] + im * a[k];
  }
}

/** β Σ_{i < columns} y_i v_i as a new n×n matrix. */
function combination(
  basis: readonly ComplexMatrix[],
  columns: number,
  y: Float64Array,
  beta: number,
  n: number,
): ComplexMatrix {
  const out = new ComplexMatrix(n, n);
  const o = out.data;
  for (let i = 0; i < columns; i++) {
    const re = beta * y[2 * i];
    const im = beta * y[2 * i + 1];
    if (re === 0 && im === 0) continue;
    const v = basis[i].data;
    for (let k = 0; k < o.length; k += 2) {
      o[k] += re * v[k] - im * v[k + 1];
      o[k + 1] += re * v[k + 1] + im * v[k];
    }
  }
  return out;
}

function unitVector(size: number): Float64Array {
  const e = new Float64Array(2 * size);
  e[0] = 1;
  return e;
}

function firstColumn(m: ComplexMatrix): Float64Array {
  const out = new Float64Array(2 * m.rows);
  for (let i = 0; i < m.rows; i++) {
    out[2 * i] = m.re(i, 0);
    out[2 * i + 1] = m.im(i, 0);
  }
  return out;
}
