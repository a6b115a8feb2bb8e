import { ExternalEngineError } from "../external/external-engine-error.js";
import { RateDivergenceError } from "../physics/rate-divergence-error.js";
import { SteadyStateError } from "../solvers/steady-state-result.js";

/**
 * Whether an error is about one parameter point rather than a bug: no trustworthy steady state there,
 * bath rates that diverge there, or an external engine that failed there (crashed, hung, answered
 * garbage). A sweep turns such a point into an error row and goes on.
 */
export function isPointFailure(error: unknown): error is Error {
  return (
    error instanceof SteadyStateError ||
    error instanceof RateDivergenceError ||
    error instanceof ExternalEngineError
  );
}
