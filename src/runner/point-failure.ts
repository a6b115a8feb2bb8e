import { RateDivergenceError } from "../physics/rate-divergence-error.js";
import { SteadyStateError } from "../solvers/steady-state-result.js";

/**
 * Whether an error is about one parameter point rather than a bug: no trustworthy steady state there, or
 * bath rates that diverge there. A sweep turns such a point into an error row and goes on.
 */
export function isPointFailure(error: unknown): error is Error {
  return error instanceof SteadyStateError || error instanceof RateDivergenceError;
}
