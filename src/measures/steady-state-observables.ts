import type { ComplexMatrix } from "../linalg/complex-matrix.js";
import { type HermitianEigenDecomposition, hermitianEigen, hermitianEigenvalues } from "../linalg/eigen.js";
import { hamiltonianEigenOf } from "../physics/hamiltonian-eigen.js";
import type { Problem } from "../physics/problem.js";
import { horodeckiChshMaximum } from "./chsh.js";
import { concurrenceFromEigensystem } from "./concurrence.js";
import { energyCoherenceInEigenbasis } from "./energy-coherence.js";
import { purity } from "./purity.js";
import { siteExpectations } from "./site-observables.js";
import { entropyOfSpectrum, NEGATIVE_EIGENVALUE_TOLERANCE } from "./von-neumann-entropy.js";

/**
 * The `observables` object of `qmebench solve --json` (DESIGN.md, "Command line"), keys in that order.
 * A type alias rather than an interface so that it is assignable to Record<string, unknown>.
 */
export type SteadyStateObservables = {
  /** ⟨σz_k⟩ per site (spin cases). */
  sz?: number[];
  /** ⟨n_k⟩ per site (fermionic cases). */
  occupation?: number[];
  purity: number;
  /** Von Neumann entropy in nats. */
  entropy: number;
  /** l1 norm of the off-diagonal part of ρ in the eigenbasis of H_S. */
  energyCoherence: number;
  /** Two sites only: Wootters concurrence. */
  concurrence?: number;
  /** Two sites only: Horodecki maximum of the CHSH value, in [0, 2√2]. */
  chsh?: number;
};

/**
 * Steady-state summary used at every point of a sweep: one eigendecomposition of ρ (entropy and
 * concurrence), one of H_S (energy coherence; pass `hamiltonianEigen` to reuse one), and for two sites one
 * 4×4 Hermitian eigenvalue problem (concurrence) and a 3×3 real symmetric one (CHSH). No optimisation.
 *
 * A ρ with an eigenvalue below −NEGATIVE_EIGENVALUE_TOLERANCE is not a density matrix (e.g. the steady
 * state of a generator that is not completely positive, such as Redfield): its entropy and concurrence are
 * undefined and reported as NaN (null in JSON); the other observables are still computed.
 */
export function steadyStateObservables(
  rho: ComplexMatrix,
  problem: Problem,
  options: { hamiltonianEigen?: HermitianEigenDecomposition } = {},
): SteadyStateObservables {
  const nSites = problem.sites.length;
  if (rho.rows !== problem.dimension || rho.cols !== problem.dimension) {
    throw new RangeError(
      `invalid argument. Steady state of case "${problem.caseId}" must be ${problem.dimension}x${problem.dimension}. Value: ${rho.rows}x${rho.cols}.`,
    );
  }
  // Eigenvectors of ρ are needed only for the concurrence (two sites).
  const eigenOfRho = nSites === 2 ? hermitianEigen(rho) : undefined;
  const spectrum = eigenOfRho ? eigenOfRho.values : hermitianEigenvalues(rho);
  const isPositive = spectrum[0] >= -NEGATIVE_EIGENVALUE_TOLERANCE;
  const perSite = siteExpectations(rho, nSites, problem.siteKind);
  const purityOfRho = purity(rho);
  const entropy = isPositive ? entropyOfSpectrum(spectrum) : Number.NaN;
  const energyCoherence = energyCoherenceInEigenbasis(
    rho,
    options.hamiltonianEigen ?? hamiltonianEigenOf(problem),
  );
  const observables: SteadyStateObservables =
    problem.siteKind === "spin"
      ? { sz: perSite, purity: purityOfRho, entropy, energyCoherence }
      : { occupation: perSite, purity: purityOfRho, entropy, energyCoherence };
  if (eigenOfRho) {
    observables.concurrence = isPositive ? concurrenceFromEigensystem(eigenOfRho) : Number.NaN;
    observables.chsh = horodeckiChshMaximum(rho);
  }
  return observables;
}
