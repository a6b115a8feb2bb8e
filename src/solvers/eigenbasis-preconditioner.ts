import { ComplexMatrix } from "../linalg/complex-matrix.js";
import { adjointTimesInto, multiplyInto, timesAdjointInto } from "../linalg/dense-products.js";
import type { HermitianEigenDecomposition } from "../linalg/eigen.js";
import { luDecompose, type LUDecomposition } from "../linalg/lu.js";
import { inBasis } from "../superoperators/linear-operator.js";
import type { SandwichSuperoperator } from "../superoperators/sandwich-superoperator.js";

/** How the slow block of the preconditioner is chosen. */
export interface PreconditionerOptions {
  /** Coherences with |E_a − E_b| below κ·γ join the populations in the slow block (γ: largest population decay rate). */
  kappa: number;
  /** Largest size of the slow block (populations first, then coherences by ascending |E_a − E_b|). */
  maxSlow: number;
}

/**
 * A preconditioner for L̃ = L + (1/n)·1·Tr(·) built in the eigenbasis |a⟩ of H_S, where the coherent part
 * is diagonal, −i(E_a − E_b), and weak dissipation couples matrix elements ρ_ab and ρ_cd appreciably only
 * when their Bohr frequencies are close (the reasoning of the secular approximation, Breuer & Petruccione
 * Sec. 3.3.1). It keeps the exact generator on a slow block — all populations ρ_aa and the coherences
 * with |E_a − E_b| < κγ — and only the diagonal L_(ab),(ab) on the other, fast coherences, whose couplings
 * to anything are of relative size γ/|E_a − E_b| < 1/κ. Then M⁻¹L̃ = 1 + O(1/κ) and GMRES converges in a
 * few iterations however weak the dissipation (at λ = 1e-4 in paper 003 as at 0.1), where plain or
 * diagonal preconditioning stalls. The slow block's matrix elements come from the sandwich form:
 *   L_(ab),(cd) = K_ac δ_bd + δ_ac conj(K_bd) + Σ_k w_k (X_k)_ac conj(Y_k)_bd   (all in the eigenbasis).
 * Applying M⁻¹ costs two basis changes (four n³ products) and one solve with the LU factors of the block.
 */
export class EigenbasisPreconditioner {
  readonly slowSize: number;
  /** 1-norm condition estimate of the bordered slow block (large: the kernel may be degenerate). */
  readonly blockCondition: number;
  /** Largest population decay rate γ, the scale of the dissipation. */
  readonly dissipationScale: number;
  /** max |L_(ab),(ab)|, a scale of the whole generator (its largest Bohr frequency, mostly). */
  readonly generatorScale: number;
  private readonly n: number;
  private readonly vectors: ComplexMatrix;
  private readonly slowRows: Int32Array;
  private readonly slowCols: Int32Array;
  private readonly diagonal: Float64Array;
  private readonly lu: LUDecomposition;
  private readonly work: ComplexMatrix;
  private readonly work2: ComplexMatrix;
  private readonly slowVector: ComplexMatrix;

