import { addScaledInPlace, ComplexMatrix, scale } from "../linalg/complex-matrix.js";
import { expm } from "../linalg/expm.js";
import { steadyState as liouvillianSteadyState } from "../linalg/steady-state.js";
import {
  addHamiltonianSuperoperatorInPlace,
  addLindbladDissipatorInPlace,
  applySuperoperator,
} from "../linalg/superoperator.js";
import { bathCurrents } from "../measures/currents.js";
import { describeOperator } from "../physics/describe-operator.js";
import type { Bath, Problem } from "../physics/problem.js";
import {
  defineEngine,
  type Engine,
  type EngineOptionSpec,
  type EngineOptions,
  type MarkovianGenerator,
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
}

/**
 * A Markovian engine from its generator alone: the steady state is the kernel of L (with the conserved
 * quantities named when it is degenerate), evolution is exp(L t) ρ0, and the current out of bath α is
 * computed with that bath's own dissipator D_α (DESIGN.md sign conventions).
 */
export function defineMarkovianEngine(spec: MarkovianEngineSpec): Engine {
  // The generator of the last (problem, options) asked for: steady state, currents and properties of one
  // problem all reuse it. One entry suffices (a sweep moves on point by point), and unlike a WeakMap keyed
  // by every problem it leaves nothing for the garbage collector to trace.
  let last:
    { problem: Problem; options: EngineOptions; key: string; generator: MarkovianGenerator } | undefined;
  const generator = (problem: Problem, options: EngineOptions): MarkovianGenerator => {
    if (last?.problem === problem && last.options === options) return last.generator;
    const key = Object.keys(options).length === 0 ? "" : JSON.stringify(options);
    if (last?.problem !== problem || last.key !== key) {
      last = { problem, options, key, generator: spec.generator(problem, options) };
    }
    return last.generator;
  };
  return defineEngine({
    ...spec,
    generator,
    steadyState(problem, options, request): SteadyStateResult {
      const { liouvillian } = generator(problem, options);
      const result = liouvillianSteadyState(liouvillian, { initialState: request?.initialState });
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
