/** Eigenvalues ascending and orthonormal eigenvectors in the matching columns. */
export interface SymmetricEigenDecomposition {
  /** Eigenvalues ascending. */
  values: Float64Array;
  /** n×n row-major; column k is the unit eigenvector of values[k]. */
  vectors: Float64Array;
}

/** Bound on the total number of QL sweeps per dimension, as in LAPACK's dsteqr (EISPACK: per eigenvalue). */
const SWEEPS_PER_DIMENSION = 30;

/**
 * Eigen-decomposition A = V diag(λ) Vᵀ of a dense real symmetric matrix, for the real blocks of
 * Hamiltonians (spin chains: blocks up to n ≈ 1000). The complex path of eigen.ts
 * (householder-eigen.ts) does four real multiplications per complex one and moves twice the memory; on
 * a real matrix this one is ≈ 4× faster (n = 256, bench/symmetric-eigen.bench.ts).
 *
 * Householder reduction to a tridiagonal T = QᵀAQ with Q accumulated (Golub & Van Loan, Alg. 8.3.1;
 * EISPACK tred2), then the implicit QL algorithm with Wilkinson-type shifts on T, whose rotations are
 * accumulated into Q (Golub & Van Loan §8.3; EISPACK tql2), exactly as in JAMA's
 * EigenvalueDecomposition for symmetric matrices. Cost: (4/3)n³ flops for the reduction, (4/3)n³ to
 * form Q and 3n³ per QL sweep per eigenvalue (6 flops per rotation and row), with ≈ 1.9 sweeps per
 * eigenvalue on random matrices: ≈ 8.5n³ in all, two thirds of it (and half of the time) in rotations.
 *
 * The loops are JAMA's, reorganised for contiguous memory with bit-identical results: tred2 works on
 * Vᵀ, where JAMA's loops down a column of V run along a row, and QL on V, applying all rotations of one
 * sweep to one row at a time (applySweep). Throws a RangeError for a length other than n², a non-finite
 * entry, or (not seen in practice) a QL iteration that has not converged after 30n sweeps.
 *
 * `a`: n×n row-major symmetric (only the lower triangle is read); not modified.
 */
export function symmetricEigen(a: Float64Array, n: number): SymmetricEigenDecomposition {
  if (!Number.isInteger(n) || n < 0) {
    throw new RangeError(`invalid argument. Dimension must be a non-negative integer. Value: ${n}.`);
  }
  if (a.length !== n * n) {
    throw new RangeError(`invalid argument. Matrix length must be n² = ${n * n}. Value: ${a.length}.`);
  }
  if (n === 0) return { values: new Float64Array(0), vectors: new Float64Array(0) };
  const vt = new Float64Array(n * n);
  const exponent = loadScaledTranspose(a, n, vt);
  const d = new Float64Array(n);
  const e = new Float64Array(n);
  tridiagonalise(vt, n, d, e);
  const v = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let k = 0; k < n; k++) v[k * n + i] = vt[i * n + k];
  diagonaliseTridiagonal(d, e, v, n);
  const order = Array.from(d.keys()).sort((x, y) => d[x] - d[y]);
  const unscale = 2 ** exponent;
  const values = Float64Array.from(order, (k) => d[k] * unscale);
  const vectors = new Float64Array(n * n);
  for (let row = 0; row < n * n; row += n) {
    for (let k = 0; k < n; k++) vectors[row + k] = v[row + order[k]];
  }
  return { values, vectors };
}

/**
 * Validates the lower triangle of `a` and writes it, times 2^−exponent, into the upper triangle of
 * `vt` (vt = Aᵀ): a power of two (exact) that makes the largest entry of order one, so that tred2's sums
 * and tql2's convergence threshold neither overflow nor underflow. Returns the exponent, at least −1000
 * so that 2^−exponent is finite.
 */
