import type { ComplexMatrix } from "../linalg/complex-matrix.js";
import type { Problem } from "../physics/problem.js";
import type { Engine, EngineOptions, EngineTraits, MarkovianGenerator } from "../plugins/engine.js";
import { markovianCapabilities } from "../plugins/markovian-engine.js";

/** What to put in place of an engine's own results, to feed a property an input it must reject. */
export interface Replacements {
  /** Another generator: the steady state, evolution and currents then follow from it. */
  generator?(problem: Problem, options: EngineOptions): MarkovianGenerator;
  /** Another steady state (normalised by the caller), reported as unique. */
  steadyState?(problem: Problem, options: EngineOptions): ComplexMatrix;
  /** Traits other than the engine's own. */
  traits?: Partial<EngineTraits>;
}

/**
 * The engine with some of its results replaced, everything else its own: the mutant a property tester
 * feeds to a property (a non-CP generator to complete-positivity, a trace-losing one to
 * trace-preservation, a non-thermal state to gibbs-state, …).
 */
export function engineWith(engine: Engine, replacements: Replacements): Engine {
  const replaced: Engine = { ...engine };
  if (replacements.generator) {
    const generator = replacements.generator;
    const derived = markovianCapabilities({
      id: engine.id,
      title: engine.title,
      description: engine.description,
      traits: engine.traits,
      supports: engine.supports,
      form: () => "other",
      generator,
    });
    Object.assign(replaced, {
      generator: derived.generator,
      steadyState: derived.steadyState,
      evolve: derived.evolve,
      currents: derived.currents,
    });
  }
  if (replacements.steadyState) {
    const steadyState = replacements.steadyState;
    replaced.steadyState = (problem, options) => ({
      rho: steadyState(problem, options),
      dimension: 1,
      warnings: [],
      method: "replaced",
      residual: Number.NaN,
    });
  }
  if (replacements.traits) {
    const traits = replacements.traits;
    replaced.traitsFor = (options) => ({ ...engine.traitsFor(options), ...traits });
  }
  return replaced;
}
