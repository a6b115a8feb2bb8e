import { assertSquare, ComplexMatrix } from "../linalg/complex-matrix.js";
import type { Problem } from "../physics/problem.js";
import type { BathCurrents } from "../physics/bath-currents.js";
import type { Superoperator } from "../superoperators/superoperator.js";

/**
 * The currents J^E_α = Re Tr[H_S D_α(ρ)], J^N_α = Re Tr[N D_α(ρ)], J^Q_α = J^E_α − μ_α J^N_α (DESIGN.md)
 * with matrix-free dissipators: one application of D_α and two symbolic traces per bath.
 */
export function currentsByApplication(
  problem: Problem,
  dissipators: Record<string, Superoperator>,
  rho: ComplexMatrix,
): Record<string, BathCurrents> {
  const currents: Record<string, BathCurrents> = {};
  const image = new ComplexMatrix(rho.rows, rho.cols);
  for (const bath of problem.baths) {
    const dissipator = dissipators[bath.name];
    dissipator.applyInto(rho, image);
    const energy = problem.hamiltonian.expectation(image)[0];
    const particle = problem.numberOperator.expectation(image)[0];
    currents[bath.name] = { energy, particle, heat: energy - bath.chemicalPotential * particle };
  }
  return currents;
}

/**
 * Energy, particle and heat currents from each bath α into the system (DESIGN.md sign convention:
 * positive when flowing from the bath into the system):
 *   J^E_α = Tr[H_S D_α(ρ)],  J^N_α = Tr[N_S D_α(ρ)],  J^Q_α = J^E_α − μ_α J^N_α,
 * with D_α the n²×n² dissipator superoperator of bath α (column-stacking, vec(AρB) = (Bᵀ⊗A) vec ρ).
 * The traces are evaluated without forming D_α(ρ) as a matrix: Tr[X Y] = Σ_ij X_ji Y_ij = vec(Xᵀ)ᵀ vec(Y), so
 * Tr[X D_α(ρ)] = vec(Xᵀ)ᵀ D_α vec(ρ), and only the rows of D_α where vec(Hᵀ) or vec(Nᵀ) is non-zero are
 * needed (a few of the n² for a sparse H). Real parts are returned.
 */
export function bathCurrents(
  rho: ComplexMatrix,
  hamiltonian: ComplexMatrix,
  numberOperator: ComplexMatrix,
  dissipators: Record<string, ComplexMatrix>,
  chemicalPotentials: Record<string, number>,
): Record<string, BathCurrents> {
  assertSquare(rho, "Density matrix");
  const n = rho.rows;
  assertShape(hamiltonian, n, "Hamiltonian");
  assertShape(numberOperator, n, "Number operator");
  const size = n * n;
  const { vecRho, rows, hamiltonianRow, numberRow } = scratchFor(size);
  // vec(ρ), and the non-zero entries of vec(Hᵀ) and vec(Nᵀ): the element (i, j) sits at index i + j·n.
  const h = hamiltonian.data;
  const N = numberOperator.data;
  let rowCount = 0;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const target = i + j * n;
      const element = 2 * (i * n + j);
      const transposed = 2 * (j * n + i);
      vecRho[2 * target] = rho.data[element];
      vecRho[2 * target + 1] = rho.data[element + 1];
      if (h[transposed] !== 0 || h[transposed + 1] !== 0 || N[transposed] !== 0 || N[transposed + 1] !== 0) {
        rows[rowCount] = target;
        hamiltonianRow[2 * rowCount] = h[transposed];
        hamiltonianRow[2 * rowCount + 1] = h[transposed + 1];
        numberRow[2 * rowCount] = N[transposed];
        numberRow[2 * rowCount + 1] = N[transposed + 1];
        rowCount++;
      }
    }
  }
  const currents: Record<string, BathCurrents> = {};
  for (const [bath, dissipator] of Object.entries(dissipators)) {
    assertShape(dissipator, size, `Dissipator of bath "${bath}"`);
    const chemicalPotential = chemicalPotentials[bath];
    if (typeof chemicalPotential !== "number" || !Number.isFinite(chemicalPotential)) {
      throw new RangeError(
        `invalid argument. Chemical potential of bath "${bath}" must be a finite number. Value: ${chemicalPotential}.`,
      );
    }
    const d = dissipator.data;
    let energy = 0;
    let particle = 0;
    for (let k = 0; k < rowCount; k++) {
      let yr = 0;
      let yi = 0;
      const offset = 2 * rows[k] * size;
      for (let c = 0; c < size; c++) {
        const dr = d[offset + 2 * c];
        const di = d[offset + 2 * c + 1];
        yr += dr * vecRho[2 * c] - di * vecRho[2 * c + 1];
        yi += dr * vecRho[2 * c + 1] + di * vecRho[2 * c];
      }
      energy += hamiltonianRow[2 * k] * yr - hamiltonianRow[2 * k + 1] * yi;
      particle += numberRow[2 * k] * yr - numberRow[2 * k + 1] * yi;
    }
    currents[bath] = { energy, particle, heat: energy - chemicalPotential * particle };
  }
  return currents;
}

/** Work vectors per dimension n², reused between calls (this runs at every point of a sweep). */
interface CurrentScratch {
  vecRho: Float64Array;
  rows: Int32Array;
  hamiltonianRow: Float64Array;
  numberRow: Float64Array;
}

const scratches = new Map<number, CurrentScratch>();

function scratchFor(size: number): CurrentScratch {
  let scratch = scratches.get(size);
  if (!scratch) {
    scratch = {
      vecRho: new Float64Array(2 * size),
      rows: new Int32Array(size),
      hamiltonianRow: new Float64Array(2 * size),
      numberRow: new Float64Array(2 * size),
    };
    scratches.set(size, scratch);
  }
  return scratch;
}

function assertShape(matrix: ComplexMatrix, size: number, what: string): void {
  if (matrix.rows !== size || matrix.cols !== size) {
    throw new RangeError(
      `invalid argument. ${what} must be ${size}x${size}. Value: ${matrix.rows}x${matrix.cols}.`,
    );
  }
}
