import { ComplexMatrix } from "../linalg/complex-matrix.js";
import type { Problem } from "../physics/problem.js";
import type { BathCurrents } from "../physics/bath-currents.js";
import type { Superoperator } from "../superoperators/superoperator.js";

/**
 * The currents J^E_α = Re Tr[H_S D_α(ρ)], J^N_α = Re Tr[N D_α(ρ)], J^Q_α = J^E_α − μ_α J^N_α (DESIGN.md)
 * with matrix-free dissipators: one application of D_α and two symbolic traces per bath. Positive when
 * flowing from the bath into the system (DESIGN.md sign convention).
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