function loadScaledTranspose(a: Float64Array, n: number, vt: Float64Array): number {
  let largest = 0;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      const size = Math.abs(a[i * n + j]);
      if (!(size <= Number.MAX_VALUE)) {
        throw new RangeError(
          `invalid argument. Symmetric matrix must have finite entries. Value: ${a[i * n + j]} at (${i}, ${j}).`,
        );
      }
      if (size > largest) largest = size;
    }
  }
  const exponent = largest > 0 ? Math.max(Math.floor(Math.log2(largest)), -1000) : 0;
  const factor = 2 ** -exponent;
  for (let i = 0; i < n; i++) for (let j = 0; j <= i; j++) vt[j * n + i] = a[i * n + j] * factor;
  return exponent;
}

/**
 * tred2 on vt = Vᵀ (vt[j*n + k] is JAMA's V[k][j]): on return d is the diagonal of T, e[1..n−1]
 * its subdiagonal, and vt = Qᵀ. Rows are taken in pairs (fours when forming Q): the pair shares the
 * loads of d, e or the reflector and has independent running sums, each summed in JAMA's order.
 */
function tridiagonalise(vt: Float64Array, n: number, d: Float64Array, e: Float64Array): void {
  for (let j = 0; j < n; j++) d[j] = vt[j * n + n - 1];
  for (let i = n - 1; i > 0; i--) {
    const rowI = i * n;
    let scale = 0;
    let h = 0;
    for (let k = 0; k < i; k++) scale += Math.abs(d[k]);
    if (scale === 0) {
      e[i] = d[i - 1];
      for (let j = 0; j < i; j++) {
        d[j] = vt[j * n + i - 1];
        vt[j * n + i] = 0;
        vt[rowI + j] = 0;
      }
      d[i] = h;
      continue;
    }
    // Householder vector u = x − αe_{i−1} in d (x the scaled column), H = 1 − uuᵀ/h.
    for (let k = 0; k < i; k++) {
      d[k] /= scale;
      h += d[k] * d[k];
    }
    let f = d[i - 1];
    let g = Math.sqrt(h);
    if (f > 0) g = -g;
    e[i] = scale * g;
    h -= f * g;
    d[i - 1] = f - g;
    // e = A u (A the leading i×i block, its lower triangle in the upper triangle of vt); u kept in row i.
    e.fill(0, 0, i);
    let j = 0;
    for (; j + 1 < i; j += 2) {
      const r0 = j * n;
      const r1 = r0 + n;
      const f0 = d[j];
      const f1 = d[j + 1];
      vt[rowI + j] = f0;
      vt[rowI + j + 1] = f1;
      const x = vt[r0 + j + 1];
      let g0 = e[j] + vt[r0 + j] * f0 + x * f1;
      e[j + 1] += x * f0;
      let g1 = e[j + 1] + vt[r1 + j + 1] * f1;
      for (let k = j + 2; k < i; k++) {
        const x0 = vt[r0 + k];
        const x1 = vt[r1 + k];
        const dk = d[k];
        g0 += x0 * dk;
        g1 += x1 * dk;
        e[k] = e[k] + x0 * f0 + x1 * f1;
      }
      e[j] = g0;
      e[j + 1] = g1;
    }
    if (j < i) {
      f = d[j];
      vt[rowI + j] = f;
      e[j] += vt[j * n + j] * f;
    }
    // p = A u/h, K = uᵀp/2h, q = p − K u; A ← A − u qᵀ − q uᵀ; d ← the next column.
    f = 0;
    for (let k = 0; k < i; k++) {
      e[k] /= h;
      f += e[k] * d[k];
    }
    const hh = f / (h + h);
    for (let k = 0; k < i; k++) e[k] -= hh * d[k];
    for (j = 0; j + 1 < i; j += 2) {
      const r0 = j * n;
      const r1 = r0 + n;
      const f0 = d[j];
      const g0 = e[j];
      const f1 = d[j + 1];
      const g1 = e[j + 1];
      vt[r0 + j] -= f0 * g0 + g0 * f0;
      for (let k = j + 1; k < i; k++) {
        const ek = e[k];
        const dk = d[k];
        vt[r0 + k] -= f0 * ek + g0 * dk;
        vt[r1 + k] -= f1 * ek + g1 * dk;
      }
      d[j] = vt[r0 + i - 1];
      d[j + 1] = vt[r1 + i - 1];
      vt[r0 + i] = 0;
      vt[r1 + i] = 0;
    }
    if (j < i) {
      const r0 = j * n;
      vt[r0 + j] -= d[j] * e[j] + e[j] * d[j];
      d[j] = vt[r0 + j];
      vt[r0 + i] = 0;
    }
    d[i] = h;
  }
  // Q = H_{n−1}⋯H_1, built up from the leading corner: vt ← vt(1 − u dᵀ) for each stored u.
  for (let i = 0; i < n - 1; i++) {
    const row = i * n;
    const next = row + n;
    vt[row + n - 1] = vt[row + i];
    vt[row + i] = 1;
    const h = d[i + 1];
    if (h !== 0) {
      for (let k = 0; k <= i; k++) d[k] = vt[next + k] / h;
      let j = 0;
      for (; j + 3 <= i; j += 4) {
        const r0 = j * n;
        const r1 = r0 + n;
        const r2 = r1 + n;
        const r3 = r2 + n;
        let g0 = 0;
        let g1 = 0;
        let g2 = 0;
        let g3 = 0;
        for (let k = 0; k <= i; k++) {
          const u = vt[next + k];
          g0 += u * vt[r0 + k];
          g1 += u * vt[r1 + k];
          g2 += u * vt[r2 + k];
          g3 += u * vt[r3 + k];
        }
        for (let k = 0; k <= i; k++) {
          const dk = d[k];
          vt[r0 + k] -= g0 * dk;
          vt[r1 + k] -= g1 * dk;
          vt[r2 + k] -= g2 * dk;
          vt[r3 + k] -= g3 * dk;
        }
      }
      for (; j <= i; j++) {
        const rowJ = j * n;
        let g = 0;
        for (let k = 0; k <= i; k++) g += vt[next + k] * vt[rowJ + k];
        for (let k = 0; k <= i; k++) vt[rowJ + k] -= g * d[k];
      }
    }
    vt.fill(0, next, next + i + 1);
  }
  for (let j = 0; j < n; j++) {
    d[j] = vt[j * n + n - 1];
    vt[j * n + n - 1] = 0;
  }
  vt[n * n - 1] = 1;
  e[0] = 0;
}

