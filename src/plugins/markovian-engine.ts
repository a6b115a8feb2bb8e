import { addScaledInPlace, ComplexMatrix, scale } from "../linalg/complex-matrix.js";
import { expm } from "../linalg/expm.js";
import {
  steadyState as liouvillianSteadyState,
  steadyStateOfRealRepresentation,
} from "../linalg/steady-state.js";
import {
  addHamiltonianSuperoperatorInPlace,
  addLindbladDissipatorInPlace,
  applySuperoperator,
} from "../linalg/superoperator.js";
import { bathCurrents } from "../measures/currents.js";
import { describeOperator } from "../physics/describe-operator.js";
import type { Bath, Problem } from "../physics/problem.js";
import {
  type BathCurrents,
  defineEngine,
  type Engine,
  type EngineOptionSpec,
  type EngineOptions,
  type MarkovianGenerator,
  type RealBasisGenerator,
  type SteadyStateResult,
} from "./engine.js";

/** What a Markovian engine must say about itself; the shared capabilities are derived from `generator`. */
export interface MarkovianEngineSpec {
  id: string;
  title: string;
  description: string;
  options?: Record<string, EngineOptionSpec>;
  supports(problem: Problem): true | string;
  generator(problem: Problem, options: EngineOptions): MarkovianGenerator;
  /**
   * Optional: the same generator in the real Hermitian basis, used for steady states and currents when
   * given (undefined where the engine cannot provide it); sweeps then never build the complex
   * superoperators. It must agree with `generator` (the engine tests check both).
   */
  realGenerator?(problem: Problem, options: EngineOptions): RealBasisGenerator | undefined;
}

/**
 * A Markovian engine from its generator alone: the steady state is the kernel of L (with the conserved
 * quantities named when it is degenerate), evolution is exp(L t) ρ0, and the current out of bath α is
 * computed with that bath's own dissipator D_α (DESIGN.md sign conventions).
 */
export function defineMarkovianEngine(spec: MarkovianEngineSpec): Engine {
  // The generators of the last (problem, options) asked for: steady state, currents and properties of one
  // problem all reuse them. One entry suffices (a sweep moves on point by point), and unlike a WeakMap
  // keyed by every problem it leaves nothing for the garbage collector to trace.
  const generator = lastValueMemo((problem, options) => spec.generator(problem, options));
  const realGenerator = lastValueMemo((problem, options) => spec.realGenerator?.(problem, options));
  return defineEngine({
    ...spec,
    generator,
    steadyState(problem, options, request): SteadyStateResult {
      const real = realGenerator(problem, options);
      const steadyStateOptions = { initialState: request?.initialState };
      const result = real
        ? steadyStateOfRealRepresentation(problem.dimension, real.fill, steadyStateOptions)
        : liouvillianSteadyState(generator(problem, options).liouvillian, steadyStateOptions);
      const warnings = [...result.warnings];
      if (result.dimension > 1) {
        const named = result.conservedQuantities.map((q) => describeOperator(q, problem.sites.length));
        warnings.push(`conserved quantities (left kernel of L): ${named.join("; ")}`);
      }
      return { rho: result.rho, dimension: result.dimension, warnings };
    },
    evolve(problem, options, rho0, times) {
      const { liouvillian } = generator(problem, options);
      const states: ComplexMatrix[] = [];
      let current = rho0;
      let previousTime = 0;
      for (const t of times) {
        if (t < previousTime) {
          throw new RangeError(
            `invalid argument. Times must be non-decreasing. Value: ${t} after ${previousTime}.`,
          );
        }
        if (t > previousTime)
          current = applySuperoperator(expm(scale(liouvillian, t - previousTime)), current);
        previousTime = t;
        states.push(current);
      }
      return states;
    },
    currents(problem, options, rho) {
      const real = realGenerator(problem, options);
      if (real) {
        const currents: Record<string, BathCurrents> = {};
        const perBath = real.currents(rho);
        for (const bath of problem.baths) {
          const { energy, particle } = perBath[bath.name];
          currents[bath.name] = { energy, particle, heat: energy - bath.chemicalPotential * particle };
        }
        return currents;
      }
      const { bathDissipators } = generator(problem, options);
      const chemicalPotentials = Object.fromEntries(problem.baths.map((b) => [b.name, b.chemicalPotential]));
      return bathCurrents(
        rho,
        problem.hamiltonian,
        problem.numberOperator,
        bathDissipators,
        chemicalPotentials,
      );
    },
  });
}

/** A function of (problem, options) that remembers its last value. */
function lastValueMemo<T>(
  compute: (problem: Problem, options: EngineOptions) => T,
): (problem: Problem, options: EngineOptions) => T {
  let last: { problem: Problem; options: EngineOptions; key: string; value: T } | undefined;
  return (problem, options) => {
    if (last?.problem === problem && last.options === options) return last.value;
    const key = Object.keys(options).length === 0 ? "" : JSON.stringify(options);
    if (last?.problem !== problem || last.key !== key) {
      last = { problem, options, key, value: compute(problem, options) };
    }
    return last.value;
  };
}

/**
 * Assembles L = −i[H_S, ·] + Σ_α D_α + Σ_k γ_k D[L_k] (the extra, non-thermal dissipators) from a
 * function that adds one bath's dissipator D_α to a zeroed superoperator. L and every D_α share one
 * allocation: at two qubits, allocating 16×16 complex matrices one by one costs more than building them.
 */
export function assembleMarkovianGenerator(
  problem: Problem,
  addBathDissipator: (target: ComplexMatrix, bath: Bath) => void,
): MarkovianGenerator {
  const superDimension = problem.dimension * problem.dimension;
  const block = 2 * superDimension * superDimension;
  const storage = new Float64Array(block * (problem.baths.length + 1));
  const view = (k: number) =>
    new ComplexMatrix(superDimension, superDimension, storage.subarray(k * block, (k + 1) * block));
  const liouvillian = view(0);
  addHamiltonianSuperoperatorInPlace(liouvillian, problem.hamiltonian);
  const bathDissipators: Record<string, ComplexMatrix> = {};
  problem.baths.forEach((bath, k) => {
    const dissipator = view(k + 1);
    addBathDissipator(dissipator, bath);
    addScaledInPlace(liouvillian, dissipator, 1);
    bathDissipators[bath.name] = dissipator;
  });
  for (const extra of problem.extraDissipators)
    addLindbladDissipatorInPlace(liouvillian, extra.operator, extra.rate);
  return { liouvillian, bathDissipators };
}
