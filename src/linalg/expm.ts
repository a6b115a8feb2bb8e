import { addScaledInPlace, ComplexMatrix, multiply } from "./complex-matrix.js";
import { solve } from "./lu.js";

/**
 * Coefficients b_k of the diagonal Padé approximants r_m(x) = p_m(x)/p_m(−x) to e^x, and the largest
 * 1-norms θ_m for which r_m is accurate to double precision (Higham 2005, SIAM J. Matrix Anal. Appl.
 * 26, 1179, Table 2.3 and eq. 2.2).
 */
const PADE_COEFFICIENTS: Record<3 | 5 | 7 | 9 | 13, readonly number[]> = {
  3: [120, 60, 12, 1],
  5: [30240, 15120, 3360, 420, 30, 1],
  7: [17297280, 8648640, 1995840, 277200, 25200, 1512, 56, 1],
  9: [17643225600, 8821612800, 2075673600, 302702400, 30270240, 2162160, 110880, 3960, 90, 1],
  13: [
    64764752532480000, 32382376266240000, 7771770303897600, 1187353796428800, 129060195264000, 10559470521600,
    670442572800, 33522128640, 1323241920, 40840800, 960960, 16380, 182, 1,
  ],
};
const THETA: readonly [3 | 5 | 7 | 9, number][] = [
  [3, 1.495585217958292e-2],
  [5, 2.53939833006323e-1],
  [7, 9.504178996162932e-1],
  [9, 2.097847961257068],
];
const THETA_13 = 5.371920351148152;

/**
 * Matrix exponential e^A by scaling and squaring with Padé approximants (Higham 2005, Algorithm 2.3):
 * for ‖A‖₁ ≤ θ_m (m = 3, 5, 7, 9) use r_m(A) directly; otherwise scale A ← A/2^s with
 * s = ⌈log₂(‖A‖₁/θ₁₃)⌉, take r₁₃(A) = (V − U)⁻¹(V + U) with U the odd and V the even part of p₁₃,
 * and square s times.
 */
export function expm(a: ComplexMatrix): ComplexMatrix {
  if (a.rows !== a.cols) {
    throw new RangeError(
      `invalid argument. Matrix to exponentiate must be square. Value: ${a.rows}x${a.cols}.`,
    );
  }
  const norm = oneNorm(a);
  if (!Number.isFinite(norm)) {
    throw new RangeError("invalid argument. expm needs finite entries. Value: non-finite.");
  }
  const n = a.rows;
  const identity = ComplexMatrix.identity(n);
  for (const [m, theta] of THETA) {
    if (norm <= theta) return padeLowOrder(a, identity, PADE_COEFFICIENTS[m]);
  }
  const s = Math.max(0, Math.ceil(Math.log2(norm / THETA_13)));
  const scaled = s === 0 ? a : scaleReal(a, 2 ** -s);
  let result = pade13(scaled, identity);
  for (let k = 0; k < s; k++) result = multiply(result, result);
  return result;
}

/** r_m(A) for m ≤ 9: U = A Σ_k b_{2k+1} A^{2k}, V = Σ_k b_{2k} A^{2k}. */
function padeLowOrder(a: ComplexMatrix, identity: ComplexMatrix, b: readonly number[]): ComplexMatrix {
  const n = a.rows;
  const a2 = multiply(a, a);
  let power = identity;
  const odd = new ComplexMatrix(n, n);
  const even = new ComplexMatrix(n, n);
  for (let k = 0; 2 * k < b.length; k++) {
    if (k > 0) power = multiply(power, a2);
    addScaledInPlace(even, power, b[2 * k]);
    addScaledInPlace(odd, power, b[2 * k + 1]);
  }
  return rationalFromParts(multiply(a, odd), even);
}

/**
 * r₁₃(A) with Higham's grouping: U = A[A6(b13 A6 + b11 A4 + b9 A2) + b7 A6 + b5 A4 + b3 A2 + b1 I],
 * V = A6(b12 A6 + b10 A4 + b8 A2) + b6 A6 + b4 A4 + b2 A2 + b0 I.
 */
function pade13(a: ComplexMatrix, identity: ComplexMatrix): ComplexMatrix {
  const b = PADE_COEFFICIENTS[13];
  const a2 = multiply(a, a);
  const a4 = multiply(a2, a2);
  const a6 = multiply(a4, a2);
  const n = a.rows;
  const innerOdd = new ComplexMatrix(n, n);
  addScaledInPlace(innerOdd, a6, b[13]);
  addScaledInPlace(innerOdd, a4, b[11]);
  addScaledInPlace(innerOdd, a2, b[9]);
  const oddSum = multiply(a6, innerOdd);
  addScaledInPlace(oddSum, a6, b[7]);
  addScaledInPlace(oddSum, a4, b[5]);
  addScaledInPlace(oddSum, a2, b[3]);
  addScaledInPlace(oddSum, identity, b[1]);
  const innerEven = new ComplexMatrix(n, n);
  addScaledInPlace(innerEven, a6, b[12]);
  addScaledInPlace(innerEven, a4, b[10]);
  addScaledInPlace(innerEven, a2, b[8]);
  const even = multiply(a6, innerEven);
  addScaledInPlace(even, a6, b[6]);
  addScaledInPlace(even, a4, b[4]);
  addScaledInPlace(even, a2, b[2]);
  addScaledInPlace(even, identity, b[0]);
  return rationalFromParts(multiply(a, oddSum), even);
}

/** (V − U)⁻¹(V + U). */
function rationalFromParts(u: ComplexMatrix, v: ComplexMatrix): ComplexMatrix {
  const numerator = v.clone();
  addScaledInPlace(numerator, u, 1);
  const denominator = v;
  addScaledInPlace(denominator, u, -1);
  return solve(denominator, numerator);
}

/** ‖A‖₁ = max_j Σ_i |a_ij|. */
export function oneNorm(a: ComplexMatrix): number {
  let worst = 0;
  for (let j = 0; j < a.cols; j++) {
    let column = 0;
    for (let i = 0; i < a.rows; i++) column += Math.hypot(a.re(i, j), a.im(i, j));
    if (Number.isNaN(column)) return column;
    if (column > worst) worst = column;
  }
  return worst;
}

function scaleReal(a: ComplexMatrix, factor: number): ComplexMatrix {
  const out = new Float64Array(a.data.length);
  for (let k = 0; k < out.length; k++) out[k] = factor * a.data[k];
  return new ComplexMatrix(a.rows, a.cols, out);
}
