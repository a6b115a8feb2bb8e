import type { ComplexMatrix } from "../linalg/complex-matrix.js";
import { type HermitianEigenDecomposition, hermitianEigen, hermitianEigenvalues } from "../linalg/eigen.js";
import { hamiltonianEigenOf } from "../physics/hamiltonian-eigen.js";
import type { Problem } from "../physics/problem.js";
import { horodeckiChshMaximum } from "./chsh.js";
import { expectationValue } from "./operator-expectation.js";
import { concurrenceFromEigensystem } from "./concurrence.js";
import { energyCoherenceInEigenbasis } from "./energy-coherence.js";
import { purity } from "./purity.js";
import { siteExpectations } from "./site-observables.js";
import { entropyOfSpectrum, NEGATIVE_EIGENVALUE_TOLERANCE } from "./von-neumann-entropy.js";

/**
 * Largest Hilbert-space dimension for which the observables that need the spectrum of ρ (entropy) or the
 * eigenbasis of H_S (energy coherence) are computed: n = 256 (eight spins) takes a tenth of a second; the
 * site observables and the purity come from the diagonal and the entries of ρ at any size.
 */
export const SPECTRAL_OBSERVABLES_LIMIT = 256;

/**
 * The `observables` object of `qmebench solve --json` (DESIGN.md, "Command line"), keys in that order.
 * A type alias rather than an interface so that it is assignable to Record<string, unknown>.
 */
export type SteadyStateObservables = {
  /** ⟨σz_k⟩ per site (null for sites that are not spins); present when the system has a spin. */
  sz?: (number | null)[];
  /** ⟨n_k⟩ per site (null for spins); present when the system has a fermionic or bosonic mode. */
  occupation?: (number | null)[];
  purity: number;
  /** The smallest eigenvalue of ρ: negative beyond round-off when ρ is not a state (null above SPECTRAL_OBSERVABLES_LIMIT). */
  smallestEigenvalue: number | null;
  /** Von Neumann entropy in nats (null above SPECTRAL_OBSERVABLES_LIMIT and for a non-state). */
  entropy: number | null;
  /** l1 norm of the off-diagonal part of ρ in the eigenbasis of H_S (null above SPECTRAL_OBSERVABLES_LIMIT). */
  energyCoherence: number | null;
  /** Two qubits only: Wootters concurrence (null for a non-state). */
  concurrence?: number | null;
  /** Two qubits only: Horodecki maximum of the CHSH value, in [0, 2√2]. */
  chsh?: number;
} & {
  /** The case's own observables (Problem.siteObservables, Problem.operatorObservables), by name. */
  [caseObservable: string]: unknown;
};

/**
 * Steady-state summary used at every point of a sweep: the site observables from the diagonal of ρ, the
 * purity, and up to SPECTRAL_OBSERVABLES_LIMIT one eigendecomposition of ρ (entropy; concurrence for two
 * qubits) and one of H_S (energy coherence; pass `hamiltonianEigen` to reuse one), and for two qubits a
 * 3×3 real symmetric eigenvalue problem (CHSH). No optimisation.
 *
 * A ρ with an eigenvalue below −NEGATIVE_EIGENVALUE_TOLERANCE is not a density matrix (e.g. the steady
 * state of a generator that is not completely positive, such as Redfield): its entropy and concurrence are
 * undefined and reported as null (stateWarnings says why); the other observables are still computed.
 */
export function steadyStateObservables(
  rho: ComplexMatrix,
  problem: Problem,
  options: { hamiltonianEigen?: HermitianEigenDecomposition } = {},
): SteadyStateObservables {
  const { space } = problem;
  if (rho.rows !== problem.dimension || rho.cols !== problem.dimension) {
    throw new RangeError(
      `invalid argument. Steady state of case "${problem.caseId}" must be ${problem.dimension}x${problem.dimension}. Value: ${rho.rows}x${rho.cols}.`,
    );
  }
  const twoQubits = space.size === 2 && space.isQubitSpace;
  const spectral = problem.dimension <= SPECTRAL_OBSERVABLES_LIMIT;
  // Eigenvectors of ρ are needed only for the concurrence (two qubits).
  const eigenOfRho = twoQubits ? hermitianEigen(rho) : undefined;
  const spectrum = eigenOfRho ? eigenOfRho.values : spectral ? hermitianEigenvalues(rho) : undefined;
  const isPositive = spectrum === undefined || spectrum[0] >= -NEGATIVE_EIGENVALUE_TOLERANCE;
  const { sz, occupation } = siteExpectations(rho, space);
  const purityOfRho = purity(rho);
  const entropy = spectrum && isPositive ? entropyOfSpectrum(spectrum) : null;
  const smallestEigenvalue = spectrum ? Math.min(...spectrum) : null;
  const energyCoherence = spectral
    ? energyCoherenceInEigenbasis(rho, options.hamiltonianEigen ?? hamiltonianEigenOf(problem))
    : null;
  // object literals of one shape per kind of system (sweeps build one per point)
  const hasSpin = sz.some((v) => v !== null);
  const hasMode = occupation.some((v) => v !== null);
  const observables: SteadyStateObservables = !hasMode
    ? { sz, purity: purityOfRho, smallestEigenvalue, entropy, energyCoherence }
    : !hasSpin
      ? { occupation, purity: purityOfRho, smallestEigenvalue, entropy, energyCoherence }
      : { sz, occupation, purity: purityOfRho, smallestEigenvalue, entropy, energyCoherence };
  for (const observable of problem.siteObservables) {
    observables[observable.name] = sz.map((value, site) =>
      observable.valueAt(site, { sz: value, occupation: occupation[site] }),
    );
  }
  for (const { name, operator, hermitian } of problem.operatorObservables) {
    observables[name] = expectationValue(operator, hermitian, rho);
  }
  if (eigenOfRho) {
    observables.concurrence = isPositive ? concurrenceFromEigensystem(eigenOfRho) : null;
    observables.chsh = horodeckiChshMaximum(rho);
  }
  return observables;
}

/**
 * Warnings about the state the observables describe: a ρ with a negative eigenvalue is not a state (its
 * entropy and concurrence are left out), and above SPECTRAL_OBSERVABLES_LIMIT positivity is not checked.
 */
export function stateWarnings(observables: SteadyStateObservables): string[] {
  const lowest = observables.smallestEigenvalue;
  if (lowest === null) {
    return [
      `positivity of ρ is not checked above Hilbert-space dimension ${SPECTRAL_OBSERVABLES_LIMIT} (no spectrum)`,
    ];
  }
  if (lowest < -NEGATIVE_EIGENVALUE_TOLERANCE) {
    return [
      `ρ is not a state: its smallest eigenvalue is ${lowest.toExponential(2)} (a generator that is not completely ` +
        "positive, e.g. Bloch-Redfield, can give one); entropy and concurrence are left out",
    ];
  }
  return [];
}
