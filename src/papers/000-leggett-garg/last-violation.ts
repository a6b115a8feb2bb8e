import { lgiAt } from "../../measures/leggett-garg.js";
import { brentRoot } from "../../measures/root-finding.js";
import type { GeneratorCorrelation } from "../../measures/two-time-correlation.js";

/** F − 1 above this counts as a violation (round-off in F is ~1e-15). */
const VIOLATION = 1e-12;
const TAU_TOLERANCE = 1e-9;

/**
 * Until when the LGI is violated on a sampled curve F(0, τ, 2τ) (000_47becd3a7196453b.txt eq. (19)): the end
 * of its last violation window, the root of F = 1 after the last grid point with F > 1 (refined by Brent's
 * method), or the end of the grid if F > 1 there; null without violation.
 */
export function lastViolation(correlation: GeneratorCorrelation, tau: number[], F: number[]): number | null {
  let k = F.length - 1;
  while (k >= 0 && !(F[k] - 1 > VIOLATION)) k--;
  if (k < 0) return null;
  if (k === F.length - 1) return tau[k];
  return brentRoot((t) => lgiAt(correlation, t) - 1, tau[k], tau[k + 1], TAU_TOLERANCE);
}
