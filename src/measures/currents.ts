import { assertSquare, type ComplexMatrix } from "../linalg/complex-matrix.js";
import type { BathCurrents } from "../plugins/engine.js";

/**
 * Energy, particle and heat currents from each bath α into the system (DESIGN.md sign convention:
 * positive when flowing from the bath into the system):
 *   J^E_α = Tr[H_S D_α(ρ)],  J^N_α = Tr[N_S D_α(ρ)],  J^Q_α = J^E_α − μ_α J^N_α,
 * with D_α the n²×n² dissipator superoperator of bath α (column-stacking, vec(AρB) = (Bᵀ⊗A) vec ρ).
 * The traces are evaluated without forming D_α(ρ) as a matrix: Tr[X Y] = Σ_ij X_ji Y_ij = vec(Xᵀ)ᵀ vec(Y), so
 * Tr[X D_α(ρ)] = vec(Xᵀ)ᵀ D_α vec(ρ), one n²×n² matrix-vector product per bath. Real parts are returned.
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
  // vec(ρ) and vec(Hᵀ), vec(Nᵀ): the element (i, j) sits at column-stacked index i + j·n.
  const vecRho = new Float64Array(2 * size);
  const vecHamiltonianT = new Float64Array(2 * size);
  const vecNumberT = new Float64Array(2 * size);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const target = 2 * (i + j * n);
      const element = 2 * (i * n + j);
      const transposed = 2 * (j * n + i);
      vecRho[target] = rho.data[element];
      vecRho[target + 1] = rho.data[element + 1];
      vecHamiltonianT[target] = hamiltonian.data[transposed];
      vecHamiltonianT[target + 1] = hamiltonian.data[transposed + 1];
      vecNumberT[target] = numberOperator.data[transposed];
      vecNumberT[target + 1] = numberOperator.data[transposed + 1];
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
    for (let row = 0; row < size; row++) {
      let yr = 0;
      let yi = 0;
      const offset = 2 * row * size;
      for (let k = 0; k < size; k++) {
        const dr = d[offset + 2 * k];
        const di = d[offset + 2 * k + 1];
        yr += dr * vecRho[2 * k] - di * vecRho[2 * k + 1];
        yi += dr * vecRho[2 * k + 1] + di * vecRho[2 * k];
      }
      energy += vecHamiltonianT[2 * row] * yr - vecHamiltonianT[2 * row + 1] * yi;
      particle += vecNumberT[2 * row] * yr - vecNumberT[2 * row + 1] * yi;
    }
    currents[bath] = { energy, particle, heat: energy - chemicalPotential * particle };
  }
  return currents;
}

function assertShape(matrix: ComplexMatrix, size: number, what: string): void {
  if (matrix.rows !== size || matrix.cols !== size) {
    throw new RangeError(
      `invalid argument. ${what} must be ${size}x${size}. Value: ${matrix.rows}x${matrix.cols}.`,
    );
  }
}
