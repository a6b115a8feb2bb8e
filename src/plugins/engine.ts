import type { Evolution } from "../dynamics/evolution.js";
import type { ComplexMatrix } from "../linalg/complex-matrix.js";
import type { Problem } from "../physics/problem.js";
import type { SteadyStateResult } from "../solvers/steady-state-result.js";

import type { BathCurrents } from "../physics/bath-currents.js";
import type { MarkovianGenerator } from "../superoperators/markovian-generator.js";

export type { Evolution } from "../dynamics/evolution.js";
export type { SteadyStateResult } from "../solvers/steady-state-result.js";
export type { BathCurrents } from "../physics/bath-currents.js";
export type { MarkovianGenerator } from "../superoperators/markovian-generator.js";

/** Options given to an engine (`--option name=value` or the case file), validated, defaults applied. */
export type EngineOptions = Record<string, number | string | boolean>;

/**
 * One option of an engine, as plain data (ESLint's rule schemas): its type, default and allowed values.
 * A number option may also accept some words (e.g. `secularCutoff: none`).
 */
export interface EngineOptionSpec {
  description: string;
  type: "number" | "string" | "boolean";
  default: number | string | boolean;
  /** For strings: the allowed words. For numbers: words accepted besides numbers. */
  values?: readonly string[];
  /** For numbers: the smallest allowed value. */
  minimum?: number;
}

/**
 * What an engine is, for the properties, cases and figures that must decide whether something applies to
 * it (never by comparing engine ids):
 * - `approximation`: secular (global Lindblad, Davies), local (local Lindblad), bloch-redfield,
 *   weak-coupling (paper 003's local Redfield form), perturbative (a λ → 0 limit), exact, asymptotic
 *   (a time-local approximation of an exact solution, e.g. paper 004's EPA);
 * - `markovian`: it has a time-independent generator L;
 * - `lindbladForm`: L is of Lindblad form, so exp(Lt) is completely positive by construction;
 * - `wraps`: the engine represents another engine's dynamics (the kraus engine wraps its base).
 */
export interface EngineTraits {
  approximation:
    "secular" | "local" | "bloch-redfield" | "weak-coupling" | "perturbative" | "exact" | "asymptotic";
  markovian: boolean;
  lindbladForm: boolean;
  wraps?: string;
}

export interface SteadyStateRequest {
  /** Initial state: with a degenerate kernel the asymptotic state ρ∞ = Σ_k Tr[l_k† ρ0] r_k is returned. */
  initialState?: ComplexMatrix;
}

/** What an engine can compute. The runner asks only for capabilities an engine has. */
export interface EngineCapabilities {
  /** True, or the reason this engine cannot treat the problem with these options (numbers for size limits). */
  supports(problem: Problem, options: EngineOptions): true | string;
  generator?(problem: Problem, options: EngineOptions): MarkovianGenerator;
  steadyState?(problem: Problem, options: EngineOptions, request?: SteadyStateRequest): SteadyStateResult;
  /** ρ(t) at non-decreasing times ≥ 0 from ρ(0) = rho0, with the method and its error estimate. */
  evolve?(problem: Problem, options: EngineOptions, rho0: ComplexMatrix, times: readonly number[]): Evolution;
  currents?(problem: Problem, options: EngineOptions, rho: ComplexMatrix): Record<string, BathCurrents>;
  /** The traits for these options, where they depend on them (an engine that wraps another). */
  traitsFor?(options: EngineOptions): EngineTraits;
}

/** An engine's description: plain data. */
export interface EngineMeta {
  /** Stable id used on the command line and in case files, e.g. `global-lindblad`. */
  id: string;
  title: string;
  /** One paragraph: the approximation the engine makes and where it comes from. */
  description: string;
  traits: EngineTraits;
  options?: Record<string, EngineOptionSpec>;
}

/**
 * What an engine may ask of the suite (ESLint's rule context): the other registered engines, for an
 * engine that wraps one, and option handling with the registry's validation.
 */
export interface EngineContext {
  /** A registered engine by id; an InputError naming `where` and the known ids when there is none. */
  engine(id: string, where?: string): Engine;
  /** Every registered engine (to pick one by its traits, e.g. the perturbative limit of a weak-coupling case). */
  engines(): readonly Engine[];
  /**
   * An engine's options for a problem: the case's engineOptions for it, then `given`, validated against
   * the engine's schema with defaults applied.
   */
  optionsFor(engine: Engine, problem: Problem, given?: EngineOptions): EngineOptions;
}

/** An engine as written by its author: metadata, and its capabilities directly or made by `create(context)`. */
export type EngineDefinition = EngineMeta &
  (EngineCapabilities | { create(context: EngineContext): EngineCapabilities });

/** An engine as the registry hands it out: metadata and capabilities, bound to the registry's context. */
export type Engine = EngineMeta & EngineCapabilities & { traitsFor(options: EngineOptions): EngineTraits };

/** Identity helper that gives an engine definition its full type (ESLint-style `meta` as plain data). */
export function defineEngine<E extends EngineDefinition>(engine: E): E {
  return engine;
}
