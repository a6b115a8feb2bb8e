import type { Problem } from "../physics/problem.js";
import type { Engine, EngineCapabilities, EngineTraits } from "../plugins/engine.js";
import type { FigureContext } from "../plugins/figure.js";

export interface FigureEngineFilter {
  /** Approximations drawn (default: all). */
  approximations?: readonly EngineTraits["approximation"][];
  /** Capabilities the figure uses (default: a generator). */
  needs?: readonly (keyof EngineCapabilities)[];
  /** Parameter overrides of the point at which the engines must support the case. */
  set?: Record<string, number | string>;
}

/**
 * The engines of the run a figure draws, chosen by what they are, never by id: those with the needed
 * capabilities that do not wrap another engine (a kraus engine repeats its base's curves), whose
 * approximation is among `approximations`, and that support the case at `set` with its options.
 */
export function figureEngines(context: FigureContext, filter: FigureEngineFilter = {}): Engine[] {
  const problem = context.prepared.problemAt(filter.set ?? {}, "figure");
  const needs = filter.needs ?? ["generator"];
  return context.engines.filter((engine) => {
    const options = context.tasks.registry.optionsFor(engine, problem);
    const traits = engine.traitsFor(options);
    if (traits.wraps !== undefined) return false;
    if (filter.approximations && !filter.approximations.includes(traits.approximation)) return false;
    if (!needs.every((capability) => typeof engine[capability] === "function")) return false;
    return engine.supports(problem, options) === true;
  });
}

/** An engine's options for a problem of the figure's case (the case's engineOptions, validated). */
export function figureOptions(context: FigureContext, engine: Engine, problem: Problem) {
  return context.tasks.registry.optionsFor(engine, problem);
}
