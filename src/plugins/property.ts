import type { ComplexMatrix } from "../linalg/complex-matrix.js";
import type { Problem } from "../physics/problem.js";
import type { BathCurrents, Engine, EngineOptions, MarkovianGenerator, SteadyStateResult } from "./engine.js";

export type PropertyStatus = "pass" | "fail" | "not-applicable" | "error";

/** The outcome of one property check: a discriminated union on `status`. */
export interface PropertyOutcome {
  status: PropertyStatus;
  /** The measured quantity (e.g. the most negative Choi eigenvalue, the entropy production). */
  value?: number;
  /** The bound or reference the value is compared with. */
  bound?: number;
  tolerance?: number;
  /** One line, for the report and the terminal. */
  message: string;
  /** The offending object (a matrix, a parameter point), shown in the report on failure. */
  details?: unknown;
}

/**
 * Everything a property may ask about one engine on one problem. Expensive quantities are computed
 * lazily once and shared by all properties (see src/runner/solution.ts).
 */
export interface PropertyContext {
  problem: Problem;
  engine: Engine;
  options: EngineOptions;
  /** The generator, or undefined when the engine has none. */
  generator(): MarkovianGenerator | undefined;
  steadyState(): SteadyStateResult | undefined;
  currents(): Record<string, BathCurrents> | undefined;
  /** Steady-state observables (same keys as `solve --json`). */
  observables(): Record<string, unknown> | undefined;
  /** σ = −Σ_α J^Q_α / T_α at the steady state. */
  entropyProduction(): number | undefined;
  /**
   * The same case at other parameter values (overrides replace the case's definitions; derived
   * parameters follow), for properties that compare parameter points.
   */
  problemAt(overrides: Record<string, number | string>): Problem;
  /** Reference values declared in the case that apply at this point. */
  references: ReferenceValue[];
  /** Seed for any randomised check, printed on failure. */
  seed: number;
}

export interface ReferenceValue {
  /** What is compared, e.g. `steadyState` or `observables.concurrence`. */
  quantity: string;
  /** Engines this reference applies to (all when absent). */
  engines?: string[];
  /** The value: a number, or a density matrix for `steadyState`. */
  value: number | ComplexMatrix;
  tolerance: number;
  source: string;
  description?: string;
}

export interface Property {
  id: string;
  title: string;
  /** Paper and equation, or the textbook result the property rests on. */
  source: string;
  /** True, or the reason the property does not apply (→ status not-applicable). */
  appliesTo(context: PropertyContext): true | string;
  check(context: PropertyContext): PropertyOutcome;
}

export function defineProperty<P extends Property>(property: P): P {
  return property;
}
