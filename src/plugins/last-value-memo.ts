import type { Problem } from "../physics/problem.js";
import type { EngineOptions } from "./engine.js";

/**
 * A function of (problem, options) that remembers its last value: the steady state, currents and
 * properties of one problem reuse it, and a sweep that moves on point by point keeps nothing alive
 * (unlike a map keyed by every problem). Options are compared by value, so equal options from different
 * callers share the entry.
 */
export function lastValueMemo<T>(
  compute: (problem: Problem, options: EngineOptions) => T,
): (problem: Problem, options: EngineOptions) => T {
  let last: { problem: Problem; options: EngineOptions; key: string; value: T } | undefined;
  return (problem, options) => {
    if (last?.problem === problem && last.options === options) return last.value;
    const key = JSON.stringify(options);
    if (last?.problem !== problem || last.key !== key) {
      last = { problem, options, key, value: compute(problem, options) };
    } else {
      last.options = options;
    }
    return last.value;
  };
}
