import fc from "fast-check";
import { adjoint, ComplexMatrix, hermitianPart, multiply } from "../../src/linalg/complex-matrix.js";
import { hermitianEigen } from "../../src/linalg/eigen.js";

/**
 * Real numbers in [−1, 1] on the grid 2^−20: fast-check's doubles include subnormals such as 5e-324,
 * which are no physics input and which the eigensolver does not handle (see the report of this area).
 */
const entry = fc.double({ min: -1, max: 1, noNaN: true }).map((x) => Math.round(x * 2 ** 20) / 2 ** 20);

/** A dimension × dimension complex matrix with entries in [−1, 1] + i[−1, 1]. */
export function complexMatrixArbitrary(dimension: number): fc.Arbitrary<ComplexMatrix> {
  const length = 2 * dimension * dimension;
  return fc
    .array(entry, { minLength: length, maxLength: length })
    .map((entries) => new ComplexMatrix(dimension, dimension, Float64Array.from(entries)));
}

/** A random Hermitian matrix ½(M + M†). */
export function hermitianArbitrary(dimension: number): fc.Arbitrary<ComplexMatrix> {
  return complexMatrixArbitrary(dimension).map(hermitianPart);
}

/**
 * A Hermitian matrix U diag(E) U† whose spectrum has repeated eigenvalues: each eigenvalue is drawn
 * from a few levels, and U is the (random) eigenvector matrix of a random Hermitian matrix.
 */
export function degenerateHermitianArbitrary(dimension: number): fc.Arbitrary<ComplexMatrix> {
  const levels = fc.array(fc.integer({ min: -2, max: 2 }), { minLength: dimension, maxLength: dimension });
  return fc.tuple(levels, hermitianArbitrary(dimension)).map(([energies, seed]) => {
    const unitary = hermitianEigen(seed).vectors;
    return multiply(
      multiply(unitary, ComplexMatrix.diagonal(energies.map((e) => 0.7 * e))),
      adjoint(unitary),
    );
  });
}
