import type { ComplexMatrix } from "./complex-matrix.js";

/**
 * Products of dense complex matrices into caller-owned outputs (no allocation): the kernels of basis
 * changes V†XV and of matrix-free superoperators on dense operators. Loops run along rows of the
 * row-major interleaved storage (i-k-j order), so the inner loop is contiguous.
 */

function assertShapes(rows: number, cols: number, out: ComplexMatrix, what: string): void {
  if (out.rows !== rows || out.cols !== cols) {
    throw new RangeError(
      `invalid argument. ${what} needs an output of ${rows}x${cols}. Value: ${out.rows}x${out.cols}.`,
    );
  }
}

/** out = a·b (+ out when `accumulate`). a: n×m, b: m×p. */
export function multiplyInto(
  a: ComplexMatrix,
  b: ComplexMatrix,
  out: ComplexMatrix,
  accumulate = false,
): ComplexMatrix {
  if (a.cols !== b.rows) {
    throw new RangeError(
      `invalid argument. a·b needs a.cols = b.rows. Value: ${a.rows}x${a.cols} · ${b.rows}x${b.cols}.`,
    );
  }
  assertShapes(a.rows, b.cols, out, "a·b");
  const n = a.rows;
  const m = a.cols;
  const p = b.cols;
  const A = a.data;
  const B = b.data;
  const C = out.data;
  if (!accumulate) C.fill(0);
  for (let i = 0; i < n; i++) {
    const ci = 2 * i * p;
    for (let k = 0; k < m; k++) {
      const ar = A[2 * (i * m + k)];
      const ai = A[2 * (i * m + k) + 1];
      if (ar === 0 && ai === 0) continue;
      const bk = 2 * k * p;
      for (let j = 0; j < 2 * p; j += 2) {
        const br = B[bk + j];
        const bi = B[bk + j + 1];
        C[ci + j] += ar * br - ai * bi;
        C[ci + j + 1] += ar * bi + ai * br;
      }
    }
  }
  return out;
}

/** out = a†·b (+ out when `accumulate`). a: m×n, b: m×p. */
export function adjointTimesInto(
  a: ComplexMatrix,
  b: ComplexMatrix,
  out: ComplexMatrix,
  accumulate = false,
): ComplexMatrix {
  if (a.rows !== b.rows) {
    throw new RangeError(
      `invalid argument. a†·b needs a.rows = b.rows. Value: ${a.rows}x${a.cols} and ${b.rows}x${b.cols}.`,
    );
  }
  assertShapes(a.cols, b.cols, out, "a†·b");
  const m = a.rows;
  const n = a.cols;
  const p = b.cols;
  const A = a.data;
  const B = b.data;
  const C = out.data;
  if (!accumulate) C.fill(0);
  for (let k = 0; k < m; k++) {
    const bk = 2 * k * p;
    for (let i = 0; i < n; i++) {
      // conj(a[k, i])
      const ar = A[2 * (k * n + i)];
      const ai = -A[2 * (k * n + i) + 1];
      if (ar === 0 && ai === 0) continue;
      const ci = 2 * i * p;
      for (let j = 0; j < 2 * p; j += 2) {
        const br = B[bk + j];
        const bi = B[bk + j + 1];
        C[ci + j] += ar * br - ai * bi;
        C[ci + j + 1] += ar * bi + ai * br;
      }
    }
  }
  return out;
}

/** out = a·b† (+ out when `accumulate`). a: n×m, b: p×m. */
export function timesAdjointInto(
  a: ComplexMatrix,
  b: ComplexMatrix,
  out: ComplexMatrix,
  accumulate = false,
): ComplexMatrix {
  if (a.cols !== b.cols) {
    throw new RangeError(
      `invalid argument. a·b† needs a.cols = b.cols. Value: ${a.rows}x${a.cols} and ${b.rows}x${b.cols}.`,
    );
  }
  assertShapes(a.rows, b.rows, out, "a·b†");
  const n = a.rows;
  const m = a.cols;
  const p = b.rows;
  const A = a.data;
  const B = b.data;
  const C = out.data;
  for (let i = 0; i < n; i++) {
    const ai0 = 2 * i * m;
    for (let j = 0; j < p; j++) {
      const bj0 = 2 * j * m;
      let sr = 0;
      let si = 0;
      for (let k = 0; k < 2 * m; k += 2) {
        const ar = A[ai0 + k];
        const ai = A[ai0 + k + 1];
        const br = B[bj0 + k];
        const bi = B[bj0 + k + 1];
        // a · conj(b)
        sr += ar * br + ai * bi;
        si += ai * br - ar * bi;
      }
      const c = 2 * (i * p + j);
      if (accumulate) {
        C[c] += sr;
        C[c + 1] += si;
      } else {
        C[c] = sr;
        C[c + 1] = si;
      }
    }
  }
  return out;
}

/**
 * m·x for a square matrix m and an interleaved complex vector x (re, im, re, im, …): the step of a
 * propagator e^{Lt} applied to a column-stacked state.
 */
export function matrixTimesVector(m: ComplexMatrix, x: Float64Array): Float64Array {
  const size = m.rows;
  const d = m.data;
  const out = new Float64Array(2 * size);
  for (let r = 0; r < size; r++) {
    let re = 0;
    let im = 0;
    const row = 2 * r * size;
    for (let c = 0; c < size; c++) {
      const mr = d[row + 2 * c];
      const mi = d[row + 2 * c + 1];
      const xr = x[2 * c];
      const xi = x[2 * c + 1];
      re += mr * xr - mi * xi;
      im += mr * xi + mi * xr;
    }
    out[2 * r] = re;
    out[2 * r + 1] = im;
  }
  return out;
}
