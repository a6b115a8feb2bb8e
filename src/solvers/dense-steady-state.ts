import { ComplexMatrix } from "../linalg/complex-matrix.js";
import {
  coordinatesOfOperator,
  hermitianCoordinatesInto,
  operatorFromCoordinates,
  realRepresentationInto,
} from "../linalg/hermitian-operator-basis.js";
import { DenseSuperoperator, type Superoperator } from "../superoperators/superoperator.js";
import { type RealCoordinates, steadyStateOfRealRepresentation } from "./real-kernel-steady-state.js";
import type { SteadyStateOptions, SteadyStateResult } from "./steady-state-result.js";

/**
 * Largest Liouvillian dimension n² of the dense method (n = 64, six spins): the real representation and
 * its LU factors take 2·n⁴ doubles (256 MiB) and the factorisation 2n⁶/3 operations (a minute). Above
 * n² = 256 the default method is krylov.
 */
export const DENSE_LIMIT = 4096;

/** The Hermitian basis of hermitian-operator-basis.ts as real coordinates of all n×n operators. */
export function fullHermitianCoordinates(n: number): RealCoordinates {
  return {
    size: n * n,
    populations: n,
    toOperator: (x, y, factor = 1) => operatorFromCoordinates(x, y, n, factor),
    coordinatesOf: coordinatesOfOperator,
  };
}

/**
 * The dense method: the real representation M_ab = Tr[G_a L(G_b)] of the whole generator, solved by the
 * bordered LU, pivoted LU or SVD paths of real-kernel-steady-state.ts (which also find degenerate kernels).
 * A dense superoperator is converted entry by entry; any other generator is applied to each basis operator G_b.
 */
export function denseSteadyState(
  generator: Superoperator,
  options: SteadyStateOptions = {},
): SteadyStateResult {
  const n = generator.dimension;
  const write =
    generator instanceof DenseSuperoperator
      ? (matrix: Float64Array) =>
          realRepresentationInto(generator.matrix, n, {
            yRe: new Float64Array(n ** 4),
            yIm: new Float64Array(n ** 4),
            matrix,
          })
      : (matrix: Float64Array) => realRepresentationByApplication(generator, matrix);
  return denseSteadyStateOfRepresentation(n, write, options);
}

/**
 * The dense method on a real representation that `write` puts into a zeroed n²×n² array (row-major): the
 * path of engines that have it cached (the secular parts of small systems, secular-real-generator.ts).
 */
export function denseSteadyStateOfRepresentation(
  n: number,
  write: (matrix: Float64Array) => void,
  options: SteadyStateOptions = {},
): SteadyStateResult {
  if (n * n > DENSE_LIMIT) {
    throw new RangeError(
      `invalid argument. The dense method handles Liouvillian dimension up to ${DENSE_LIMIT}. Value: ${n * n} (Hilbert-space dimension ${n}).`,
    );
  }
  return steadyStateOfRealRepresentation(fullHermitianCoordinates(n), write, options, "dense");
}

/** Largest relative imaginary part of Tr[G_a L(G_b)] accepted as rounding (L must preserve Hermiticity). */
const HERMITICITY_PRESERVATION_TOLERANCE = 1e-9;

/**
 * M_ab = Tr[G_a L(G_b)] by applying L to each basis operator G_b (n² applications). Throws a RangeError
 * when L(G_b) is not Hermitian (L does not preserve Hermiticity).
 */
export function realRepresentationByApplication(generator: Superoperator, matrix: Float64Array): void {
  const n = generator.dimension;
  const m = n * n;
  const unit = new ComplexMatrix(n, n);
  const image = new ComplexMatrix(n, n);
  const column = new Float64Array(m);
  const h = Math.SQRT1_2;
  let scale = 0;
  let worstAsymmetry = 0;
  const visit = (b: number) => {
    generator.applyInto(unit, image);
    hermitianCoordinatesInto(image, column);
    for (let a = 0; a < m; a++) {
      matrix[a * m + b] = column[a];
      if (Math.abs(column[a]) > scale) scale = Math.abs(column[a]);
    }
    const d = image.data;
    for (let i = 0; i < n; i++) {
      for (let j = i; j < n; j++) {
        const ij = 2 * (i * n + j);
        const ji = 2 * (j * n + i);
        worstAsymmetry = Math.max(worstAsymmetry, Math.abs(d[ij] - d[ji]), Math.abs(d[ij + 1] + d[ji + 1]));
      }
    }
  };
  for (let i = 0; i < n; i++) {
    unit.data[2 * (i * n + i)] = 1;
    visit(i);
    unit.data[2 * (i * n + i)] = 0;
  }
  let k = 0;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++, k++) {
      const ij = 2 * (i * n + j);
      const ji = 2 * (j * n + i);
      unit.data[ij] = h;
      unit.data[ji] = h;
      visit(n + 2 * k);
      unit.data[ij] = 0;
      unit.data[ji] = 0;
      unit.data[ij + 1] = h;
      unit.data[ji + 1] = -h;
      visit(n + 2 * k + 1);
      unit.data[ij + 1] = 0;
      unit.data[ji + 1] = 0;
    }
  }
  if (worstAsymmetry > HERMITICITY_PRESERVATION_TOLERANCE * Math.max(scale, Number.MIN_VALUE)) {
    throw new RangeError(
      "invalid argument. Liouvillian must map Hermitian operators to Hermitian operators. " +
        `Value: anti-Hermitian part ${worstAsymmetry.toExponential(3)} (scale ${scale.toExponential(3)}).`,
    );
  }
}

/** The dense method for a Liouvillian given as its n²×n² matrix (column stacking, linalg/superoperator.ts). */
export function steadyStateOfMatrix(
  liouvillian: ComplexMatrix,
  options: SteadyStateOptions = {},
): SteadyStateResult {
  return denseSteadyState(new DenseSuperoperator(liouvillian), options);
}