  constructor(
    generator: SandwichSuperoperator,
    eigen: HermitianEigenDecomposition,
    options: PreconditionerOptions,
  ) {
    const n = generator.dimension;
    this.n = n;
    this.vectors = eigen.vectors;
    // K and the sandwich operators in the eigenbasis
    const k = new ComplexMatrix(n, n);
    for (const term of generator.effective) {
      const a = inBasis(term.operator, eigen.vectors);
      for (let t = 0; t < k.data.length; t += 2) {
        k.data[t] += term.re * a.data[t] - term.im * a.data[t + 1];
        k.data[t + 1] += term.re * a.data[t + 1] + term.im * a.data[t];
      }
    }
    const sandwiches = generator.sandwiches.map((term) => ({
      weight: term.weight,
      left: inBasis(term.left, eigen.vectors),
      right: term.right === term.left ? undefined : inBasis(term.right, eigen.vectors),
    }));
    const element = (a: number, b: number, c: number, d: number): [number, number] => {
      let re = 0;
      let im = 0;
      if (b === d) {
        re += k.data[2 * (a * n + c)];
        im += k.data[2 * (a * n + c) + 1];
      }
      if (a === c) {
        re += k.data[2 * (b * n + d)];
        im -= k.data[2 * (b * n + d) + 1];
      }
      for (const { weight, left, right } of sandwiches) {
        const xr = left.data[2 * (a * n + c)];
        const xi = left.data[2 * (a * n + c) + 1];
        const y = right ?? left;
        const yr = y.data[2 * (b * n + d)];
        const yi = -y.data[2 * (b * n + d) + 1];
        re += weight * (xr * yr - xi * yi);
        im += weight * (xr * yi + xi * yr);
      }
      return [re, im];
    };
    // diagonal elements and the dissipation scale
    const diagonal = new Float64Array(2 * n * n);
    let gamma = 0;
    let scale = 0;
    for (let a = 0; a < n; a++) {
      for (let b = 0; b < n; b++) {
        const [re, im] = element(a, b, a, b);
        diagonal[2 * (a * n + b)] = re;
        diagonal[2 * (a * n + b) + 1] = im;
        if (a === b) gamma = Math.max(gamma, Math.abs(re));
        scale = Math.max(scale, Math.hypot(re, im));
      }
    }
    this.diagonal = diagonal;
    this.dissipationScale = gamma;
    this.generatorScale = scale;
    // slow set: populations, then the coherences with the smallest |E_a − E_b| below κγ
    const values = eigen.values;
    const candidates: number[] = [];
    for (let a = 0; a < n; a++) {
      for (let b = 0; b < n; b++) {
        if (a !== b && Math.abs(values[b] - values[a]) < options.kappa * gamma) candidates.push(a * n + b);
      }
    }
    candidates.sort((x, y) => {
      const wx = Math.abs(values[x % n] - values[Math.floor(x / n)]);
      const wy = Math.abs(values[y % n] - values[Math.floor(y / n)]);
      return wx - wy;
    });
    const slow = Array.from({ length: n }, (_, a) => a * n + a);
    // keep pairs (a, b) and (b, a) together so that the block maps Hermitian to Hermitian
    for (const pair of candidates) {
      if (slow.length + 2 > Math.max(options.maxSlow, n)) break;
      const a = Math.floor(pair / n);
      const b = pair % n;
      if (a < b) slow.push(pair, b * n + a);
    }
    this.slowSize = slow.length;
    this.slowRows = Int32Array.from(slow, (p) => Math.floor(p / n));
    this.slowCols = Int32Array.from(slow, (p) => p % n);
    // the bordered block B + (1/n)·populations ⊗ trace
    const s = slow.length;
    const block = new ComplexMatrix(s, s);
    for (let i = 0; i < s; i++) {
      const a = this.slowRows[i];
      const b = this.slowCols[i];
      for (let j = 0; j < s; j++) {
        const [re, im] = element(a, b, this.slowRows[j], this.slowCols[j]);
        block.data[2 * (i * s + j)] = re + (a === b && this.slowRows[j] === this.slowCols[j] ? 1 / n : 0);
        block.data[2 * (i * s + j) + 1] = im;
      }
    }
    const norm = oneNorm(block);
    this.lu = luDecompose(block);
    this.blockCondition = norm * inverseOneNormEstimate(this.lu, s);
    this.work = new ComplexMatrix(n, n);
    this.work2 = new ComplexMatrix(n, n);
    this.slowVector = new ComplexMatrix(s, 1);
  }

