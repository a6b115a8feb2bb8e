/**
 * A bath whose noise spectrum is infinite at a Bohr frequency of the problem: a flat bosonic bath at ω = 0,
 * where γ(ω)(n(ω) + 1) ~ γT/ω grows without bound. The model diverges at this parameter point (not the
 * numerics): the command line treats it as bad input (exit 2), a sweep as an error row, a run as an error
 * on the checks of that point. The message names the bath, the channel and the frequency.
 */
export class RateDivergenceError extends Error {
  override name = "RateDivergenceError";
}
