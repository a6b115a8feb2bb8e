import { ComplexMatrix } from "../linalg/complex-matrix.js";
import { applySuperoperatorInto } from "../linalg/superoperator.js";

/**
 * A linear map on operators (a generator L, a bath dissipator D_α, a dynamical map), matrix-free:
 * `applyInto` writes L(ρ) for an n×n ρ in the site basis of DESIGN.md. Forms that also have a matrix
 * (DenseSuperoperator) or a structure the solvers use (SandwichSuperoperator, SecularSuperoperator)
 * say so by their class; everything else works through `applyInto`.
 */
export interface Superoperator {
  /** Hilbert-space dimension n (the map acts on n×n matrices). */
  readonly dimension: number;
  /** out ← L(ρ) (out is overwritten; it must not be ρ). Returns out. */
  applyInto(rho: ComplexMatrix, out: ComplexMatrix): ComplexMatrix;
}

/** L(ρ) as a new matrix. */
export function applySuperoperator(superoperator: Superoperator, rho: ComplexMatrix): ComplexMatrix {
  const n = superoperator.dimension;
  if (rho.rows !== n || rho.cols !== n) {
    throw new RangeError(
      `invalid argument. The operator must be ${n}x${n} to match the superoperator. Value: ${rho.rows}x${rho.cols}.`,
    );
  }
  return superoperator.applyInto(rho, new ComplexMatrix(n, n));
}

/**
 * Largest Hilbert-space dimension for which a superoperator is written out as an n²×n² matrix
 * (n = 32: a 1024×1024 complex matrix of 16 MiB). Properties that need the matrix (complete positivity,
 * exp(Lt) for Kraus operators) declare themselves not applicable above it.
 */
export const DENSE_SUPEROPERATOR_LIMIT = 32;

/** Thrown when a computation needs a dense form the size gate refuses; the message gives the numbers. */
export class SizeLimitError extends RangeError {
  override name = "SizeLimitError";
}

/** Throws a SizeLimitError unless the dense n²×n² matrix may be built. */
export function assertDenseSuperoperatorSize(n: number, what: string): void {
  if (n > DENSE_SUPEROPERATOR_LIMIT) {
    throw new SizeLimitError(
      `${what} needs the ${n * n}×${n * n} superoperator matrix; it is built only up to Hilbert-space dimension ${DENSE_SUPEROPERATOR_LIMIT} (this system has ${n})`,
    );
  }
}

/** A superoperator given by its n²×n² matrix in the column-stacking convention of linalg/superoperator.ts. */
export class DenseSuperoperator implements Superoperator {
  readonly dimension: number;

  constructor(readonly matrix: ComplexMatrix) {
    const n = Math.round(Math.sqrt(matrix.rows));
    if (matrix.rows !== matrix.cols || n * n !== matrix.rows) {
      throw new RangeError(
        `invalid argument. A superoperator must be n²×n². Value: ${matrix.rows}x${matrix.cols}.`,
      );
    }
    this.dimension = n;
  }

  applyInto(rho: ComplexMatrix, out: ComplexMatrix): ComplexMatrix {
    return applySuperoperatorInto(this.matrix, rho, out);
  }
}

/**
 * The n²×n² matrix of a superoperator (column stacking: element [i + j·n, k + l·n] is the coefficient of
 * ρ_kl in L(ρ)_ij), built from n² applications to the matrix units |k⟩⟨l|. A SizeLimitError above
 * DENSE_SUPEROPERATOR_LIMIT.
 */
export function denseSuperoperator(superoperator: Superoperator, what = "this computation"): ComplexMatrix {
  if (superoperator instanceof DenseSuperoperator) return superoperator.matrix;
  const n = superoperator.dimension;
  assertDenseSuperoperatorSize(n, what);
  const N = n * n;
  const out = new ComplexMatrix(N, N);
  const unit = new ComplexMatrix(n, n);
  const image = new ComplexMatrix(n, n);
  for (let k = 0; k < n; k++) {
    for (let l = 0; l < n; l++) {
      unit.data[2 * (k * n + l)] = 1;
      superoperator.applyInto(unit, image);
      unit.data[2 * (k * n + l)] = 0;
      const column = k + l * n;
      for (let i = 0; i < n; i++) {
        for (let j = 0; j < n; j++) {
          out.data[2 * ((i + j * n) * N + column)] = image.data[2 * (i * n + j)];
          out.data[2 * ((i + j * n) * N + column) + 1] = image.data[2 * (i * n + j) + 1];
        }
      }
    }
  }
  return out;
}

/** Σ_k c_k L_k of superoperators on the same space, applied term by term. */
export class SumSuperoperator implements Superoperator {
  readonly dimension: number;
  private scratch?: ComplexMatrix;

  constructor(readonly parts: readonly { weight: number; superoperator: Superoperator }[]) {
    if (parts.length === 0)
      throw new RangeError("invalid argument. A sum needs at least one superoperator. Value: 0.");
    this.dimension = parts[0].superoperator.dimension;
  }

  applyInto(rho: ComplexMatrix, out: ComplexMatrix): ComplexMatrix {
    const n = this.dimension;
    this.scratch ??= new ComplexMatrix(n, n);
    out.data.fill(0);
    for (const { weight, superoperator } of this.parts) {
      superoperator.applyInto(rho, this.scratch);
      const s = this.scratch.data;
      for (let k = 0; k < s.length; k++) out.data[k] += weight * s[k];
    }
    return out;
  }
}
