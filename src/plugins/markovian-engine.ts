import {
  DEFAULT_EVOLUTION_TOLERANCE,
  EVOLUTION_METHODS,
  type EvolutionMethod,
} from "../dynamics/evolution.js";
import { propagate } from "../dynamics/propagate.js";
import type { HermitianEigenDecomposition } from "../linalg/eigen.js";
import { currentsByApplication } from "../measures/currents.js";
import { describeOperator } from "../physics/describe-operator.js";
import type { Problem } from "../physics/problem.js";
import { denseSteadyStateOfRepresentation } from "../solvers/dense-steady-state.js";
import { methodSupports, solveSteadyState } from "../solvers/steady-state.js";
import { STEADY_STATE_METHODS, type SteadyStateMethod } from "../solvers/steady-state-result.js";
import type { RealBasisGenerator } from "../superoperators/secular-real-generator.js";
import type {
  BathCurrents,
  EngineCapabilities,
  EngineContext,
  EngineDefinition,
  EngineMeta,
  EngineOptions,
  EngineOptionSpec,
  MarkovianGenerator,
  SteadyStateResult,
} from "./engine.js";
import { lastValueMemo } from "./last-value-memo.js";

/** The solver options every Markovian engine has (merged into its own). */
export const SOLVER_OPTIONS: Record<string, EngineOptionSpec> = {
  method: {
    description:
      "Steady-state method: auto (secular for a secular generator, dense up to Liouvillian dimension 256, else krylov), " +
      "dense (real Hermitian basis, bordered LU / pivoted LU / SVD; finds degenerate kernels), sparse (banded LU of the " +
      "sparse Liouvillian after reverse Cuthill-McKee; sandwich form, up to Liouvillian dimension 4096), krylov (GMRES with a " +
      "preconditioner in the eigenbasis of H_S; matrix-free), secular (rate equations of a secular generator).",
    type: "string",
    default: "auto",
    values: STEADY_STATE_METHODS,
  },
  evolution: {
    description:
      "Time evolution exp(Lt)ρ0: auto (dense up to Hilbert-space dimension 8 with at most 200 distinct time steps, " +
      "else krylov), dense (exp(LΔt) of the n²×n² matrix, reused over equal steps; up to dimension 32), krylov " +
      "(Arnoldi steps with error control, matrix-free).",
    type: "string",
    default: "auto",
    values: EVOLUTION_METHODS,
  },
  evolutionTolerance: {
    description:
      "Tolerance of the krylov evolution on ‖ρ(t) − ρ_exact(t)‖_F over the trajectory, relative to ‖ρ0‖_F.",
    type: "number",
    default: DEFAULT_EVOLUTION_TOLERANCE,
    minimum: 1e-14,
  },
};

/** What a Markovian engine says about itself; the shared capabilities are derived from `generator`. */
export interface MarkovianEngineSpec extends EngineMeta {
  /**
   * True, or the reason the engine cannot treat the problem (the steady-state method's size limit is
   * checked on top of it).
   */
  supports(problem: Problem, options: EngineOptions): true | string;
  /** Which form `generator` returns for this problem (the solvers' limits depend on it). */
  form(problem: Problem, options: EngineOptions): "sandwich" | "secular" | "dense" | "other";
  generator(problem: Problem, options: EngineOptions): MarkovianGenerator;
  /**
   * Optional: the same generator in the real Hermitian basis for small systems (undefined where not
   * available); steady states and currents then use it. It must agree with `generator` (the harness
   * checks both).
   */
  realGenerator?(problem: Problem, options: EngineOptions): RealBasisGenerator | undefined;
  /** The eigendecomposition of H_S, for the Krylov preconditioner (engines that have it at hand). */
  eigen?(problem: Problem): HermitianEigenDecomposition;
}

/**
 * A Markovian engine from its generator alone: the steady state is the kernel of L by the method of the
 * `method` option (with the conserved quantities named when it is degenerate), evolution is exp(L t) ρ0
 * by the `evolution` option (src/dynamics/propagate.ts),
 * and the current out of bath α is Tr[H_S D_α(ρ)], Tr[N D_α(ρ)] with that bath's own dissipator
 * (DESIGN.md sign conventions).
 */
export function defineMarkovianEngine(spec: MarkovianEngineSpec): EngineDefinition {
  const options = { ...SOLVER_OPTIONS, ...(spec.options ?? {}) };
  return {
    id: spec.id,
    title: spec.title,
    description: spec.description,
    traits: spec.traits,
    options,
    create: (_context: EngineContext) => markovianCapabilities(spec),
  };
}

/** The capabilities of a Markovian engine (also used by engines that wrap one, such as kraus). */
export function markovianCapabilities(spec: MarkovianEngineSpec): EngineCapabilities {
  // The generators of the last (problem, options) asked for: steady state, currents and properties of one
  // problem all reuse them.
  const generator = lastValueMemo((problem, options) => spec.generator(problem, options));
  const realGenerator = lastValueMemo((problem, options) => spec.realGenerator?.(problem, options));
  return {
    supports(problem, options) {
      const own = spec.supports(problem, options);
      if (own !== true) return own;
      return methodSupports(
        spec.form(problem, options),
        problem.dimension,
        options.method as SteadyStateMethod,
      );
    },
    generator,
    steadyState(problem, options, request): SteadyStateResult {
      const method = (options.method ?? "auto") as SteadyStateMethod;
      const real = method === "auto" || method === "dense" ? realGenerator(problem, options) : undefined;
      const initialState = request?.initialState;
      // with a real-basis generator the dense method reads its matrix directly: no superoperator is built
      const result = real
        ? denseSteadyStateOfRepresentation(problem.dimension, real.fill, { initialState })
        : solveSteadyState(generator(problem, options).liouvillian, {
            method,
            initialState,
            eigen: spec.eigen && (() => spec.eigen!(problem)),
          });
      const warnings = [...result.warnings];
      if (result.dimension > 1 && result.conservedQuantities) {
        const named = result.conservedQuantities.map((q) => describeOperator(q, problem.space));
        warnings.push(`conserved quantities (left kernel of L): ${named.join("; ")}`);
      }
      return { ...result, warnings };
    },
    evolve(problem, options, rho0, times) {
      return propagate(generator(problem, options).liouvillian, rho0, times, {
        method: (options.evolution ?? "auto") as EvolutionMethod,
        tolerance: Number(options.evolutionTolerance ?? DEFAULT_EVOLUTION_TOLERANCE),
      });
    },
    currents(problem, options, rho) {
      const real = realGenerator(problem, options);
      const currents: Record<string, BathCurrents> = {};
      if (real) {
        const perBath = real.currents(rho);
        for (const bath of problem.baths) {
          const { energy, particle } = perBath[bath.name];
          currents[bath.name] = { energy, particle, heat: energy - bath.chemicalPotential * particle };
        }
        return currents;
      }
      return currentsByApplication(problem, generator(problem, options).bathDissipators, rho);
    },
  };
}
