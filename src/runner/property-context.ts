import type { PreparedCase } from "../cases/build-problem.js";
import type { Problem } from "../physics/problem.js";
import type { EngineContext } from "../plugins/engine.js";
import type { Property, PropertyContext } from "../plugins/property.js";
import type { EngineSolution } from "./engine-solution.js";
import { propertyArguments } from "./property-arguments.js";

/** Where a property is checked: one engine's solution of a case at one scenario. */
export interface CheckSite {
  prepared: PreparedCase;
  scenario: { name: string; set?: Record<string, number | string> };
  solution: EngineSolution;
  /** The registry's engine context (other engines and their options). */
  engines: EngineContext;
  seed: number;
}

/**
 * The context a property sees at one check site, with the arguments the case gives it (`checks[].with`,
 * none for general properties). Every quantity comes from the one solution object, so the properties of
 * a site share its generator and steady state.
 */
export function propertyContextAt(
  site: CheckSite,
  property: Property,
  given: Readonly<Record<string, number | string>> = {},
): PropertyContext {
  const { prepared, scenario, solution } = site;
  const problem: Problem = solution.problem;
  return {
    problem,
    engine: solution.engine,
    options: solution.options,
    traits: solution.traits,
    generator: solution.generator,
    denseGenerator: solution.denseGenerator,
    steadyState: solution.steadyState,
    currents: solution.currents,
    observables: solution.observables,
    entropyProduction: solution.entropyProduction,
    // the scenario's overrides stay in force under the property's own
    problemAt: (overrides) => prepared.problemAt({ ...(scenario.set ?? {}), ...overrides }),
    references: prepared.referencesAt(problem.parameters, solution.engine.id, scenario.name),
    arguments: propertyArguments(prepared, property, given, problem.parameters),
    engines: site.engines,
    seed: site.seed,
  };
}
