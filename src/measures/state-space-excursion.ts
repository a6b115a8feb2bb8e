import { adjoint, type ComplexMatrix, maxAbsDifference, trace } from "../linalg/complex-matrix.js";
import { hermitianEigenvalues } from "../linalg/eigen.js";

/**
 * How far a trajectory strays from the density matrices: the worst |Tr ρ(t) − 1|, max|ρ(t) − ρ(t)†| and
 * the most negative eigenvalue of the Hermitian part, each with the time where it occurs. A generator
 * that is not completely positive (Bloch-Redfield) can take a state out of the state space at short
 * times; a propagator that loses accuracy shows in the trace.
 */
export interface StateSpaceExcursion {
  traceError: number;
  traceErrorTime: number;
  hermiticityError: number;
  /** The smallest eigenvalue of ½(ρ + ρ†) over the trajectory (null where the spectra were not computed). */
  smallestEigenvalue: number | null;
  smallestEigenvalueTime: number | null;
}

/**
 * The excursion of states ρ(t_k) from the state space. The spectra cost n³ per state and are computed
 * up to Hilbert-space dimension `spectralLimit`.
 */
export function stateSpaceExcursion(
  states: readonly ComplexMatrix[],
  times: readonly number[],
  spectralLimit: number,
): StateSpaceExcursion {
  let traceError = 0;
  let traceErrorTime = times[0] ?? 0;
  let hermiticityError = 0;
  const spectral = states.length > 0 && states[0].rows <= spectralLimit;
  let smallest = Number.POSITIVE_INFINITY;
  let smallestTime = times[0] ?? 0;
  states.forEach((rho, k) => {
    const [re, im] = trace(rho);
    const error = Math.hypot(re - 1, im);
    if (error > traceError) {
      traceError = error;
      traceErrorTime = times[k];
    }
    const rhoDagger = adjoint(rho);
    hermiticityError = Math.max(hermiticityError, maxAbsDifference(rho, rhoDagger));
    if (spectral) {
      const hermitian = rho.clone();
      for (let i = 0; i < hermitian.data.length; i++)
        hermitian.data[i] = (rho.data[i] + rhoDagger.data[i]) / 2;
      const lowest = hermitianEigenvalues(hermitian)[0];
      if (lowest < smallest) {
        smallest = lowest;
        smallestTime = times[k];
      }
    }
  });
  return {
    traceError,
    traceErrorTime,
    hermiticityError,
    smallestEigenvalue: spectral ? smallest : null,
    smallestEigenvalueTime: spectral ? smallestTime : null,
  };
}
