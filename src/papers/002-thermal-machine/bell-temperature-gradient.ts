import { horodeckiChshMaximum } from "../../measures/chsh.js";
import { parseInitialState } from "../../physics/named-states.js";
import type { Problem } from "../../physics/problem.js";
import { formatNumber, notApplicable } from "../../plugins/outcome.js";
import type { PropertyContext } from "../../plugins/property.js";
import { defineProperty } from "../../plugins/property.js";

const TOLERANCE = 1e-12;
/** Initial state for the degenerate noiseless machine: |x+ x+⟩ lies in the even sector, μ = 1 (eq. (23)). */
const INITIAL = "x+,x+";

/** The hotter of the two temperature parameters and the colder temperature, or why there is no gradient. */
function gradientOf(context: PropertyContext): { hot: string; coldTemperature: number } | string {
  const left = String(context.arguments.leftTemperature);
  const right = String(context.arguments.rightTemperature);
  const [tl, tr] = [Number(context.problem.parameters[left]), Number(context.problem.parameters[right])];
  if (tl === tr) return "the baths are at the same temperature";
  return tl > tr ? { hot: left, coldTemperature: tr } : { hot: right, coldTemperature: tl };
}

function bellParameter(context: PropertyContext, problem: Problem): number | null {
  const initialState = parseInitialState(INITIAL, problem.space);
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
  scope: "case",
  arguments: {
    leftTemperature: { description: "the parameter that is the temperature T1 of bath 1", kind: "parameter" },
    rightTemperature: {
      description: "the parameter that is the temperature T2 of bath 2",
      kind: "parameter",
    },
  },
  requires: { capabilities: ["steadyState"], maxDimension: 4 },
  appliesTo(context) {
    if (context.problem.sites.length !== 2) return "the thermal machine of paper 002 has two qubits";
    const gradient = gradientOf(context);
    return typeof gradient === "string" ? gradient : true;
  },
  check(context) {
    const gradient = gradientOf(context);
    if (typeof gradient === "string") return notApplicable(gradient);
    const cooled = context.problemAt({ [gradient.hot]: gradient.coldTemperature });
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
