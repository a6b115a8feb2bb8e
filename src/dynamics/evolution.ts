import type { ComplexMatrix } from "../linalg/complex-matrix.js";

/**
 * A trajectory ρ(t_k) at requested times, with how it was computed and how accurate it is (the
 * contract of Engine.evolve): `method` names the propagator and what `errorEstimate` measures.
 */
export interface Evolution {
  /** ρ(t_k) for every requested time, in the site basis. */
  states: ComplexMatrix[];
  /** E.g. "dense exp(LΔt), 1 distinct step" or "krylov (Arnoldi, m ≤ 30, tolerance 1e-10)". */
  method: string;
  /** Estimated largest error ‖ρ(t_k) − ρ_exact(t_k)‖_F over the times (Frobenius norm). */
  errorEstimate: number;
  /** Propagation steps taken (exponentials, Krylov steps, time steps), where the method counts them. */
  steps?: number;
  /** Numerical trouble met on the way, with its size. */
  warnings: string[];
}

/** The ways a Markovian generator is propagated (engine option `evolution`). */
export const EVOLUTION_METHODS = ["auto", "dense", "krylov"] as const;
export type EvolutionMethod = (typeof EVOLUTION_METHODS)[number];

/** Default tolerance of the Krylov propagator on ‖ρ(t) − ρ_exact(t)‖_F over a whole trajectory. */
export const DEFAULT_EVOLUTION_TOLERANCE = 1e-10;

/** Throws a RangeError unless the times are finite, non-negative and non-decreasing. */
export function checkTimes(times: readonly number[]): void {
  let previous = 0;
  for (const t of times) {
    if (!Number.isFinite(t) || t < previous) {
      throw new RangeError(
        `invalid argument. Times must be finite, non-negative and non-decreasing. Value: ${t} after ${previous}.`,
      );
    }
    previous = t;
  }
}

/**
 * The steps t_k − t_{k−1} of a time grid (t_{−1} = 0) grouped into distinct lengths: a step within
 * 1e-12 (relative) of the previous distinct one reuses it, so that a uniform grid written in floating
 * point has one step length. Returns the index of each step's length and the lengths.
 */
export function distinctSteps(times: readonly number[]): { index: number[]; lengths: number[] } {
  const lengths: number[] = [];
  const index: number[] = [];
  let previous = 0;
  for (const t of times) {
    const step = t - previous;
    previous = t;
    const found = lengths.findIndex((length) => Math.abs(length - step) <= 1e-12 * Math.max(length, step));
    if (found >= 0) index.push(found);
    else {
      index.push(lengths.length);
      lengths.push(step);
    }
  }
  return { index, lengths };
}
