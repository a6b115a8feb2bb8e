import { multiplyInto } from "./dense-products.js";

/**
 * Dense complex matrices stored row-major as interleaved (re, im) pairs in one Float64Array:
 * element (i, j) has its real part at data[2 * (i * cols + j)] and its imaginary part right after.
 * Interleaved storage keeps a complex multiply-add on one cache line; bench/linalg.bench.ts compares
 * it with split storage.
 */
export class ComplexMatrix {
  readonly rows: number;
  readonly cols: number;
  readonly data: Float64Array;

  constructor(rows: number, cols: number, data?: Float64Array) {
    if (!Number.isInteger(rows) || !Number.isInteger(cols) || rows < 0 || cols < 0) {
      throw new RangeError(
        `invalid argument. Matrix dimensions must be non-negative integers. Value: ${rows}x${cols}.`,
      );
    }
    if (data !== undefined && data.length !== 2 * rows * cols) {
      throw new RangeError(
        `invalid argument. Data length must be 2*rows*cols = ${2 * rows * cols}. Value: ${data.length}.`,
      );
    }
    this.rows = rows;
    this.cols = cols;
    this.data = data ?? new Float64Array(2 * rows * cols);
  }

  static zeros(rows: number, cols: number = rows): ComplexMatrix {
    return new ComplexMatrix(rows, cols);
  }

  static identity(n: number): ComplexMatrix {
    const m = new ComplexMatrix(n, n);
    for (let i = 0; i < n; i++) m.data[2 * (i * n + i)] = 1;
    return m;
  }

  /** From nested arrays of real parts and (optionally) imaginary parts. */
  static from(re: readonly (readonly number[])[], im?: readonly (readonly number[])[]): ComplexMatrix {
    const rows = re.length;
    const cols = rows === 0 ? 0 : re[0].length;
    const m = new ComplexMatrix(rows, cols);
    for (let i = 0; i < rows; i++) {
      if (re[i].length !== cols || (im && im[i].length !== cols)) {
        throw new RangeError(`invalid argument. Rows must all have length ${cols}. Row ${i} differs.`);
      }
      for (let j = 0; j < cols; j++) {
        m.data[2 * (i * cols + j)] = re[i][j];
        m.data[2 * (i * cols + j) + 1] = im ? im[i][j] : 0;
      }
    }
    return m;
  }

  /** Diagonal matrix with real entries. */
  static diagonal(values: ArrayLike<number>): ComplexMatrix {
    const n = values.length;
    const m = new ComplexMatrix(n, n);
    for (let i = 0; i < n; i++) m.data[2 * (i * n + i)] = values[i];
    return m;
  }

  get isSquare(): boolean {
    return this.rows === this.cols;
  }

  re(i: number, j: number): number {
    return this.data[2 * (i * this.cols + j)];
  }

  im(i: number, j: number): number {
    return this.data[2 * (i * this.cols + j) + 1];
  }

  set(i: number, j: number, re: number, im = 0): this {
    this.data[2 * (i * this.cols + j)] = re;
    this.data[2 * (i * this.cols + j) + 1] = im;
    return this;
  }

  clone(): ComplexMatrix {
    return new ComplexMatrix(this.rows, this.cols, this.data.slice());
  }

  /** Real and imaginary parts as nested arrays (the JSON form used in reports and `solve --json`). */
  toJSON(): { re: number[][]; im: number[][] } {
    const re: number[][] = [];
    const im: number[][] = [];
    for (let i = 0; i < this.rows; i++) {
      re.push([]);
      im.push([]);
      for (let j = 0; j < this.cols; j++) {
        re[i].push(this.re(i, j));
        im[i].push(this.im(i, j));
      }
    }
    return { re, im };
  }
}

function assertSameShape(a: ComplexMatrix, b: ComplexMatrix, what: string): void {
  if (a.rows !== b.rows || a.cols !== b.cols) {
    throw new RangeError(
      `invalid argument. ${what} needs equal shapes. Value: ${a.rows}x${a.cols} and ${b.rows}x${b.cols}.`,
    );
  }
}

export function assertSquare(a: ComplexMatrix, what = "Matrix"): void {
  if (a.rows !== a.cols)
    throw new RangeError(`invalid argument. ${what} must be square. Value: ${a.rows}x${a.cols}.`);
}

export function add(a: ComplexMatrix, b: ComplexMatrix): ComplexMatrix {
  assertSameShape(a, b, "add");
  const out = new Float64Array(a.data.length);
  for (let k = 0; k < out.length; k++) out[k] = a.data[k] + b.data[k];
  return new ComplexMatrix(a.rows, a.cols, out);
}

export function subtract(a: ComplexMatrix, b: ComplexMatrix): ComplexMatrix {
  assertSameShape(a, b, "subtract");
  const out = new Float64Array(a.data.length);
  for (let k = 0; k < out.length; k++) out[k] = a.data[k] - b.data[k];
  return new ComplexMatrix(a.rows, a.cols, out);
}

/** (sr + i si) · a */
export function scale(a: ComplexMatrix, sr: number, si = 0): ComplexMatrix {
  const out = new Float64Array(a.data.length);
  const d = a.data;
  for (let k = 0; k < d.length; k += 2) {
    out[k] = sr * d[k] - si * d[k + 1];
    out[k + 1] = sr * d[k + 1] + si * d[k];
  }
  return new ComplexMatrix(a.rows, a.cols, out);
}

