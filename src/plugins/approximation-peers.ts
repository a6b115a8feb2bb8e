import type { Engine, EngineOptions } from "./engine.js";
import { supportsSafely } from "./engine-support.js";
import type { PropertyContext } from "./property.js";

/** An engine the property's engine is compared with, and that engine's options for the problem. */
export interface ApproximationPeer {
  engine: Engine;
  options: EngineOptions;
}

/**
 * The other engines that claim this engine's approximation (for their options, neither wrapping another)
 * and treat this problem, with the capability a cross-check compares (`steadyState` for the steady
 * states of engine-agreement, `evolve` for the trajectories of trajectory-agreement): two
 * implementations of one master equation, e.g. global-lindblad and qutip-global-lindblad.
 */
export function approximationPeers(
  context: PropertyContext,
  capability: "steadyState" | "evolve",
): ApproximationPeer[] {
  const { problem, traits } = context;
  return context.engines
    .engines()
    .filter((e) => e.id !== context.engine.id && e[capability] !== undefined)
    .map((engine) => ({ engine, options: context.engines.optionsFor(engine, problem) }))
    .filter(({ engine, options }) => {
      const theirs = engine.traitsFor(options);
      return theirs.wraps === undefined && theirs.approximation === traits.approximation;
    })
    .filter(({ engine, options }) => supportsSafely(engine, problem, options) === true);
}