  /** out ← M⁻¹ x for n×n matrices in the site basis (x and out are interleaved n² vectors). */
  apply(x: Float64Array, out: Float64Array): void {
    const n = this.n;
    const input = new ComplexMatrix(n, n, x);
    const output = new ComplexMatrix(n, n, out);
    // eigenbasis: V† x V
    adjointTimesInto(this.vectors, input, this.work2);
    multiplyInto(this.work2, this.vectors, this.work);
    const w = this.work.data;
    const s = this.slowSize;
    const slow = this.slowVector.data;
    for (let i = 0; i < s; i++) {
      const t = 2 * (this.slowRows[i] * n + this.slowCols[i]);
      slow[2 * i] = w[t];
      slow[2 * i + 1] = w[t + 1];
    }
    // fast coherences: divide by the diagonal (the slow entries are overwritten below)
    const d = this.diagonal;
    for (let t = 0; t < w.length; t += 2) {
      const dr = d[t];
      const di = d[t + 1];
      const d2 = dr * dr + di * di;
      const [xr, xi] = [w[t], w[t + 1]];
      w[t] = (xr * dr + xi * di) / d2;
      w[t + 1] = (xi * dr - xr * di) / d2;
    }
    solveInPlace(this.lu, slow, s);
    for (let i = 0; i < s; i++) {
      const t = 2 * (this.slowRows[i] * n + this.slowCols[i]);
      w[t] = slow[2 * i];
      w[t + 1] = slow[2 * i + 1];
    }
    // back to the site basis: V w V†
    multiplyInto(this.vectors, this.work, this.work2);
    timesAdjointInto(this.work2, this.vectors, output);
  }
}

/** Solves (LU) y = b in place for one interleaved complex vector of length s. */
function solveInPlace(lu: LUDecomposition, b: Float64Array, s: number): void {
  const f = lu.factors.data;
  const y = new Float64Array(2 * s);
  for (let i = 0; i < s; i++) {
    y[2 * i] = b[2 * lu.pivots[i]];
    y[2 * i + 1] = b[2 * lu.pivots[i] + 1];
  }
  for (let i = 0; i < s; i++) {
    let sr = y[2 * i];
    let si = y[2 * i + 1];
    const row = 2 * i * s;
    for (let j = 0; j < i; j++) {
      const lr = f[row + 2 * j];
      const li = f[row + 2 * j + 1];
      sr -= lr * y[2 * j] - li * y[2 * j + 1];
      si -= lr * y[2 * j + 1] + li * y[2 * j];
    }
    y[2 * i] = sr;
    y[2 * i + 1] = si;
  }
  for (let i = s - 1; i >= 0; i--) {
    let sr = y[2 * i];
    let si = y[2 * i + 1];
    const row = 2 * i * s;
    for (let j = i + 1; j < s; j++) {
      const ur = f[row + 2 * j];
      const ui = f[row + 2 * j + 1];
      sr -= ur * y[2 * j] - ui * y[2 * j + 1];
      si -= ur * y[2 * j + 1] + ui * y[2 * j];
    }
    const dr = f[row + 2 * i];
    const di = f[row + 2 * i + 1];
    const d2 = dr * dr + di * di;
    y[2 * i] = (sr * dr + si * di) / d2;
    y[2 * i + 1] = (si * dr - sr * di) / d2;
  }
  b.set(y);
}

function oneNorm(m: ComplexMatrix): number {
  let best = 0;
  for (let j = 0; j < m.cols; j++) {
    let sum = 0;
    for (let i = 0; i < m.rows; i++)
      sum += Math.hypot(m.data[2 * (i * m.cols + j)], m.data[2 * (i * m.cols + j) + 1]);
    best = Math.max(best, sum);
  }
  return best;
}

/** A cheap lower estimate of ‖B⁻¹‖₁: the largest |x| of B x = e for the sign vector chosen by LAPACK's first step. */
function inverseOneNormEstimate(lu: LUDecomposition, s: number): number {
  if (lu.singular) return Number.POSITIVE_INFINITY;
  const b = new Float64Array(2 * s);
  for (let i = 0; i < s; i++) b[2 * i] = 1 / s;
  solveInPlace(lu, b, s);
  let sum = 0;
  for (let i = 0; i < s; i++) sum += Math.hypot(b[2 * i], b[2 * i + 1]);
  return sum;
}
