import { type ComplexMatrix, multiply, scale } from "../linalg/complex-matrix.js";
import { expm } from "../linalg/expm.js";
import { matrixTimesVector } from "../linalg/dense-products.js";

/**
 * The two-time correlation g(τ) = Tr[Π⁺ E(τ)(Π⁺ ρ_ss)] of paper 000 eq. (20), computed directly from
 * the generator, E(τ) = exp(Lτ) (eq. (3) with eq. (2)), in the column-stacking convention
 * vec(X)[i + j·n] = X_ij. Writing g(τ) = a·exp(Lτ)·v with the row a_{i+jn} = Π⁺_ji (so that
 * a·vec(X) = Tr[Π⁺X]) and v = vec(Π⁺ρ_ss), the derivatives are g⁽ᵐ⁾(τ) = (a Lᵐ)·exp(Lτ)·v.
 * One matrix exponential gives g, g′ and g″ at a time, which is what the maximum refinement needs.
 */
export class GeneratorCorrelation {
  /** p₊ = Tr[Π⁺ ρ_ss], the stationary probability of the outcome +1 (eq. (16)). */
  readonly pPlus: number;
  readonly liouvillian: ComplexMatrix;
  /** v = vec(Π⁺ρ_ss), the state the second measurement starts from (unnormalised). */
  readonly initialVector: Float64Array;
  /** a, aL, aL² as interleaved complex rows. */
  private readonly readout: Float64Array[];

  constructor(liouvillian: ComplexMatrix, projectorPlus: ComplexMatrix, rhoSS: ComplexMatrix) {
    const n = projectorPlus.rows;
    if (liouvillian.rows !== n * n || rhoSS.rows !== n) {
      throw new RangeError(
        `invalid argument. Liouvillian, projector and state must match (n² = ${n * n}). Value: ${liouvillian.rows}, ${n}, ${rhoSS.rows}.`,
      );
    }
    this.liouvillian = liouvillian;
    this.initialVector = columnStack(multiply(projectorPlus, rhoSS));
    const a = new Float64Array(2 * n * n);
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) {
        a[2 * (i + j * n)] = projectorPlus.data[2 * (j * n + i)];
        a[2 * (i + j * n) + 1] = projectorPlus.data[2 * (j * n + i) + 1];
      }
    }
    const aL = rowTimesMatrix(a, liouvillian);
    this.readout = [a, aL, rowTimesMatrix(aL, liouvillian)];
    this.pPlus = dotRe(a, columnStack(rhoSS));
  }

  /** exp(Lτ)·v. */
  evolvedVector(tau: number): Float64Array {
    return matrixTimesVector(expm(scale(this.liouvillian, tau)), this.initialVector);
  }

  /** g(τ) as [Re, Im]. */
  g(tau: number): [number, number] {
    return dot(this.readout[0], this.evolvedVector(tau));
  }

  /** Re g, Re g′, Re g″ at τ (one matrix exponential). */
  realDerivatives(tau: number): [number, number, number] {
    const w = this.evolvedVector(tau);
    return [dotRe(this.readout[0], w), dotRe(this.readout[1], w), dotRe(this.readout[2], w)];
  }

  /**
   * Re g at τ and 2τ with their first two derivatives, from one exponential E = exp(Lτ):
   * exp(2Lτ)v = E(Ev). Returns [[g, g′, g″](τ), [g, g′, g″](2τ)] (real parts).
   */
  realDerivativesAtTauAndTwoTau(tau: number): [[number, number, number], [number, number, number]] {
    const propagator = expm(scale(this.liouvillian, tau));
    const w1 = matrixTimesVector(propagator, this.initialVector);
    const w2 = matrixTimesVector(propagator, w1);
    const [a, aL, aLL] = this.readout;
    return [
      [dotRe(a, w1), dotRe(aL, w1), dotRe(aLL, w1)],
      [dotRe(a, w2), dotRe(aL, w2), dotRe(aLL, w2)],
    ];
  }

  /** Re g at τ = k·step for k = 0 … count−1 (one exponential, then one matrix-vector product per step). */
  realOnGrid(step: number, count: number): Float64Array {
    const grid = this.realGrid(step);
    const out = new Float64Array(count);
    for (let k = 0; k < count; k++) out[k] = grid(k);
    return out;
  }

  /** Re g(k·step) as a function of k, extended on demand (for scans that stop early). */
  realGrid(step: number): (k: number) => number {
    const propagator = expm(scale(this.liouvillian, step));
    const values: number[] = [];
    let w = this.initialVector;
    return (k) => {
      while (values.length <= k) {
        if (values.length > 0) w = matrixTimesVector(propagator, w);
        values.push(dotRe(this.readout[0], w));
      }
      return values[k];
    };
  }

  /** Re g″(0) = Re Tr[Π⁺ L²(Π⁺ρ_ss)]. */
  secondDerivativeAtZero(): number {
    return dotRe(this.readout[2], this.initialVector);
  }
}

function columnStack(x: ComplexMatrix): Float64Array {
  const n = x.rows;
  const out = new Float64Array(2 * n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      out[2 * (i + j * n)] = x.data[2 * (i * n + j)];
      out[2 * (i + j * n) + 1] = x.data[2 * (i * n + j) + 1];
    }
  }
  return out;
}

function rowTimesMatrix(a: Float64Array, m: ComplexMatrix): Float64Array {
  const size = m.rows;
  const d = m.data;
  const out = new Float64Array(2 * size);
  for (let r = 0; r < size; r++) {
    const ar = a[2 * r];
    const ai = a[2 * r + 1];
    if (ar === 0 && ai === 0) continue;
    const row = 2 * r * size;
    for (let c = 0; c < size; c++) {
      const mr = d[row + 2 * c];
      const mi = d[row + 2 * c + 1];
      out[2 * c] += ar * mr - ai * mi;
      out[2 * c + 1] += ar * mi + ai * mr;
    }
  }
  return out;
}

/** Σ_k a_k x_k (no conjugation) as [Re, Im]. */
function dot(a: Float64Array, x: Float64Array): [number, number] {
  let re = 0;
  let im = 0;
  for (let k = 0; k < a.length; k += 2) {
    re += a[k] * x[k] - a[k + 1] * x[k + 1];
    im += a[k] * x[k + 1] + a[k + 1] * x[k];
  }
  return [re, im];
}

function dotRe(a: Float64Array, x: Float64Array): number {
  let re = 0;
  for (let k = 0; k < a.length; k += 2) re += a[k] * x[k] - a[k + 1] * x[k + 1];
  return re;
}
