import fc from "fast-check";
import { adjoint, ComplexMatrix, hermitianPart, multiply, trace } from "../../src/linalg/complex-matrix.js";
import { hermitianEigen } from "../../src/linalg/eigen.js";
import { lindbladLiouvillian } from "../../src/linalg/superoperator.js";

/**
 * fast-check arbitraries for random operators. Two entry distributions (real and imaginary parts alike):
 * - `uniform` (default): uniform in [−magnitude, magnitude] on a grid of 2⁻³⁰·magnitude, with fast-check's
 *   usual bias towards 0 and ±magnitude;
 * - `wide`: any double in [−magnitude, magnitude], i.e. spread over all orders of magnitude (tiny entries
 *   next to large ones), for stress-testing numerical kernels. Entries below 1e-300 become 0, since
 *   subnormal numbers carry no relative precision.
 */
export type EntryDistribution = "uniform" | "wide";

export interface MatrixOptions {
  magnitude?: number;
  distribution?: EntryDistribution;
}

const GRID = 2 ** 30;

function entryArbitrary({ magnitude = 1, distribution = "uniform" }: MatrixOptions): fc.Arbitrary<number> {
  if (distribution === "uniform") {
    return fc.integer({ min: -GRID, max: GRID }).map((k) => (k / GRID) * magnitude);
  }
  return fc
    .double({ min: -magnitude, max: magnitude, noNaN: true, noDefaultInfinity: true })
    .map((x) => (Math.abs(x) < 1e-300 ? 0 : x));
}

/** A random rows×cols complex matrix. */
export function complexMatrixArbitrary(
  rows: number,
  cols: number = rows,
  options: MatrixOptions = {},
): fc.Arbitrary<ComplexMatrix> {
  const length = 2 * rows * cols;
  return fc
    .array(entryArbitrary(options), { minLength: length, maxLength: length })
    .map((values) => new ComplexMatrix(rows, cols, Float64Array.from(values)));
}

/** A random Hermitian n×n matrix ½(A + A†). */
export function hermitianArbitrary(n: number, options: MatrixOptions = {}): fc.Arbitrary<ComplexMatrix> {
  return complexMatrixArbitrary(n, n, options).map(hermitianPart);
}

/**
 * A Hermitian matrix U diag(E) U† whose spectrum has repeated eigenvalues: each eigenvalue is drawn
 * from a few levels, and U is the (random) eigenvector matrix of a random Hermitian matrix.
 */
export function degenerateHermitianArbitrary(n: number): fc.Arbitrary<ComplexMatrix> {
  const levels = fc.array(fc.integer({ min: -2, max: 2 }), { minLength: n, maxLength: n });
  return fc.tuple(levels, hermitianArbitrary(n)).map(([energies, seed]) => {
    const unitary = hermitianEigen(seed).vectors;
    return multiply(
      multiply(unitary, ComplexMatrix.diagonal(energies.map((e) => 0.7 * e))),
      adjoint(unitary),
    );
  });
}

/** A random full-rank density matrix (AA† + 10⁻³)/Tr with uniform entries in A. */
export function densityMatrixArbitrary(n: number): fc.Arbitrary<ComplexMatrix> {
  return complexMatrixArbitrary(n).map((a) => {
    const positive = multiply(a, adjoint(a));
    for (let i = 0; i < n; i++) positive.data[2 * (i * n + i)] += 1e-3;
    const [t] = trace(positive);
    for (let k = 0; k < positive.data.length; k++) positive.data[k] /= t;
    return positive;
  });
}

export interface RandomLindbladian {
  n: number;
  hamiltonian: ComplexMatrix;
  jumps: { operator: ComplexMatrix; rate: number }[];
  liouvillian: ComplexMatrix;
}

/**
 * A random Lindblad generator: random Hermitian H and 1..3 random jump operators (uniform entries) with
 * rates in [0.05, 2]. Drawn without fast-check's bias towards edge values (zero matrices), so that the
 * generator is generic and its steady state unique (with probability one).
 */
export function lindbladianArbitrary(n: number): fc.Arbitrary<RandomLindbladian> {
  const jump = fc.record({
    operator: complexMatrixArbitrary(n),
    rate: fc.integer({ min: 0, max: GRID }).map((k) => 0.05 + (1.95 * k) / GRID),
  });
  const parts = fc.record({
    hamiltonian: hermitianArbitrary(n),
    jumps: fc.array(jump, { minLength: 1, maxLength: 3 }),
  });
  return fc.noBias(parts).map(({ hamiltonian, jumps }) => ({
    n,
    hamiltonian,
    jumps,
    liouvillian: lindbladLiouvillian(hamiltonian, jumps),
  }));
}

/** Picks a dimension in [min, max] and then a value depending on it. */
export function withDimension<T>(
  min: number,
  max: number,
  build: (n: number) => fc.Arbitrary<T>,
): fc.Arbitrary<T> {
  return fc.integer({ min, max }).chain(build);
}
