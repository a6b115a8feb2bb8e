import type { PreparedCase } from "../cases/build-problem.js";
import type { ScenarioDefinition } from "../cases/schema.js";
import type { Engine, EngineOptions } from "../plugins/engine.js";
import type { PluginRegistry } from "../plugins/registry.js";
import { EngineSolution } from "../runner/engine-solution.js";
import type { CheckSite } from "../runner/property-context.js";

/** The seed of the harnesses' randomised checks (printed with every failure). */
export const HARNESS_SEED = 20261201;

export interface CheckSiteRequest {
  registry: PluginRegistry;
  prepared: PreparedCase;
  scenario: ScenarioDefinition;
  engine: Engine;
  /** Engine options on top of the case's (validated like `--option`). */
  options?: EngineOptions;
  /** Parameter overrides on top of the scenario's. */
  set?: Record<string, number | string>;
  seed?: number;
}

/** One engine's solution of a case at a scenario, as the runner builds it for the property checks. */
export function checkSite(request: CheckSiteRequest): CheckSite {
  const { registry, prepared, engine } = request;
  const scenario = { ...request.scenario, set: { ...(request.scenario.set ?? {}), ...(request.set ?? {}) } };
  const problem = prepared.problemAt(scenario.set, `scenario ${scenario.name}`);
  const options = registry.optionsFor(engine, problem, request.options ?? {});
  return {
    prepared,
    scenario,
    solution: new EngineSolution(problem, engine, options),
    engines: registry.context,
    seed: request.seed ?? HARNESS_SEED,
  };
}
