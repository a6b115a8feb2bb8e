import { ComplexMatrix } from "./complex-matrix.js";
import { diagonaliseTridiagonal } from "./symmetric-eigen.js";

/**
 * Eigen-decomposition of a Hermitian matrix for the larger sizes (n above a few dozen), where Jacobi's
 * O(n³) per sweep becomes slow: Householder reduction to a tridiagonal matrix T = Q†AQ (Golub & Van
 * Loan, Alg. 8.3.1, with complex reflectors H = 1 − 2vv†), a diagonal phase change D that makes T real,
 * and the implicit QL algorithm with Wilkinson shifts on the real tridiagonal matrix (tql2 of EISPACK,
 * as in JAMA), whose rotations accumulate in a real matrix Z. The eigenvectors are Q·D·Z.
 * About 9n³ floating-point operations; the input must be Hermitian (the lower triangle is used).
 * Returns eigenvalues ascending and eigenvectors in the matching columns.
 */
export function householderEigen(a: ComplexMatrix): { values: Float64Array; vectors: ComplexMatrix } {
  const n = a.rows;
  const w = a.data.slice();
  // Q accumulates the reflectors (complex, row-major interleaved).
  const q = new Float64Array(2 * n * n);
  for (let i = 0; i < n; i++) q[2 * (i * n + i)] = 1;
  const diagonal = new Float64Array(n);
  const offRe = new Float64Array(n);
  const offIm = new Float64Array(n);
  const v = new Float64Array(2 * n);
  const p = new Float64Array(2 * n);

  for (let k = 0; k < n - 2; k++) {
    // x = A[k+1:, k]
    let norm2 = 0;
    for (let i = k + 1; i < n; i++) norm2 += w[2 * (i * n + k)] ** 2 + w[2 * (i * n + k) + 1] ** 2;
    const x0r = w[2 * ((k + 1) * n + k)];
    const x0i = w[2 * ((k + 1) * n + k) + 1];
    const norm = Math.sqrt(norm2);
    const tail = norm2 - x0r * x0r - x0i * x0i;
    if (norm === 0 || tail <= 1e-300 * norm2) {
      offRe[k] = x0r;
      offIm[k] = x0i;
      continue;
    }
    // α = −e^{i arg x0}‖x‖, v = x − α e1, normalised
    const x0abs = Math.hypot(x0r, x0i);
    const phr = x0abs === 0 ? 1 : x0r / x0abs;
    const phi = x0abs === 0 ? 0 : x0i / x0abs;
    const alphaRe = -phr * norm;
    const alphaIm = -phi * norm;
    v.fill(0);
    for (let i = k + 1; i < n; i++) {
      v[2 * i] = w[2 * (i * n + k)];
      v[2 * i + 1] = w[2 * (i * n + k) + 1];
    }
    v[2 * (k + 1)] -= alphaRe;
    v[2 * (k + 1) + 1] -= alphaIm;
    let vnorm2 = 0;
    for (let i = k + 1; i < n; i++) vnorm2 += v[2 * i] ** 2 + v[2 * i + 1] ** 2;
    const vscale = 1 / Math.sqrt(vnorm2);
    for (let i = k + 1; i < n; i++) {
      v[2 * i] *= vscale;
      v[2 * i + 1] *= vscale;
    }
    // p = A22 v (A22 the trailing block, Hermitian)
    let kk = 0;
    for (let i = k + 1; i < n; i++) {
      let sr = 0;
      let si = 0;
      const row = 2 * i * n;
      for (let j = k + 1; j < n; j++) {
        const ar = w[row + 2 * j];
        const ai = w[row + 2 * j + 1];
        const vr = v[2 * j];
        const vi = v[2 * j + 1];
        sr += ar * vr - ai * vi;
        si += ar * vi + ai * vr;
      }
      p[2 * i] = sr;
      p[2 * i + 1] = si;
      // K = v†p (real for Hermitian A22)
      kk += v[2 * i] * sr + v[2 * i + 1] * si;
    }
    // w = p − K v; A22 ← A22 − 2(v w† + w v†)
    for (let i = k + 1; i < n; i++) {
      p[2 * i] -= kk * v[2 * i];
      p[2 * i + 1] -= kk * v[2 * i + 1];
    }
    for (let i = k + 1; i < n; i++) {
      const vr = v[2 * i];
      const vi = v[2 * i + 1];
      const pr = p[2 * i];
      const pi = p[2 * i + 1];
      const row = 2 * i * n;
      for (let j = k + 1; j < n; j++) {
        // v_i conj(w_j) + w_i conj(v_j)
        const wr = p[2 * j];
        const wi = p[2 * j + 1];
        const ur = v[2 * j];
        const ui = v[2 * j + 1];
        w[row + 2 * j] -= 2 * (vr * wr + vi * wi + pr * ur + pi * ui);
        w[row + 2 * j + 1] -= 2 * (vi * wr - vr * wi + pi * ur - pr * ui);
      }
    }
    offRe[k] = alphaRe;
    offIm[k] = alphaIm;
    // Q ← Q H: Q[:, k+1:] −= 2 (Q[:, k+1:] v) v†
    for (let i = 0; i < n; i++) {
      const row = 2 * i * n;
      let sr = 0;
      let si = 0;
      for (let j = k + 1; j < n; j++) {
        const qr = q[row + 2 * j];
        const qi = q[row + 2 * j + 1];
        sr += qr * v[2 * j] - qi * v[2 * j + 1];
        si += qr * v[2 * j + 1] + qi * v[2 * j];
      }
      sr *= 2;
      si *= 2;
      for (let j = k + 1; j < n; j++) {
        // −= s conj(v_j)
        q[row + 2 * j] -= sr * v[2 * j] + si * v[2 * j + 1];
        q[row + 2 * j + 1] -= si * v[2 * j] - sr * v[2 * j + 1];
      }
    }
  }
  if (n >= 2) {
    offRe[n - 2] = w[2 * ((n - 1) * n + n - 2)];
    offIm[n - 2] = w[2 * ((n - 1) * n + n - 2) + 1];
  }
  for (let i = 0; i < n; i++) diagonal[i] = w[2 * (i * n + i)];

  // Phases d_{k+1} = d_k e^{iφ_k} make the subdiagonal |e_k| real: Q ← Q D.
  const e = new Float64Array(n);
  let dr = 1;
  let di = 0;
  for (let k = 0; k < n; k++) {
    if (k > 0) {
      const size = Math.hypot(offRe[k - 1], offIm[k - 1]);
      e[k] = size;
      if (size > 0) {
        const er = offRe[k - 1] / size;
        const ei = offIm[k - 1] / size;
        [dr, di] = [dr * er - di * ei, dr * ei + di * er];
      }
    }
    if (dr === 1 && di === 0) continue;
    for (let i = 0; i < n; i++) {
      const index = 2 * (i * n + k);
      const qr = q[index];
      const qi = q[index + 1];
      q[index] = qr * dr - qi * di;
      q[index + 1] = qr * di + qi * dr;
    }
  }
  const z = new Float64Array(n * n);
  for (let i = 0; i < n; i++) z[i * n + i] = 1;
  diagonaliseTridiagonal(diagonal, e, z, n);

  // Sort ascending and form V = Q Z.
  const order = Array.from(diagonal.keys()).sort((x, y) => diagonal[x] - diagonal[y]);
  const values = Float64Array.from(order, (k) => diagonal[k]);
  const vectors = new ComplexMatrix(n, n);
  const out = vectors.data;
  const zSorted = new Float64Array(n * n);
  for (let j = 0; j < n; j++) for (let i = 0; i < n; i++) zSorted[i * n + j] = z[i * n + order[j]];
  for (let i = 0; i < n; i++) {
    const row = 2 * i * n;
    for (let k = 0; k < n; k++) {
      const qr = q[row + 2 * k];
      const qi = q[row + 2 * k + 1];
      if (qr === 0 && qi === 0) continue;
      const zrow = k * n;
      for (let j = 0; j < n; j++) {
        const zz = zSorted[zrow + j];
        out[row + 2 * j] += qr * zz;
        out[row + 2 * j + 1] += qi * zz;
      }
    }
  }
  return { values, vectors };
}
