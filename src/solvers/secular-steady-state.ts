import { ComplexMatrix } from "../linalg/complex-matrix.js";
import { adjointTimesInto, multiplyInto, timesAdjointInto } from "../linalg/dense-products.js";
import type { SecularSuperoperator } from "../superoperators/secular-superoperator.js";
import { type RealCoordinates, steadyStateOfRealRepresentation } from "./real-kernel-steady-state.js";
import type { SteadyStateOptions, SteadyStateResult } from "./steady-state-result.js";

/** Largest zero-frequency block (populations and degenerate coherences) the secular method solves densely. */
export const SECULAR_BLOCK_LIMIT = 2048;

/**
 * The steady state of a secular generator from its zero-frequency block alone (secular-superoperator.ts):
 * the rate equations of the populations, coupled to the coherences between degenerate levels when there
 * are any. The block is written in real coordinates (the populations, then the symmetric and
 * antisymmetric combinations of each degenerate pair) and solved by the dense kernel paths
 * (real-kernel-steady-state.ts), which also find degenerate kernels and name their conserved quantities.
 * Cost: O(n²) to assemble, O(m³) to solve with m the block size (m = n for a spectrum without
 * degeneracies: 256 levels in milliseconds).
 */
export function secularSteadyState(
  generator: SecularSuperoperator,
  options: SteadyStateOptions = {},
): SteadyStateResult {
  const n = generator.dimension;
  const { clusterOf, zeroCluster } = generator.clusters;
  // pairs of the zero cluster: all populations, then the degenerate pairs a < b with their mirrors
  const upper: number[] = [];
  for (let a = 0; a < n; a++) {
    for (let b = a + 1; b < n; b++) if (clusterOf[a * n + b] === zeroCluster) upper.push(a * n + b);
  }
  const size = n + 2 * upper.length;
  if (size > SECULAR_BLOCK_LIMIT) {
    throw new RangeError(
      `invalid argument. The zero-frequency block of the secular generator has ${size} elements (${n} populations and ${2 * upper.length} degenerate coherences); the secular method solves up to ${SECULAR_BLOCK_LIMIT}. Value: ${size}.`,
    );
  }
  const pairs = new Int32Array(n + 2 * upper.length);
  for (let a = 0; a < n; a++) pairs[a] = a * n + a;
  upper.forEach((p, k) => {
    const a = Math.floor(p / n);
    const b = p - a * n;
    pairs[n + 2 * k] = p;
    pairs[n + 2 * k + 1] = b * n + a;
  });
  const block = generator.zeroFrequencyBlock(pairs);
  const basis = zeroClusterCoordinates(generator, upper);
  return steadyStateOfRealRepresentation(
    basis,
    (matrix) => realBlock(block, n, upper.length, matrix),
    options,
    "secular",
  );
}

/**
 * M = T†BT: the block B (over the pairs: populations, then (a, b) and (b, a) of each degenerate pair) in
 * the real coordinates x_aa, (x_ab + x_ba)/√2 and i(x_ab − x_ba)/√2.
 */
