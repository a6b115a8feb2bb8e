import { steadyStateObservables } from "../../measures/steady-state-observables.js";
import type { Engine } from "../../plugins/engine.js";
import type { PropertyContext } from "../../plugins/property.js";
import type { ComplexMatrix } from "../../linalg/complex-matrix.js";
import { SteadyStateError } from "../../solvers/steady-state-result.js";

/** How much weaker the second coupling of a convergence check is (λ → λ/10). */
export const WEAKER = 0.1;

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
    if (error instanceof SteadyStateError) return `${engine.id}: ${error.message}`;
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
export function convergenceOrder(atCoupling: number, atWeaker: number): number {
  return Math.log10(atCoupling / atWeaker);
}
