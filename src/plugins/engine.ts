import type { ComplexMatrix } from "../linalg/complex-matrix.js";
import type { Problem } from "../physics/problem.js";

/** Options given to an engine (`--option name=value` or the case file), already parsed. */
export type EngineOptions = Record<string, number | string | boolean>;

export interface EngineOptionSpec {
  description: string;
  default: number | string | boolean;
}

/** What an engine returns for a steady state. */
export interface SteadyStateResult {
  /** ρ_ss in the site basis (DESIGN.md), or null when the steady state is not unique and no initial state was given. */
  rho: ComplexMatrix | null;
  /** Number of independent steady states (kernel dimension of the generator). */
  dimension: number;
  /** Human-readable warnings (e.g. a degenerate kernel, naming its conserved quantities). */
  warnings: string[];
}

export interface SteadyStateRequest {
  /** Initial state: with a degenerate kernel the asymptotic state ρ∞ = Σ_k Tr[l_k† ρ0] r_k is returned. */
  initialState?: ComplexMatrix;
}

/** Energy, particle and heat current out of one bath into the system (DESIGN.md sign convention). */
export interface BathCurrents {
  energy: number;
  particle: number;
  heat: number;
}

/**
 * A Markovian engine's generator: L (column-stacking, vec(AρB) = (Bᵀ⊗A)vec(ρ)) and its split into the
 * coherent part and one dissipator per bath (and the extra, non-thermal dissipators).
 */
export interface MarkovianGenerator {
  liouvillian: ComplexMatrix;
  bathDissipators: Record<string, ComplexMatrix>;
}

/**
 * The same generator in the real Hermitian basis G_a of hermitian-operator-basis.ts, for steady states
 * and currents without the complex n²×n² superoperators (secular-real-generator.ts).
 */
export interface RealBasisGenerator {
  /** Writes M_ab = Tr[G_a L(G_b)] (n²×n², row-major) into a zeroed array. */
  fill(matrix: Float64Array): void;
  /** J^E_α = Tr[H_S D_α(ρ)] and J^N_α = Tr[N_S D_α(ρ)] for each bath α. */
  currents(rho: ComplexMatrix): Record<string, { energy: number; particle: number }>;
}

export interface Engine {
  /** Stable id used on the command line and in case files, e.g. `global-lindblad`. */
  id: string;
  title: string;
  /** One paragraph: the approximation the engine makes and where it comes from. */
  description: string;
  options?: Record<string, EngineOptionSpec>;
  /** True, or the reason this engine cannot treat the problem (shown in reports instead of a failure). */
  supports(problem: Problem): true | string;
  generator?(problem: Problem, options: EngineOptions): MarkovianGenerator;
  steadyState?(problem: Problem, options: EngineOptions, request?: SteadyStateRequest): SteadyStateResult;
  evolve?(
    problem: Problem,
    options: EngineOptions,
    rho0: ComplexMatrix,
    times: readonly number[],
  ): ComplexMatrix[];
  currents?(problem: Problem, options: EngineOptions, rho: ComplexMatrix): Record<string, BathCurrents>;
}

/** Identity helper that gives an engine object its full type (ESLint-style `meta` as plain data). */
export function defineEngine<E extends Engine>(engine: E): E {
  return engine;
}
