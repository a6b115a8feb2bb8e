import { InputError } from "../input-error.js";
import type { ObservedOperator } from "../measures/trajectory-observables.js";
import { OperatorStringError, parseOperatorString } from "../operators/operator-string.js";
import type { Problem } from "../physics/problem.js";

/**
 * An operator to follow along a trajectory, named as written (`evolve --observe`, `--a`, a case's
 * `trajectories[].observables`); a malformed operator string is an InputError naming `where`.
 */
export function observedOperator(
  text: string,
  problem: Problem,
  where: { file: string; path: string },
): ObservedOperator {
  try {
    const operator = parseOperatorString(text, problem.space);
    return { name: text, operator, hermitian: operator.isHermitian() };
  } catch (error) {
    if (!(error instanceof OperatorStringError)) throw error;
    throw new InputError({
      ...where,
      expected: "an operator string",
      got: JSON.stringify(text),
      reason: error.message,
    });
  }
}