function realBlock(block: ComplexMatrix, n: number, pairCount: number, matrix: Float64Array): void {
  const size = n + 2 * pairCount;
  const B = block.data;
  const h = Math.SQRT1_2;
  // column j of T: the complex coefficients on the pair list, at most two
  const columnOf = (j: number): [number, number, number, number, number, number] => {
    // [index1, re1, im1, index2, re2, im2]
    if (j < n) return [j, 1, 0, -1, 0, 0];
    const k = (j - n) >> 1;
    const first = n + 2 * k;
    return (j - n) % 2 === 0 ? [first, h, 0, first + 1, h, 0] : [first, 0, h, first + 1, 0, -h];
  };
  const c = new Float64Array(2 * size);
  for (let j = 0; j < size; j++) {
    const [p1, r1, i1, p2, r2, i2] = columnOf(j);
    // C = B t_j
    for (let r = 0; r < size; r++) {
      const b1r = B[2 * (r * size + p1)];
      const b1i = B[2 * (r * size + p1) + 1];
      let re = b1r * r1 - b1i * i1;
      let im = b1r * i1 + b1i * r1;
      if (p2 >= 0) {
        const b2r = B[2 * (r * size + p2)];
        const b2i = B[2 * (r * size + p2) + 1];
        re += b2r * r2 - b2i * i2;
        im += b2r * i2 + b2i * r2;
      }
      c[2 * r] = re;
      c[2 * r + 1] = im;
    }
    // M_ij = Re Σ_p conj(T_pi) C_p
    for (let i = 0; i < size; i++) {
      const [q1, s1, t1, q2, s2, t2] = columnOf(i);
      let value = s1 * c[2 * q1] + t1 * c[2 * q1 + 1];
      if (q2 >= 0) value += s2 * c[2 * q2] + t2 * c[2 * q2 + 1];
      matrix[i * size + j] = value;
    }
  }
}

/** The real coordinates of operators on the zero cluster, mapped to and from the site basis by V. */
function zeroClusterCoordinates(generator: SecularSuperoperator, upper: readonly number[]): RealCoordinates {
  const n = generator.dimension;
  const V = generator.eigen.vectors;
  const h = Math.SQRT1_2;
  const size = n + 2 * upper.length;
  return {
    size,
    populations: n,
    toOperator(x, y, factor = 1) {
      const inEigenbasis = new ComplexMatrix(n, n);
      const d = inEigenbasis.data;
      for (let a = 0; a < n; a++) {
        d[2 * (a * n + a)] = factor * x[a];
        d[2 * (a * n + a) + 1] = y === null ? 0 : factor * y[a];
      }
      upper.forEach((p, k) => {
        const a = Math.floor(p / n);
        const b = p - a * n;
        const [sr, ar] = [x[n + 2 * k], x[n + 2 * k + 1]];
        const [si, ai] = y === null ? [0, 0] : [y[n + 2 * k], y[n + 2 * k + 1]];
        // X_ab = (c_s + i c_a)/√2, X_ba = (c_s − i c_a)/√2 with c = re + i im
        d[2 * (a * n + b)] = factor * h * (sr - ai);
        d[2 * (a * n + b) + 1] = factor * h * (si + ar);
        d[2 * (b * n + a)] = factor * h * (sr + ai);
        d[2 * (b * n + a) + 1] = factor * h * (si - ar);
      });
      const half = multiplyInto(V, inEigenbasis, new ComplexMatrix(n, n));
      return timesAdjointInto(half, V, new ComplexMatrix(n, n));
    },
    coordinatesOf(operator) {
      const half = adjointTimesInto(V, operator, new ComplexMatrix(n, n));
      const inEigenbasis = multiplyInto(half, V, new ComplexMatrix(n, n)).data;
      const re = new Float64Array(size);
      const im = new Float64Array(size);
      for (let a = 0; a < n; a++) {
        re[a] = inEigenbasis[2 * (a * n + a)];
        im[a] = inEigenbasis[2 * (a * n + a) + 1];
      }
      upper.forEach((p, k) => {
        const a = Math.floor(p / n);
        const b = p - a * n;
        const [xr, xi] = [inEigenbasis[2 * (a * n + b)], inEigenbasis[2 * (a * n + b) + 1]];
        const [yr, yi] = [inEigenbasis[2 * (b * n + a)], inEigenbasis[2 * (b * n + a) + 1]];
        // Tr[S X] = (X_ab + X_ba)/√2, Tr[A X] = i(X_ba − X_ab)/√2
        re[n + 2 * k] = h * (xr + yr);
        im[n + 2 * k] = h * (xi + yi);
        re[n + 2 * k + 1] = h * (xi - yi);
        im[n + 2 * k + 1] = h * (yr - xr);
      });
      return [re, im];
    },
  };
}
