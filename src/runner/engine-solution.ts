import { entropyProduction } from "../measures/entropy-production.js";
import { steadyStateObservables } from "../measures/steady-state-observables.js";
import type { Problem } from "../physics/problem.js";
import type {
  BathCurrents,
  Engine,
  EngineOptions,
  EngineTraits,
  MarkovianGenerator,
  SteadyStateRequest,
  SteadyStateResult,
} from "../plugins/engine.js";
import type { DenseGenerator } from "../plugins/property.js";
import { DENSE_SUPEROPERATOR_LIMIT, denseSuperoperator } from "../superoperators/superoperator.js";

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
 * One engine applied to one problem with its (validated) options: the generator, steady state, currents
 * and observables, each computed at most once and only when something asks for it (properties, `solve`,
 * sweeps). This is the one cache of a solution: properties share it, nothing outlives it.
 */
export class EngineSolution {
  readonly traits: EngineTraits;
  readonly generator: () => MarkovianGenerator | undefined;
  /** The generator as dense matrices, up to DENSE_SUPEROPERATOR_LIMIT (else undefined). */
  readonly denseGenerator: () => DenseGenerator | undefined;
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
    this.traits = engine.traitsFor(options);
    this.generator = lazy(() => engine.generator?.(problem, options));
    this.denseGenerator = lazy(() => {
      const generator = this.generator();
      if (!generator || problem.dimension > DENSE_SUPEROPERATOR_LIMIT) return undefined;
      return {
        liouvillian: denseSuperoperator(generator.liouvillian),
        bathDissipators: Object.fromEntries(
          Object.entries(generator.bathDissipators).map(([bath, d]) => [bath, denseSuperoperator(d)]),
        ),
      };
    });
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
