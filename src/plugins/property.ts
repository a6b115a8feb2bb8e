import type { ReferenceValue } from "../cases/prepared-reference.js";
import type { Problem } from "../physics/problem.js";
import type {
  BathCurrents,
  Engine,
  EngineContext,
  EngineOptions,
  EngineTraits,
  MarkovianGenerator,
  SteadyStateResult,
} from "./engine.js";

export type { ReferenceValue } from "../cases/prepared-reference.js";
import type { DenseGenerator } from "../superoperators/markovian-generator.js";

export type { DenseGenerator } from "../superoperators/markovian-generator.js";

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
  /** The engine's options, validated, defaults applied. */
  options: EngineOptions;
  /** What the engine is for these options (approximation, Markovian, Lindblad form, what it wraps). */
  traits: EngineTraits;
  /** The generator, or undefined when the engine has none. */
  generator(): MarkovianGenerator | undefined;
  /** The generator as dense n²×n² matrices, up to Hilbert-space dimension 32; undefined above or without one. */
  denseGenerator(): DenseGenerator | undefined;
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
  /** The arguments a case gives a property it invokes (its `checks`), evaluated at this point. */
  arguments: Record<string, number | string>;
  /** The registry's engine context (other engines, their options), for properties that compare engines. */
  engines: EngineContext;
  /** Seed for any randomised check, printed on failure. */
  seed: number;
}

/** An argument a case passes to a property it invokes (`checks[].with`). */
export interface PropertyArgument {
  description: string;
  /** `number` (default): a number or an expression of the parameters; `parameter`: a parameter's name. */
  kind?: "number" | "parameter";
}

/**
 * What a property needs of an engine and a problem, as data: the runner checks it before `appliesTo`
 * and gives the reason in a standard form when it fails.
 */
export interface PropertyRequirements {
  /** Capabilities the engine must have. */
  capabilities?: readonly ("generator" | "steadyState" | "currents" | "evolve")[];
  /** The approximations the property is about (all when absent). */
  approximations?: readonly EngineTraits["approximation"][];
  /** Only for engines that represent another engine's dynamics (traits.wraps, e.g. kraus). */
  wrapsAnother?: boolean;
  /** Only where the case declares reference values for the engine (at the scenario). */
  references?: boolean;
  /**
   * Only for an engine that another registered engine claims to equal: one of the same approximation,
   * neither wrapping another (cross-checks of two implementations, e.g. qmebench's and QuTiP's).
   */
  sameApproximationPeer?: boolean;
  /** The largest Hilbert-space dimension the check handles (its cost or a dense matrix it needs). */
  maxDimension?: number;
}

export interface Property {
  id: string;
  title: string;
  /** Paper and equation, or the textbook result the property rests on. */
  source: string;
  /**
   * `general` (default): checked wherever it applies. `case`: a claim of one paper about one set-up,
   * checked only where a case invokes it in its `checks`, with the arguments it declares.
   */
  scope?: "general" | "case";
  /** The arguments a case must pass in `checks[].with` (case-scoped properties). */
  arguments?: Record<string, PropertyArgument>;
  requires?: PropertyRequirements;
  /** True, or the reason the property does not apply to this problem (→ not applicable). */
  appliesTo?(context: PropertyContext): true | string;
  check(context: PropertyContext): PropertyOutcome;
}

export function defineProperty<P extends Property>(property: P): P {
  return property;
}