/**
 * tql2 (n ≥ 1): d the diagonal, e[1..n−1] the subdiagonal; on return d holds the eigenvalues
 * (unsorted) and the columns of v (row-major, on entry Q) the eigenvectors. Throws a RangeError after
 * 30n sweeps. Also the last step of the complex Hermitian path (householder-eigen.ts), whose
 * tridiagonal matrix is made real by a phase change.
 */
export function diagonaliseTridiagonal(d: Float64Array, e: Float64Array, v: Float64Array, n: number): void {
  for (let i = 1; i < n; i++) e[i - 1] = e[i];
  e[n - 1] = 0;
  const cosines = new Float64Array(n);
  const sines = new Float64Array(n);
  const limit = SWEEPS_PER_DIMENSION * n;
  let sweeps = 0;
  let f = 0;
  let tst1 = 0;
  const eps = 2 ** -52;
  for (let l = 0; l < n; l++) {
    // Find a negligible subdiagonal element e[m], m ≥ l (e[n−1] = 0).
    tst1 = Math.max(tst1, Math.abs(d[l]) + Math.abs(e[l]));
    let m = l;
    while (m < n - 1 && Math.abs(e[m]) > eps * tst1) m++;
    // Sweep on rows and columns l..m until e[l] is negligible: d[l] is then an eigenvalue.
    if (m > l) {
      do {
        if (++sweeps > limit) {
          throw new RangeError(
            `invalid argument. QL iteration must converge within 30n sweeps. Value: eigenvalue ${l} of ${n} not converged after ${limit} sweeps.`,
          );
        }
        let g = d[l];
        let p = (d[l + 1] - g) / (2 * e[l]);
        let r = Math.hypot(p, 1);
        if (p < 0) r = -r;
        d[l] = e[l] / (p + r);
        d[l + 1] = e[l] * (p + r);
        const dl1 = d[l + 1];
        let h = g - d[l];
        for (let i = l + 2; i < n; i++) d[i] -= h;
        f += h;
        p = d[m];
        let c = 1;
        let c2 = c;
        let c3 = c;
        const el1 = e[l + 1];
        let s = 0;
        let s2 = 0;
        for (let i = m - 1; i >= l; i--) {
          c3 = c2;
          c2 = c;
          s2 = s;
          g = c * e[i];
          h = c * p;
          r = Math.hypot(p, e[i]);
          e[i + 1] = s * r;
          s = e[i] / r;
          c = p / r;
          p = c * d[i] - s * g;
          d[i + 1] = h + s * (c * g + s * d[i]);
          cosines[i] = c;
          sines[i] = s;
        }
        applySweep(v, n, l, m, cosines, sines);
        p = (-s * s2 * c3 * el1 * e[l]) / dl1;
        e[l] = s * p;
        d[l] = c * p;
      } while (Math.abs(e[l]) > eps * tst1);
    }
    d[l] += f;
    e[l] = 0;
  }
}

