/**
 * LU factorisation with partial pivoting of a complex banded matrix, and its solve (LAPACK zgbtrf/zgbtrs,
 * Golub & Van Loan Alg. 4.3.1 with row interchanges): lower bandwidth kl, upper ku; row interchanges
 * within the band widen the upper part to kl + ku, which the storage has room for. Row i of the storage
 * holds columns i − kl … i + kl + ku, complex interleaved: 2·(2kl + ku + 1) doubles per row. Cost
 * m·kl·(kl + ku) complex multiply-adds.
 */
export class BandedLU {
  readonly width: number;
  readonly data: Float64Array;
  readonly pivots: Int32Array;
  /** Smallest and largest |u_kk| after factorising (their ratio flags a singular matrix). */
  smallestPivot = Number.POSITIVE_INFINITY;
  largestPivot = 0;

  constructor(
    readonly size: number,
    readonly lower: number,
    readonly upper: number,
  ) {
    this.width = 2 * lower + upper + 1;
    this.data = new Float64Array(2 * size * this.width);
    this.pivots = new Int32Array(size);
  }

  /** Bytes the storage of a size×size matrix with these bandwidths takes. */
  static bytes(size: number, lower: number, upper: number): number {
    return 16 * size * (2 * lower + upper + 1);
  }

  /** A[i, j] += re + i·im (|i − j| within the bandwidths given to the constructor). */
  add(i: number, j: number, re: number, im: number): void {
    const at = 2 * (i * this.width + j - i + this.lower);
    this.data[at] += re;
    this.data[at + 1] += im;
  }

  /** Factorises in place. */
  factorise(): void {
    const { size: m, lower: kl, width: w, data: a } = this;
    const kuFill = kl + this.upper;
    const index = (i: number, j: number) => 2 * (i * w + j - i + kl);
    for (let k = 0; k < m; k++) {
      const last = Math.min(k + kl, m - 1);
      let pivot = k;
      let best = -1;
      for (let i = k; i <= last; i++) {
        const at = index(i, k);
        const size = Math.hypot(a[at], a[at + 1]);
        if (size > best) {
          best = size;
          pivot = i;
        }
      }
      this.pivots[k] = pivot;
      this.smallestPivot = Math.min(this.smallestPivot, best);
      this.largestPivot = Math.max(this.largestPivot, best);
      const end = Math.min(k + kuFill, m - 1);
      if (pivot !== k) {
        for (let j = k; j <= end; j++) {
          const p = index(pivot, j);
          const q = index(k, j);
          const [re, im] = [a[p], a[p + 1]];
          a[p] = a[q];
          a[p + 1] = a[q + 1];
          a[q] = re;
          a[q + 1] = im;
        }
      }
      if (best === 0) continue;
      const d = index(k, k);
      const norm = a[d] * a[d] + a[d + 1] * a[d + 1];
      const invRe = a[d] / norm;
      const invIm = -a[d + 1] / norm;
      for (let i = k + 1; i <= last; i++) {
        const at = index(i, k);
        const lr = a[at] * invRe - a[at + 1] * invIm;
        const li = a[at] * invIm + a[at + 1] * invRe;
        a[at] = lr;
        a[at + 1] = li;
        if (lr === 0 && li === 0) continue;
        // A[i, j] −= l·A[k, j]; index(r, j) = index(r, 0) + 2j along a row
        const row = index(i, 0);
        const pivotRow = index(k, 0);
        for (let j = k + 1; j <= end; j++) {
          const u = pivotRow + 2 * j;
          const t = row + 2 * j;
          const ur = a[u];
          const ui = a[u + 1];
          a[t] -= lr * ur - li * ui;
          a[t + 1] -= lr * ui + li * ur;
        }
      }
    }
  }

  /** Solves A x = b in place (b interleaved complex, length 2·size), after factorise(). */
  solveInPlace(b: Float64Array): Float64Array {
    const { size: m, lower: kl, width: w, data: a } = this;
    const kuFill = kl + this.upper;
    const index = (i: number, j: number) => 2 * (i * w + j - i + kl);
    for (let k = 0; k < m; k++) {
      const p = this.pivots[k];
      if (p !== k) {
        const [re, im] = [b[2 * p], b[2 * p + 1]];
        b[2 * p] = b[2 * k];
        b[2 * p + 1] = b[2 * k + 1];
        b[2 * k] = re;
        b[2 * k + 1] = im;
      }
      const [xr, xi] = [b[2 * k], b[2 * k + 1]];
      for (let i = k + 1; i <= Math.min(k + kl, m - 1); i++) {
        const at = index(i, k);
        b[2 * i] -= a[at] * xr - a[at + 1] * xi;
        b[2 * i + 1] -= a[at] * xi + a[at + 1] * xr;
      }
    }
    for (let k = m - 1; k >= 0; k--) {
      let sr = b[2 * k];
      let si = b[2 * k + 1];
      for (let j = k + 1; j <= Math.min(k + kuFill, m - 1); j++) {
        const at = index(k, j);
        sr -= a[at] * b[2 * j] - a[at + 1] * b[2 * j + 1];
        si -= a[at] * b[2 * j + 1] + a[at + 1] * b[2 * j];
      }
      const d = index(k, k);
      const norm = a[d] * a[d] + a[d + 1] * a[d + 1];
      b[2 * k] = (sr * a[d] + si * a[d + 1]) / norm;
      b[2 * k + 1] = (si * a[d] - sr * a[d + 1]) / norm;
    }
    return b;
  }
}
