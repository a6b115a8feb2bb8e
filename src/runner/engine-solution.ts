import { entropyProduction } from "../measures/entropy-production.js";
import { stateWarnings, steadyStateObservables } from "../measures/steady-state-observables.js";
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
import { SteadyStateError } from "../solvers/steady-state-result.js";
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
  /** The steady state's warnings, and those about ρ itself (not a state, positivity not checked). */
  readonly warnings: () => string[];
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
    this.steadyState = lazy(() => {
      const result = engine.steadyState?.(problem, options, request);
      if (result) checkSteadyState(result, engine.id, problem.dimension);
      return result;
    });
    this.currents = lazy(() => {
      const rho = this.steadyState()?.rho;
      const currents = rho && engine.currents ? engine.currents(problem, options, rho) : undefined;
      if (currents) checkCurrents(currents, engine.id, problem);
      return currents;
    });
    const observables = lazy(() => {
      const rho = this.steadyState()?.rho;
      return rho ? steadyStateObservables(rho, problem) : undefined;
    });
    this.observables = observables;
    this.warnings = lazy(() => {
      const state = observables();
      const warnings = [...(this.steadyState()?.warnings ?? []), ...(state ? stateWarnings(state) : [])];
      const sigma = this.entropyProduction();
      if (sigma !== undefined && !Number.isFinite(sigma)) {
        warnings.push(
          `the entropy production is ${sigma} (a bath at T = 0 exchanges heat: σ = −Σ J^Q/T has no finite value); it is null in JSON and empty in CSV`,
        );
      }
      return warnings;
    });
    this.entropyProduction = lazy(() => {
      const currents = this.currents();
      return currents ? entropyProduction(currents, problem.baths) : undefined;
    });
  }
}

/**
 * What an engine returns is checked before anything uses it (a plugin can return anything): a steady state
 * of the problem's size with finite entries, a kernel dimension ≥ 1. Otherwise a SteadyStateError naming
 * the engine, which the checks of that engine report as errors.
 */
function checkSteadyState(result: SteadyStateResult, engine: string, n: number): void {
  if (!Number.isInteger(result.dimension) || result.dimension < 1) {
    throw new SteadyStateError(
      `engine ${engine} returned a kernel dimension ${result.dimension} (a whole number ≥ 1 is needed)`,
    );
  }
  const rho = result.rho;
  if (rho === null) return;
  if (rho.rows !== n || rho.cols !== n) {
    throw new SteadyStateError(
      `engine ${engine} returned a ${rho.rows}×${rho.cols} steady state for a problem of dimension ${n}`,
    );
  }
  if (!rho.data.every(Number.isFinite)) {
    throw new SteadyStateError(
      `engine ${engine} returned a steady state with non-finite entries (NaN or ±Infinity)`,
    );
  }
}

/** Currents for every bath, with finite numbers. */
function checkCurrents(currents: Record<string, BathCurrents>, engine: string, problem: Problem): void {
  for (const bath of problem.baths) {
    const current = currents[bath.name];
    if (!current || ![current.energy, current.particle, current.heat].every(Number.isFinite)) {
      throw new SteadyStateError(`engine ${engine} returned no finite currents for bath ${bath.name}`);
    }
  }
}