/**
 * Applies the rotations i = m−1, …, l of one sweep to columns i, i+1 of v, a row at a time: along a
 * row the rotated column i+1 is final after rotation i, and column i goes on to rotation i−1 in a
 * register, so each element is loaded and stored once. Four rows at a time hide the latency of those
 * carried values. The rotations of a random 924×924 matrix take 0.65 s so, against 0.86 s applied in
 * JAMA's order to rows of Vᵀ and 1.1 s in JAMA's order to columns of V.
 */
function applySweep(
  v: Float64Array,
  n: number,
  l: number,
  m: number,
  cosines: Float64Array,
  sines: Float64Array,
): void {
  let k = 0;
  for (; k + 3 < n; k += 4) {
    const r0 = k * n;
    const r1 = r0 + n;
    const r2 = r1 + n;
    const r3 = r2 + n;
    let p0 = v[r0 + m];
    let p1 = v[r1 + m];
    let p2 = v[r2 + m];
    let p3 = v[r3 + m];
    for (let i = m - 1; i >= l; i--) {
      const c = cosines[i];
      const s = sines[i];
      const x0 = v[r0 + i];
      const x1 = v[r1 + i];
      const x2 = v[r2 + i];
      const x3 = v[r3 + i];
      v[r0 + i + 1] = s * x0 + c * p0;
      v[r1 + i + 1] = s * x1 + c * p1;
      v[r2 + i + 1] = s * x2 + c * p2;
      v[r3 + i + 1] = s * x3 + c * p3;
      p0 = c * x0 - s * p0;
      p1 = c * x1 - s * p1;
      p2 = c * x2 - s * p2;
      p3 = c * x3 - s * p3;
    }
    v[r0 + l] = p0;
    v[r1 + l] = p1;
    v[r2 + l] = p2;
    v[r3 + l] = p3;
  }
  for (; k < n; k++) {
    const row = k * n;
    let p = v[row + m];
    for (let i = m - 1; i >= l; i--) {
      const x = v[row + i];
      v[row + i + 1] = sines[i] * x + cosines[i] * p;
      p = cosines[i] * x - sines[i] * p;
    }
    v[row + l] = p;
  }
}
