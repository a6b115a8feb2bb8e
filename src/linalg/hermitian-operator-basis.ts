import { ComplexMatrix, scale } from "./complex-matrix.js";

/**
 * The Hilbert-Schmidt-orthonormal Hermitian operator basis
 *   G = {|i⟩⟨i|} ∪ {(|i⟩⟨j| + |j⟩⟨i|)/√2, i(|i⟩⟨j| − |j⟩⟨i|)/√2 : i < j},
 * in which a Hermitian ρ has the real coordinates x_b = Tr[G_b ρ] (ρ = Σ_b x_b G_b) and a
 * Hermiticity-preserving superoperator L is the real matrix M_ab = Tr[G_a L(G_b)].
 *
 * Basis order: index i < n is |i⟩⟨i|; pair k = (i, j), i < j, in row-major order, has the symmetric
 * element at n + 2k and the antisymmetric one at n + 2k + 1. In column-stacked vec indices
 * (superoperator.ts), |i⟩⟨j| sits at p = i + j·n and |j⟩⟨i| at q = j + i·n.
 */

/** Largest relative imaginary part of M accepted as rounding (L must map Hermitian to Hermitian). */
const HERMITICITY_PRESERVATION_TOLERANCE = 1e-9;

interface PairIndices {
  /** vec index i + j·n of |i⟩⟨j| for each pair k. */
  p: Int32Array;
  /** vec index j + i·n of |j⟩⟨i| for each pair k. */
  q: Int32Array;
}

const pairCache = new Map<number, PairIndices>();

function pairIndices(n: number): PairIndices {
  const cached = pairCache.get(n);
  if (cached) return cached;
  const count = (n * (n - 1)) / 2;
  const pairs: PairIndices = { p: new Int32Array(count), q: new Int32Array(count) };
  let k = 0;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++, k++) {
      pairs.p[k] = i + j * n;
      pairs.q[k] = j + i * n;
    }
  }
  pairCache.set(n, pairs);
  return pairs;
}

/** Caller-owned buffers of n⁴ entries each for `realRepresentationInto` (reused across calls). */
export interface RealRepresentationBuffers {
  /** Scratch: Y = L·vec(G), real and imaginary parts. */
  yRe: Float64Array;
  yIm: Float64Array;
  /** Output: M, row-major. */
  matrix: Float64Array;
}

export function realRepresentationBuffers(n: number): RealRepresentationBuffers {
  const size = n ** 4;
  return { yRe: new Float64Array(size), yIm: new Float64Array(size), matrix: new Float64Array(size) };
}

/**
 * M_ab = Tr[G_a L(G_b)] for the n²×n² superoperator L, written into buffers.matrix, in two sparse stages:
 * the columns Y_b = L vec(G_b) (each vec(G_b) has one or two non-zeros), then the coordinates
 * Tr[G_a Y_b]. Throws a RangeError if an entry is not finite or an imaginary part does not vanish
 * (L does not preserve Hermiticity). Returns M and its largest |M_ab|.
 */
