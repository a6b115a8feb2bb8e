import { horodeckiChshMaximum } from "../src/measures/chsh.js";
import { parseInitialState } from "../src/physics/named-states.js";
import type { Problem } from "../src/physics/problem.js";
import { formatNumber, notApplicable } from "../src/plugins/outcome.js";
import type { PropertyContext } from "../src/plugins/property.js";
import { defineProperty } from "../src/plugins/property.js";

const TOLERANCE = 1e-12;
/** Initial state for the degenerate noiseless machine: |x+ x+⟩ lies in the even sector, μ = 1 (eq. (23)). */
const INITIAL = "x+,x+";

/**
 * The baths' temperature parameters when the case is the thermal machine of paper 002 and its two baths
 * are at different temperatures given directly by parameters; otherwise why the property does not apply.
 */
function gradientOf(problem: Problem): { hot: string; coldTemperature: number } | string {
  if (problem.caseId !== "longstaff-machine") return "Appendix C of paper 002 is about the longstaff machine";
  const [first, second] = problem.baths;
  if (problem.baths.length !== 2) return "needs two baths";
  if (first.temperature === second.temperature) return "the baths are at the same temperature";
  const [hot, cold] = first.temperature > second.temperature ? ["T1", second] : ["T2", first];
  return { hot, coldTemperature: cold.temperature };
}

function bellParameter(context: PropertyContext, problem: Problem): number | null {
  const initialState = parseInitialState(INITIAL, 2);
  const result = context.engine.steadyState!(problem, context.options, { initialState });
  return result.rho ? horodeckiChshMaximum(result.rho) : null;
}

/**
 * A temperature gradient cannot raise the steady-state Bell parameter of the thermal machine:
 * B(T1, T2) < B(T2, T2) for T1 > T2, with and without dephasing noise (002_2a2ed7907f7a4e96.txt App. C,
 * eqs. (34)-(35), and the remark after eq. (29)). The engine is solved again with the hot bath cooled to
 * the cold temperature; for the degenerate noiseless machine both states start from |x+ x+⟩ (μ = 1).
 * The value is B(T1, T2) − B(T2, T2), which must be negative.
 */
export default defineProperty({
  id: "bell-temperature-gradient",
  title: "A temperature gradient cannot raise the Bell parameter",
  source: "002_2a2ed7907f7a4e96.txt Appendix C, eqs. (24), (29), (34), (35)",
  appliesTo(context) {
    if (!context.engine.steadyState) return "the engine computes no steady state";
    const gradient = gradientOf(context.problem);
    return typeof gradient === "string" ? gradient : true;
  },
  check(context) {
    const gradient = gradientOf(context.problem);
    if (typeof gradient === "string") return notApplicable(gradient);
    const cooled = context.problemAt({
      ...withoutDerived(context.problem),
      [gradient.hot]: gradient.coldTemperature,
    });
    const biased = bellParameter(context, context.problem);
    const equal = bellParameter(context, cooled);
    if (biased === null || equal === null) return notApplicable("no asymptotic state from |x+ x+⟩");
    const value = biased - equal;
    const holds = value < TOLERANCE;
    return {
      status: holds ? "pass" : "fail",
      value,
      bound: 0,
      tolerance: TOLERANCE,
      message: `B(T1, T2) = ${formatNumber(biased)} ${holds ? "<" : "≥"} B(Tcold, Tcold) = ${formatNumber(equal)}`,
    };
  },
});

/** The case's independent parameters at this point (the derived ones are recomputed by problemAt). */
function withoutDerived(problem: Problem): Record<string, number | string> {
  const independent = ["g", "chi1", "chi2", "T1", "T2", "gc", "gl1", "gl2", "stats1", "stats2"];
  return Object.fromEntries(independent.map((name) => [name, problem.parameters[name]]));
}
