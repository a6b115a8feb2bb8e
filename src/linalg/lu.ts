import { ComplexMatrix } from "./complex-matrix.js";

/**
 * LU decomposition with partial (row) pivoting, P·A = L·U, stored compactly: `factors` holds U on and
 * above the diagonal and the multipliers of the unit lower-triangular L below it; row k of P·A is row
 * `pivots[k]` of A; `sign` is det P = ±1. `singular` is true when a pivot is exactly zero.
 */
export interface LUDecomposition {
  factors: ComplexMatrix;
  pivots: Int32Array;
  sign: number;
  singular: boolean;
}

/** Doolittle elimination with partial pivoting on the largest |a_ik| (Golub & Van Loan, Alg. 3.4.1). */
export function luDecompose(a: ComplexMatrix): LUDecomposition {
  if (a.rows !== a.cols) {
    throw new RangeError(`invalid argument. Matrix to decompose must be square. Value: ${a.rows}x${a.cols}.`);
  }
  const n = a.rows;
  const factors = a.clone();
  const w = factors.data;
  const pivots = new Int32Array(n);
  for (let i = 0; i < n; i++) pivots[i] = i;
  let sign = 1;
  let singular = false;
  for (let k = 0; k < n; k++) {
    let best = k;
    let bestSize = -1;
    for (let i = k; i < n; i++) {
      const size = Math.abs(w[2 * (i * n + k)]) + Math.abs(w[2 * (i * n + k) + 1]);
      if (size > bestSize) {
        bestSize = size;
        best = i;
      }
    }
    if (best !== k) {
      for (let j = 0; j < 2 * n; j++) {
        const t = w[2 * k * n + j];
        w[2 * k * n + j] = w[2 * best * n + j];
        w[2 * best * n + j] = t;
      }
      const t = pivots[k];
      pivots[k] = pivots[best];
      pivots[best] = t;
      sign = -sign;
    }
    const pr = w[2 * (k * n + k)];
    const pi = w[2 * (k * n + k) + 1];
    const pivotNormSquared = pr * pr + pi * pi;
    if (pivotNormSquared === 0) {
      singular = true;
      continue;
    }
    // 1/pivot
    const ir = pr / pivotNormSquared;
    const ii = -pi / pivotNormSquared;
    for (let i = k + 1; i < n; i++) {
      const ik = 2 * (i * n + k);
      const xr = w[ik];
      const xi = w[ik + 1];
      const mr = xr * ir - xi * ii;
      const mi = xr * ii + xi * ir;
      w[ik] = mr;
      w[ik + 1] = mi;
      if (mr === 0 && mi === 0) continue;
      for (let j = k + 1; j < n; j++) {
        const ij = 2 * (i * n + j);
        const kj = 2 * (k * n + j);
        const ur = w[kj];
        const ui = w[kj + 1];
        w[ij] -= mr * ur - mi * ui;
        w[ij + 1] -= mr * ui + mi * ur;
      }
    }
  }
  return { factors, pivots, sign, singular };
}

/** Solves A·X = B for X given the decomposition of A (forward then back substitution, column by column). */
export function luSolve(decomposition: LUDecomposition, b: ComplexMatrix): ComplexMatrix {
  const { factors, pivots } = decomposition;
  const n = factors.rows;
  if (b.rows !== n) {
    throw new RangeError(
      `invalid argument. Right-hand side must have ${n} rows. Value: ${b.rows}x${b.cols}.`,
    );
  }
  if (decomposition.singular) {
    throw new RangeError("invalid argument. Matrix is singular (an exact zero pivot); cannot solve.");
  }
  const m = b.cols;
  const w = factors.data;
  const x = new ComplexMatrix(n, m);
  const xd = x.data;
  const bd = b.data;
  for (let i = 0; i < n; i++) {
    const from = 2 * pivots[i] * m;
    for (let j = 0; j < 2 * m; j++) xd[2 * i * m + j] = bd[from + j];
  }
  // L y = P b (unit diagonal)
  for (let k = 0; k < n; k++) {
    for (let i = k + 1; i < n; i++) {
      const lr = w[2 * (i * n + k)];
      const li = w[2 * (i * n + k) + 1];
      if (lr === 0 && li === 0) continue;
      for (let j = 0; j < 2 * m; j += 2) {
        const yr = xd[2 * k * m + j];
        const yi = xd[2 * k * m + j + 1];
        xd[2 * i * m + j] -= lr * yr - li * yi;
        xd[2 * i * m + j + 1] -= lr * yi + li * yr;
      }
    }
  }
  // U x = y
  for (let k = n - 1; k >= 0; k--) {
    const pr = w[2 * (k * n + k)];
    const pi = w[2 * (k * n + k) + 1];
    const d = pr * pr + pi * pi;
    const ir = pr / d;
    const ii = -pi / d;
    for (let j = 0; j < 2 * m; j += 2) {
      const yr = xd[2 * k * m + j];
      const yi = xd[2 * k * m + j + 1];
      xd[2 * k * m + j] = yr * ir - yi * ii;
      xd[2 * k * m + j + 1] = yr * ii + yi * ir;
    }
    for (let i = 0; i < k; i++) {
      const ur = w[2 * (i * n + k)];
      const ui = w[2 * (i * n + k) + 1];
      if (ur === 0 && ui === 0) continue;
      for (let j = 0; j < 2 * m; j += 2) {
        const yr = xd[2 * k * m + j];
        const yi = xd[2 * k * m + j + 1];
        xd[2 * i * m + j] -= ur * yr - ui * yi;
        xd[2 * i * m + j + 1] -= ur * yi + ui * yr;
      }
    }
  }
  return x;
}

/** X = A⁻¹B. Throws a RangeError when A is exactly singular. */
export function solve(a: ComplexMatrix, b: ComplexMatrix): ComplexMatrix {
  return luSolve(luDecompose(a), b);
}

/** A⁻¹. Throws a RangeError when A is exactly singular. */
export function inverse(a: ComplexMatrix): ComplexMatrix {
  return luSolve(luDecompose(a), ComplexMatrix.identity(a.rows));
}

/** det A = det P · Π u_kk, as [re, im]. */
export function determinant(a: ComplexMatrix): [number, number] {
  const { factors, sign } = luDecompose(a);
  const n = factors.rows;
  let re = sign;
  let im = 0;
  for (let k = 0; k < n; k++) {
    const ur = factors.re(k, k);
    const ui = factors.im(k, k);
    const nextRe = re * ur - im * ui;
    im = re * ui + im * ur;
    re = nextRe;
  }
  return [re, im];
}
