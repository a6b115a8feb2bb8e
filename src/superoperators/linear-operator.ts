import { ComplexMatrix } from "../linalg/complex-matrix.js";
import { adjointTimesInto } from "../linalg/dense-products.js";

/**
 * What a superoperator needs of an operator A on the Hilbert space: its action from the left and from the
 * right on n×m and m×n matrices, and its dense matrix for small systems. Symbolic operators
 * (src/operators/operator.ts) and dense matrices (DenseOperator) both provide it.
 */
export interface LinearOperator {
  readonly dimension: number;
  /** out += (cr + i ci)·A·x. */
  multiplyLeftInto(x: ComplexMatrix, out: ComplexMatrix, cr?: number, ci?: number): ComplexMatrix;
  /** out += (cr + i ci)·x·A, or x·A† with `adjoint`. */
  multiplyRightInto(
    x: ComplexMatrix,
    out: ComplexMatrix,
    cr?: number,
    ci?: number,
    adjoint?: boolean,
  ): ComplexMatrix;
  /** The n×n matrix (may refuse large systems with a RangeError). */
  dense(): ComplexMatrix;
  /** Calls visit(row, col, re, im) for the stored non-zeros (an entry may come in several calls, summed). */
  forEachEntry(visit: (row: number, col: number, re: number, im: number) => void): void;
}

/** A dense n×n matrix as a LinearOperator: each action is one matrix product, O(n²·m). */
export class DenseOperator implements LinearOperator {
  constructor(readonly matrix: ComplexMatrix) {
    if (matrix.rows !== matrix.cols) {
      throw new RangeError(
        `invalid argument. An operator must be square. Value: ${matrix.rows}x${matrix.cols}.`,
      );
    }
  }

  get dimension(): number {
    return this.matrix.rows;
  }

  dense(): ComplexMatrix {
    return this.matrix;
  }

  forEachEntry(visit: (row: number, col: number, re: number, im: number) => void): void {
    const n = this.dimension;
    const d = this.matrix.data;
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) {
        const [re, im] = [d[2 * (i * n + j)], d[2 * (i * n + j) + 1]];
        if (re !== 0 || im !== 0) visit(i, j, re, im);
      }
    }
  }

  multiplyLeftInto(x: ComplexMatrix, out: ComplexMatrix, cr = 1, ci = 0): ComplexMatrix {
    const n = this.dimension;
    const m = x.cols;
    const A = this.matrix.data;
    const X = x.data;
    const Y = out.data;
    for (let i = 0; i < n; i++) {
      const row = 2 * i * m;
      for (let k = 0; k < n; k++) {
        const ar = A[2 * (i * n + k)];
        const ai = A[2 * (i * n + k) + 1];
        if (ar === 0 && ai === 0) continue;
        const vr = cr * ar - ci * ai;
        const vi = cr * ai + ci * ar;
        const from = 2 * k * m;
        for (let j = 0; j < 2 * m; j += 2) {
          const xr = X[from + j];
          const xi = X[from + j + 1];
          Y[row + j] += vr * xr - vi * xi;
          Y[row + j + 1] += vr * xi + vi * xr;
        }
      }
    }
    return out;
  }

  multiplyRightInto(x: ComplexMatrix, out: ComplexMatrix, cr = 1, ci = 0, adjoint = false): ComplexMatrix {
    const n = this.dimension;
    const m = x.rows;
    const A = this.matrix.data;
    const X = x.data;
    const Y = out.data;
    if (!adjoint) {
      // out[i, :] += c·x[i, k]·A[k, :]
      for (let i = 0; i < m; i++) {
        const row = 2 * i * n;
        for (let k = 0; k < n; k++) {
          const xr = X[row + 2 * k];
          const xi = X[row + 2 * k + 1];
          if (xr === 0 && xi === 0) continue;
          const vr = cr * xr - ci * xi;
          const vi = cr * xi + ci * xr;
          const from = 2 * k * n;
          for (let j = 0; j < 2 * n; j += 2) {
            const ar = A[from + j];
            const ai = A[from + j + 1];
            Y[row + j] += vr * ar - vi * ai;
            Y[row + j + 1] += vr * ai + vi * ar;
          }
        }
      }
      return out;
    }
    // out[i, j] += c·Σ_k x[i, k]·conj(A[j, k])
    for (let i = 0; i < m; i++) {
      const row = 2 * i * n;
      for (let j = 0; j < n; j++) {
        const arow = 2 * j * n;
        let sr = 0;
        let si = 0;
        for (let k = 0; k < 2 * n; k += 2) {
          const xr = X[row + k];
          const xi = X[row + k + 1];
          const ar = A[arow + k];
          const ai = A[arow + k + 1];
          sr += xr * ar + xi * ai;
          si += xi * ar - xr * ai;
        }
        Y[row + 2 * j] += cr * sr - ci * si;
        Y[row + 2 * j + 1] += cr * si + ci * sr;
      }
    }
    return out;
  }
}

/** V†AV: the operator in the orthonormal basis of V's columns (e.g. the eigenbasis of H_S). */
export function inBasis(operator: LinearOperator, vectors: ComplexMatrix): ComplexMatrix {
  const n = operator.dimension;
  const av = operator.multiplyLeftInto(vectors, new ComplexMatrix(n, vectors.cols));
  return adjointTimesInto(vectors, av, new ComplexMatrix(vectors.cols, vectors.cols));
}