export function realRepresentationInto(
  liouvillian: ComplexMatrix,
  n: number,
  buffers: RealRepresentationBuffers,
): { matrix: Float64Array; scale: number } {
  const m = n * n;
  const pairs = pairIndices(n);
  const pairCount = pairs.p.length;
  const h = Math.SQRT1_2;
  const L = liouvillian.data;
  const { yRe, yIm, matrix } = buffers;
  // x − x is 0 for finite x and NaN for ±∞ or NaN, so `poison` stays 0 only if every entry is finite.
  let poison = 0;
  for (let r = 0; r < m; r++) {
    const row = 2 * r * m;
    const out = r * m;
    for (let i = 0; i < n; i++) {
      const c = row + 2 * (i + i * n);
      yRe[out + i] = L[c];
      yIm[out + i] = L[c + 1];
      poison += L[c] - L[c] + (L[c + 1] - L[c + 1]);
    }
    for (let k = 0; k < pairCount; k++) {
      const cp = row + 2 * pairs.p[k];
      const cq = row + 2 * pairs.q[k];
      const pr = L[cp];
      const pi = L[cp + 1];
      const qr = L[cq];
      const qi = L[cq + 1];
      poison += pr - pr + (pi - pi) + (qr - qr) + (qi - qi);
      // L(|i⟩⟨j| + |j⟩⟨i|)/√2 and i·L(|i⟩⟨j| − |j⟩⟨i|)/√2
      yRe[out + n + 2 * k] = (pr + qr) * h;
      yIm[out + n + 2 * k] = (pi + qi) * h;
      yRe[out + n + 2 * k + 1] = (qi - pi) * h;
      yIm[out + n + 2 * k + 1] = (pr - qr) * h;
    }
  }
  if (poison !== 0) {
    throw new RangeError("invalid argument. Liouvillian must have finite entries. Value: non-finite.");
  }
  let scale = 0;
  let worstImaginary = 0;
  for (let i = 0; i < n; i++) {
    const from = (i + i * n) * m;
    const to = i * m;
    for (let b = 0; b < m; b++) {
      const re = yRe[from + b];
      matrix[to + b] = re;
      if (Math.abs(re) > scale) scale = Math.abs(re);
      if (Math.abs(yIm[from + b]) > worstImaginary) worstImaginary = Math.abs(yIm[from + b]);
    }
  }
  for (let k = 0; k < pairCount; k++) {
    const fromP = pairs.p[k] * m;
    const fromQ = pairs.q[k] * m;
    const toSymmetric = (n + 2 * k) * m;
    const toAntisymmetric = toSymmetric + m;
    for (let b = 0; b < m; b++) {
      // Tr[(|i⟩⟨j| + |j⟩⟨i|) Y]/√2 = (Y_ji + Y_ij)/√2;  Tr[i(|i⟩⟨j| − |j⟩⟨i|) Y]/√2 = i(Y_ji − Y_ij)/√2
      const symmetricRe = (yRe[fromP + b] + yRe[fromQ + b]) * h;
      const symmetricIm = (yIm[fromP + b] + yIm[fromQ + b]) * h;
      const antisymmetricRe = (yIm[fromP + b] - yIm[fromQ + b]) * h;
      const antisymmetricIm = (yRe[fromQ + b] - yRe[fromP + b]) * h;
      matrix[toSymmetric + b] = symmetricRe;
      matrix[toAntisymmetric + b] = antisymmetricRe;
      const largest = Math.max(Math.abs(symmetricRe), Math.abs(antisymmetricRe));
      if (largest > scale) scale = largest;
      const imaginary = Math.max(Math.abs(symmetricIm), Math.abs(antisymmetricIm));
      if (imaginary > worstImaginary) worstImaginary = imaginary;
    }
  }
  if (worstImaginary > HERMITICITY_PRESERVATION_TOLERANCE * scale || (scale === 0 && worstImaginary > 0)) {
    throw new RangeError(
      "invalid argument. Liouvillian must map Hermitian operators to Hermitian operators. " +
        `Value: imaginary part ${worstImaginary.toExponential(3)} in the Hermitian basis (scale ${scale.toExponential(3)}).`,
    );
  }
  return { matrix, scale };
}

/** X = factor · Σ_b (x_b + i y_b) G_b (Hermitian when y is null). */
export function operatorFromCoordinates(
  x: Float64Array,
  y: Float64Array | null,
  n: number,
  factor = 1,
): ComplexMatrix {
  const out = new ComplexMatrix(n, n);
  const o = out.data;
  const h = Math.SQRT1_2 * factor;
  for (let i = 0; i < n; i++) {
    o[2 * (i * n + i)] = factor * x[i];
    o[2 * (i * n + i) + 1] = y === null ? 0 : factor * y[i];
  }
  let k = 0;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++, k++) {
      const sr = x[n + 2 * k];
      const ar = x[n + 2 * k + 1];
      const si = y === null ? 0 : y[n + 2 * k];
      const ai = y === null ? 0 : y[n + 2 * k + 1];
      // X_ij = (c_s + i c_a)/√2, X_ji = (c_s − i c_a)/√2 with c = coordinate re + i im
      o[2 * (i * n + j)] = (sr - ai) * h;
      o[2 * (i * n + j) + 1] = (si + ar) * h;
      o[2 * (j * n + i)] = (sr + ai) * h;
      o[2 * (j * n + i) + 1] = (si - ar) * h;
    }
  }
  return out;
}

/**
 * x_b = Re Tr[G_b X], the coordinates of a Hermitian X (X = Σ_b x_b G_b), written into `out` (length n²)
 * without allocating: the currents of a sweep point need them once per point.
 */
export function hermitianCoordinatesInto(x: ComplexMatrix, out: Float64Array): Float64Array {
  const n = x.rows;
  const d = x.data;
  const h = Math.SQRT1_2;
  for (let i = 0; i < n; i++) out[i] = d[2 * (i * n + i)];
  let k = 0;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++, k++) {
      // Re Tr[S X] = Re(X_ij + X_ji)/√2, Re Tr[A X] = Re i(X_ji − X_ij)/√2 = (Im X_ij − Im X_ji)/√2
      out[n + 2 * k] = (d[2 * (i * n + j)] + d[2 * (j * n + i)]) * h;
      out[n + 2 * k + 1] = (d[2 * (i * n + j) + 1] - d[2 * (j * n + i) + 1]) * h;
    }
  }
  return out;
}

/** c_b = Tr[G_b X], split into real and imaginary parts (real when X is Hermitian). */
export function coordinatesOfOperator(x: ComplexMatrix): [Float64Array, Float64Array] {
  const m = x.rows * x.rows;
  // Im Tr[G_b X] = Re Tr[G_b (−iX)]
  return [
    hermitianCoordinatesInto(x, new Float64Array(m)),
    hermitianCoordinatesInto(scale(x, 0, -1), new Float64Array(m)),
  ];
}
