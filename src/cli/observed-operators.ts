import { observedOperator } from "../cases/observed-operators.js";
import { InputError } from "../input-error.js";
import type { ObservedOperator } from "../measures/trajectory-observables.js";
import type { Operator } from "../operators/operator.js";
import type { Problem } from "../physics/problem.js";

/** An operator string of a command-line flag (`--observe`, `--a`), its errors as InputErrors naming the flag. */
export function operatorArgument(text: string, problem: Problem, flag: string): Operator {
  return observedOperator(text, problem, { file: flag, path: "" }).operator;
}

/**
 * The operators `evolve` follows: those of `--observe` (comma-separated operator strings, named as
 * written), or by default Z_k of every spin and n_k of every mode; then the case's own operator
 * observables under their names.
 */
export function observedOperators(text: string | undefined, problem: Problem): ObservedOperator[] {
  const written =
    text === undefined
      ? problem.sites.map((site, k) => (site.kind === "spin" ? `Z${k}` : `n${k}`))
      : text.split(",").map((part) => part.trim());
  if (written.some((name) => name === "")) {
    throw new InputError({
      file: "--observe",
      path: "",
      expected: "comma-separated operator strings such as n0, X1, sp0 sm1",
      got: JSON.stringify(text),
    });
  }
  const observed = written.map((name) => observedOperator(name, problem, { file: "--observe", path: "" }));
  for (const { name, operator, hermitian } of problem.operatorObservables) {
    if (!observed.some((o) => o.name === name)) observed.push({ name, operator, hermitian });
  }
  return observed;
}
