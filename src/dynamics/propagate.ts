import type { ComplexMatrix } from "../linalg/complex-matrix.js";
import type { Superoperator } from "../superoperators/superoperator.js";
import { densePropagation } from "./dense-propagation.js";
import { distinctSteps, type Evolution, type EvolutionMethod } from "./evolution.js";
import { krylovPropagation } from "./krylov-propagation.js";

/**
 * Largest Hilbert-space dimension that `auto` propagates densely (n = 8: a 64×64 exponential per
 * distinct step); above it the Krylov propagator is faster, since it costs applications of L only.
 */
export const DENSE_PROPAGATION_DIMENSION = 8;
/** Most distinct step lengths `auto` propagates densely (a log grid has one per point). */
export const DENSE_PROPAGATION_STEPS = 200;

export interface PropagationOptions {
  method: EvolutionMethod;
  /** Tolerance of the Krylov propagator (the dense one is exact up to round-off). */
  tolerance: number;
}

/**
 * exp(Lt_k)X for any operator X (a state, or Bρ for a two-time correlation) by the chosen method:
 * `dense` (dense-propagation.ts), `krylov` (krylov-propagation.ts), or `auto`: dense up to
 * DENSE_PROPAGATION_DIMENSION with at most DENSE_PROPAGATION_STEPS distinct steps, else Krylov.
 */
export function propagate(
  liouvillian: Superoperator,
  initial: ComplexMatrix,
  times: readonly number[],
  options: PropagationOptions,
): Evolution {
  const dense =
    options.method === "dense" ||
    (options.method === "auto" &&
      liouvillian.dimension <= DENSE_PROPAGATION_DIMENSION &&
      distinctSteps(times).lengths.length <= DENSE_PROPAGATION_STEPS);
  return dense
    ? densePropagation(liouvillian, initial, times)
    : krylovPropagation(liouvillian, initial, times, { tolerance: options.tolerance });
}
