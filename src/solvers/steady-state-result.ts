import type { ComplexMatrix } from "../linalg/complex-matrix.js";

/**
 * Thrown when a generator has no steady state that can be trusted: its kernel is numerically empty (it
 * is not trace preserving, or the rank tolerance is too tight), the kernel vector is traceless, the zero
 * eigenvalue is not semisimple, or an iterative solve did not converge. The message gives the numbers.
 */
export class SteadyStateError extends Error {
  override name = "SteadyStateError";
}

/** The steady-state methods (`--option method=...`); `auto` picks one by the generator's form and size. */
export const STEADY_STATE_METHODS = ["auto", "dense", "sparse", "krylov", "secular"] as const;
export type SteadyStateMethod = (typeof STEADY_STATE_METHODS)[number];

export interface SteadyStateOptions {
  /** ρ(0); when given, the asymptotic state ρ∞ of this initial state is returned even if the kernel is degenerate. */
  initialState?: ComplexMatrix;
  /**
   * Relative rank tolerance of the direct methods: a singular value of the real representation M counts
   * as zero when it is ≤ tolerance · max|M_ab|. Default 1e-10.
   */
  tolerance?: number;
  /** Dense method only: decide the kernel by the SVD alone (slower; a cross-check of the fast paths). */
  svd?: boolean;
}

export interface SteadyStateResult {
  /** The steady state (trace 1, Hermitian), ρ∞ for the given initial state, or null if not unique and no initial state. */
  rho: ComplexMatrix | null;
  /** The number of independent steady states: dim ker L. */
  dimension: number;
  /** A Hilbert-Schmidt-orthonormal basis of Hermitian l with L‡(l) = 0, where the method computes it. */
  conservedQuantities?: ComplexMatrix[];
  warnings: string[];
  /** The method that solved it: dense, sparse, krylov or secular (or an engine's own, e.g. exact). */
  method: string;
  /** ‖L ρ‖ relative to the scale of L and of ρ (the method's own measure of how well ρ solves Lρ = 0). */
  residual: number;
  /** Condition number estimate of the solve, where the method computes one. */
  conditionEstimate?: number;
  /** Iterations of an iterative method. */
  iterations?: number;
}
