import { entropyProduction } from "../measures/entropy-production.js";
import { steadyStateObservables } from "../measures/steady-state-observables.js";
import type { Problem } from "../physics/problem.js";
import type {
  BathCurrents,
  Engine,
  EngineOptions,
  MarkovianGenerator,
  SteadyStateRequest,
  SteadyStateResult,
} from "../plugins/engine.js";

/** Computes a value once, on first use. */
function lazy<T>(compute: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = compute();
      done = true;
    }
    return value;
  };
}

/**
 * One engine applied to one problem: the generator, steady state, currents and observables, each
 * computed at most once and only when something asks for it (properties, `solve`, sweeps).
 */
export class EngineSolution {
  readonly generator: () => MarkovianGenerator | undefined;
  readonly steadyState: () => SteadyStateResult | undefined;
  readonly currents: () => Record<string, BathCurrents> | undefined;
  readonly observables: () => Record<string, unknown> | undefined;
  readonly entropyProduction: () => number | undefined;

  constructor(
    readonly problem: Problem,
    readonly engine: Engine,
    readonly options: EngineOptions,
    request: SteadyStateRequest = {},
  ) {
    this.generator = lazy(() => engine.generator?.(problem, options));
    this.steadyState = lazy(() => engine.steadyState?.(problem, options, request));
    this.currents = lazy(() => {
      const rho = this.steadyState()?.rho;
      return rho && engine.currents ? engine.currents(problem, options, rho) : undefined;
    });
    this.observables = lazy(() => {
      const rho = this.steadyState()?.rho;
      return rho ? steadyStateObservables(rho, problem) : undefined;
    });
    this.entropyProduction = lazy(() => {
      const currents = this.currents();
      return currents ? entropyProduction(currents, problem.baths) : undefined;
    });
  }
}
