import { ComplexMatrix } from "../../src/linalg/complex-matrix.js";

type Comparable = number | ComplexMatrix | ArrayLike<number>;

/**
 * Asserts that `actual` is close to `expected`, element by element, with a relative-or-absolute rule:
 * each element passes when |a − e| ≤ tolerance · max(1, |e|) (complex elements use the modulus).
 * On failure it throws an Error naming the label, the worst element (its index for arrays and matrices),
 * the actual and expected values, their difference and the tolerance.
 */
export function expectClose(
  actual: Comparable,
  expected: Comparable,
  tolerance: number,
  label = "value",
): void {
  if (!(tolerance >= 0)) {
    throw new RangeError(`invalid argument. Tolerance must be a non-negative number. Value: ${tolerance}.`);
  }
  if (typeof actual === "number" || typeof expected === "number") {
    if (typeof actual !== "number" || typeof expected !== "number") {
      throw new TypeError(`${label}: cannot compare a number with a non-number.`);
    }
    const delta = Math.abs(actual - expected);
    if (!(delta <= tolerance * Math.max(1, Math.abs(expected)))) {
      throw new Error(
        `${label}: expected ${expected}, got ${actual} (delta ${delta.toExponential(3)}, tolerance ${tolerance} relative to max(1, |expected|)).`,
      );
    }
    return;
  }
  if (actual instanceof ComplexMatrix || expected instanceof ComplexMatrix) {
    if (!(actual instanceof ComplexMatrix) || !(expected instanceof ComplexMatrix)) {
      throw new TypeError(`${label}: cannot compare a ComplexMatrix with a non-matrix.`);
    }
    compareMatrices(actual, expected, tolerance, label);
    return;
  }
  compareArrays(actual, expected, tolerance, label);
}

function compareMatrices(actual: ComplexMatrix, expected: ComplexMatrix, tolerance: number, label: string) {
  if (actual.rows !== expected.rows || actual.cols !== expected.cols) {
    throw new Error(
      `${label}: shape ${actual.rows}x${actual.cols} differs from the expected ${expected.rows}x${expected.cols}.`,
    );
  }
  let worstRatio = -1;
  let worstIndex = 0;
  let worstDelta = 0;
  for (let k = 0; k < actual.data.length; k += 2) {
    const delta = Math.hypot(actual.data[k] - expected.data[k], actual.data[k + 1] - expected.data[k + 1]);
    const scaleOfExpected = Math.max(1, Math.hypot(expected.data[k], expected.data[k + 1]));
    const ratio = Number.isNaN(delta) ? Number.POSITIVE_INFINITY : delta / scaleOfExpected;
    if (ratio > worstRatio) {
      worstRatio = ratio;
      worstIndex = k / 2;
      worstDelta = delta;
    }
  }
  if (worstRatio > tolerance) {
    const i = Math.floor(worstIndex / actual.cols);
    const j = worstIndex % actual.cols;
    throw new Error(
      `${label}: element (${i}, ${j}) expected ${formatComplex(expected.re(i, j), expected.im(i, j))}, ` +
        `got ${formatComplex(actual.re(i, j), actual.im(i, j))} (delta ${worstDelta.toExponential(3)}, ` +
        `tolerance ${tolerance} relative to max(1, |expected|)).`,
    );
  }
}

function compareArrays(
  actual: ArrayLike<number>,
  expected: ArrayLike<number>,
  tolerance: number,
  label: string,
) {
  if (actual.length !== expected.length) {
    throw new Error(`${label}: length ${actual.length} differs from the expected ${expected.length}.`);
  }
  let worstRatio = -1;
  let worstIndex = 0;
  for (let k = 0; k < actual.length; k++) {
    const delta = Math.abs(actual[k] - expected[k]);
    const ratio = Number.isNaN(delta) ? Number.POSITIVE_INFINITY : delta / Math.max(1, Math.abs(expected[k]));
    if (ratio > worstRatio) {
      worstRatio = ratio;
      worstIndex = k;
    }
  }
  if (worstRatio > tolerance) {
    const a = actual[worstIndex];
    const e = expected[worstIndex];
    throw new Error(
      `${label}: element [${worstIndex}] expected ${e}, got ${a} (delta ${Math.abs(a - e).toExponential(3)}, ` +
        `tolerance ${tolerance} relative to max(1, |expected|)).`,
    );
  }
}

function formatComplex(re: number, im: number): string {
  return im === 0 ? `${re}` : `${re}${im < 0 ? "-" : "+"}${Math.abs(im)}i`;
}