/** In place: target += (sr + i si) · a. Returns target. */
export function addScaledInPlace(target: ComplexMatrix, a: ComplexMatrix, sr: number, si = 0): ComplexMatrix {
  assertSameShape(target, a, "addScaledInPlace");
  const t = target.data;
  const d = a.data;
  for (let k = 0; k < d.length; k += 2) {
    t[k] += sr * d[k] - si * d[k + 1];
    t[k + 1] += sr * d[k + 1] + si * d[k];
  }
  return target;
}

/** Matrix product a·b. */
export function multiply(a: ComplexMatrix, b: ComplexMatrix): ComplexMatrix {
  return multiplyInto(a, b, new ComplexMatrix(a.rows, b.cols), true); // a fresh output is zero: accumulate
}

/** Product of several matrices, left to right. */
export function product(first: ComplexMatrix, ...rest: ComplexMatrix[]): ComplexMatrix {
  return rest.reduce((acc, m) => multiply(acc, m), first);
}

/** Conjugate transpose a†. */
export function adjoint(a: ComplexMatrix): ComplexMatrix {
  const out = new ComplexMatrix(a.cols, a.rows);
  for (let i = 0; i < a.rows; i++) {
    for (let j = 0; j < a.cols; j++) out.set(j, i, a.re(i, j), -a.im(i, j));
  }
  return out;
}

export function transpose(a: ComplexMatrix): ComplexMatrix {
  const out = new ComplexMatrix(a.cols, a.rows);
  for (let i = 0; i < a.rows; i++) {
    for (let j = 0; j < a.cols; j++) out.set(j, i, a.re(i, j), a.im(i, j));
  }
  return out;
}

export function conjugate(a: ComplexMatrix): ComplexMatrix {
  const out = a.clone();
  for (let k = 1; k < out.data.length; k += 2) out.data[k] = -out.data[k];
  return out;
}

/** Tr a, as [re, im]. */
export function trace(a: ComplexMatrix): [number, number] {
  assertSquare(a, "trace argument");
  let re = 0;
  let im = 0;
  for (let i = 0; i < a.rows; i++) {
    re += a.re(i, i);
    im += a.im(i, i);
  }
  return [re, im];
}

/** Tr(a·b) without forming the product, as [re, im]. */
export function traceOfProduct(a: ComplexMatrix, b: ComplexMatrix): [number, number] {
  if (a.cols !== b.rows || a.rows !== b.cols) {
    throw new RangeError(
      `invalid argument. traceOfProduct needs a·b square. Value: ${a.rows}x${a.cols} · ${b.rows}x${b.cols}.`,
    );
  }
  let re = 0;
  let im = 0;
  for (let i = 0; i < a.rows; i++) {
    for (let k = 0; k < a.cols; k++) {
      const ar = a.re(i, k);
      const ai = a.im(i, k);
      const br = b.re(k, i);
      const bi = b.im(k, i);
      re += ar * br - ai * bi;
      im += ar * bi + ai * br;
    }
  }
  return [re, im];
}

/** Kronecker product a ⊗ b (a's index is the most significant). */
export function kron(a: ComplexMatrix, b: ComplexMatrix): ComplexMatrix {
  const out = new ComplexMatrix(a.rows * b.rows, a.cols * b.cols);
  for (let i = 0; i < a.rows; i++) {
    for (let j = 0; j < a.cols; j++) {
      const ar = a.re(i, j);
      const ai = a.im(i, j);
      if (ar === 0 && ai === 0) continue;
      for (let k = 0; k < b.rows; k++) {
        for (let l = 0; l < b.cols; l++) {
          const br = b.re(k, l);
          const bi = b.im(k, l);
          out.set(i * b.rows + k, j * b.cols + l, ar * br - ai * bi, ar * bi + ai * br);
        }
      }
    }
  }
  return out;
}

/** Kronecker product of a list, first factor leftmost (most significant). */
export function kronAll(factors: readonly ComplexMatrix[]): ComplexMatrix {
  if (factors.length === 0) return ComplexMatrix.identity(1);
  return factors.slice(1).reduce((acc, f) => kron(acc, f), factors[0]);
}

/** [a, b] = ab − ba */
export function commutator(a: ComplexMatrix, b: ComplexMatrix): ComplexMatrix {
  return subtract(multiply(a, b), multiply(b, a));
}

/** Largest |a_ij − b_ij|. */
export function maxAbsDifference(a: ComplexMatrix, b: ComplexMatrix): number {
  assertSameShape(a, b, "maxAbsDifference");
  let worst = 0;
  for (let k = 0; k < a.data.length; k += 2) {
    const d = Math.hypot(a.data[k] - b.data[k], a.data[k + 1] - b.data[k + 1]);
    if (d > worst) worst = d;
  }
  return worst;
}

/** Largest |a_ij|. */
export function maxAbs(a: ComplexMatrix): number {
  let worst = 0;
  for (let k = 0; k < a.data.length; k += 2) {
    const d = Math.hypot(a.data[k], a.data[k + 1]);
    if (d > worst) worst = d;
  }
  return worst;
}

/** Frobenius norm √Σ|a_ij|². */
export function frobeniusNorm(a: ComplexMatrix): number {
  let s = 0;
  for (let k = 0; k < a.data.length; k++) s += a.data[k] * a.data[k];
  return Math.sqrt(s);
}

/** ½(a + a†) */
export function hermitianPart(a: ComplexMatrix): ComplexMatrix {
  return scale(add(a, adjoint(a)), 0.5);
}

export function isHermitian(a: ComplexMatrix, tolerance = 1e-12): boolean {
  return a.isSquare && maxAbsDifference(a, adjoint(a)) <= tolerance * Math.max(1, maxAbs(a));
}
