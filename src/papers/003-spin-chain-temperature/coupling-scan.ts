import { steadyStateObservables } from "../../measures/steady-state-observables.js";
import type { Engine } from "../../plugins/engine.js";
import { compareWithBound, notApplicable } from "../../plugins/outcome.js";
import type { PropertyContext, PropertyOutcome } from "../../plugins/property.js";
import type { ComplexMatrix } from "../../linalg/complex-matrix.js";
import { isPointFailure } from "../../runner/point-failure.js";

/** How much weaker the second coupling of a convergence check is (λ → λ/10). */
const WEAKER = 0.1;

/** The unique steady state of an engine on the context's case at the coupling scaled by `factor`, or the reason. */
export function steadyStateAtCoupling(
  context: PropertyContext,
  engine: Engine,
  factor: number,
): ComplexMatrix | string {
  const parameter = String(context.arguments.coupling);
  const problem =
    factor === 1
      ? context.problem
      : context.problemAt({ [parameter]: Number(context.problem.parameters[parameter]) * factor });
  const options = context.engines.optionsFor(
    engine,
    problem,
    engine === context.engine ? context.options : {},
  );
  const supported = engine.supports(problem, options);
  if (supported !== true) return `${engine.id} does not support it: ${supported}`;
  try {
    const rho = engine.steadyState?.(problem, options).rho;
    return rho ?? `${engine.id} has no unique steady state`;
  } catch (error) {
    if (isPointFailure(error)) return `${engine.id}: ${error.message}`;
    throw error;
  }
}

/** t_l = −⟨σz_l⟩ of a chain's state (003_cb0e800cb11a91bb.txt Fig. 3). */
export function tProfile(context: PropertyContext, rho: ComplexMatrix): number[] {
  return (steadyStateObservables(rho, context.problem).sz ?? []).map((sz) => -(sz ?? Number.NaN));
}

/** The registered engine of the λ → 0 limit (traits: perturbative), if any. */
export function perturbativeEngine(context: PropertyContext): Engine | undefined {
  return context.engines.engines().find((engine) => engine.traits.approximation === "perturbative");
}

/** The order of convergence log10(d(λ)/d(λ/10)) of a deviation that should vanish as λ → 0 (1: linear). */
function convergenceOrder(atCoupling: number, atWeaker: number): number {
  return Math.log10(atCoupling / atWeaker);
}

/** Deviations below this are round-off of the solvers (the λ → 0 state solves its rate equation to 1e-14). */
export const EXACT_TOLERANCE = 1e-9;
/** The least order of convergence accepted as λ → 0 (the paper's equations hold to first order, Sec. III B). */
export const LEAST_ORDER = 0.7;

/**
 * The outcome of a claim about the λ → 0 limit (003_cb0e800cb11a91bb.txt Sec. III): a deviation that is
 * zero for the zeroth-order state itself (`exact`: to round-off) and must vanish as λ → 0 for a steady
 * state at finite λ, measured at λ and λ/10 and falling at least as λ^0.7. `deviationAt(factor)` gives
 * the deviation at the case's coupling times `factor`, or the reason there is none (→ not applicable).
 */
export function vanishingDeviation(
  deviationAt: (factor: number) => number | string,
  claim: { quantity: string; exact: boolean; details?: (here: number, weaker?: number) => unknown },
): PropertyOutcome {
  const here = deviationAt(1);
  if (typeof here === "string") return notApplicable(here);
  if (claim.exact || here <= EXACT_TOLERANCE) {
    return compareWithBound({
      value: here,
      bound: 0,
      tolerance: EXACT_TOLERANCE,
      holds: here <= EXACT_TOLERANCE,
      quantity: claim.quantity,
      relation: "=",
      details: claim.details?.(here),
    });
  }
  const weaker = deviationAt(WEAKER);
  if (typeof weaker === "string") return notApplicable(weaker);
  const order = convergenceOrder(here, weaker);
  return compareWithBound({
    value: order,
    bound: LEAST_ORDER,
    tolerance: 0,
    holds: order >= LEAST_ORDER || weaker <= EXACT_TOLERANCE,
    quantity: `order of convergence of ${claim.quantity} (${here.toExponential(2)} at λ, ${weaker.toExponential(2)} at λ/10)`,
    relation: "≥",
    details: claim.details?.(here, weaker),
  });
}
