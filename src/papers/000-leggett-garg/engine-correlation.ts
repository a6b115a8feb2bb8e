import type { Problem } from "../../physics/problem.js";
import type { Engine, EngineOptions } from "../../plugins/engine.js";
import { EngineUnsupportedError } from "../../plugins/engine-errors.js";
import type { DichotomicObservable } from "../../measures/dichotomic-observable.js";
import { denseSuperoperator } from "../../superoperators/superoperator.js";
import { GeneratorCorrelation } from "../../measures/two-time-correlation.js";

/**
 * The steady-state two-time correlation of one engine on one problem (paper 000 eqs. (14)-(20)): the
 * engine's generator L and its unique steady state ρ_ss. Engines without a generator, or a degenerate
 * steady state, are refused with the reason.
 */
export function engineCorrelation(
  problem: Problem,
  engine: Engine,
  options: EngineOptions,
  observable: DichotomicObservable,
): GeneratorCorrelation {
  if (!engine.generator || !engine.steadyState) {
    throw new EngineUnsupportedError(
      `engine ${engine.id} has no generator: two-time correlations need exp(Lτ)`,
    );
  }
  const steady = engine.steadyState(problem, options);
  if (!steady.rho) {
    throw new EngineUnsupportedError(
      `engine ${engine.id} has ${steady.dimension} independent steady states on ${problem.caseId}: the stationary LGI needs a unique one`,
    );
  }
  return new GeneratorCorrelation(
    denseSuperoperator(engine.generator(problem, options).liouvillian, "a two-time correlation by exp(Lτ)"),
    observable.projectorPlus,
    steady.rho,
  );
}
