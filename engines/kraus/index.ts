import { InputError } from "../../src/input-error.js";
import type { Problem } from "../../src/physics/problem.js";
import type { Engine, EngineContext, EngineOptions } from "../../src/plugins/engine.js";
import { markovianCapabilities, SOLVER_OPTIONS } from "../../src/plugins/markovian-engine.js";
import { defineEngine } from "../../src/plugins/engine.js";
import { DENSE_SUPEROPERATOR_LIMIT } from "../../src/superoperators/superoperator.js";

const DEFAULT_BASE = "global-lindblad";

/**
 * The `kraus` engine: another engine's generator (option base, any registered engine with a generator,
 * built-in or a plugin), so its steady state and currents; the properties that need a wrapped map
 * (kraus-completeness, kraus-fixed-point) check the Kraus decomposition of its E(τ). The base engine runs
 * with the case's engineOptions for it (e.g. engineOptions.redfield when base=redfield).
 */
export default defineEngine({
  id: "kraus",
  title: "Kraus operators of a base generator",
  description:
    "Represents the dynamical map E(τ) = exp(Lτ) of another engine's generator (option base, default " +
    "global-lindblad) by Kraus operators from the eigendecomposition of its Choi matrix, E(ρ) = Σ K ρ K† " +
    "(paper 000 eq. (4)), and computes the two-time correlation g(τ) of eq. (20) from them. Checks Σ K†K = 1 " +
    "and reports negative Choi eigenvalues (a map that is not completely positive, e.g. Redfield) with their size.",
  traits: { approximation: "secular", markovian: true, lindbladForm: true, wraps: DEFAULT_BASE },
  options: {
    base: {
      description: "id of the engine whose generator is decomposed (any engine with a generator)",
      type: "string",
      default: DEFAULT_BASE,
    },
    ...SOLVER_OPTIONS,
  },
  create(context: EngineContext) {
    /** The base engine named by the `base` option: one with a generator that does not itself wrap one. */
    const baseOf = (options: EngineOptions): Engine => {
      const engine = context.engine(String(options.base ?? DEFAULT_BASE), "--option base");
      if (!engine.generator || engine.traits.wraps !== undefined) {
        throw new InputError({
          file: "--option",
          path: "base",
          expected: "an engine with a generator (a Markovian engine) that does not wrap another",
          got: JSON.stringify(engine.id),
        });
      }
      return engine;
    };
    const baseOptions = (problem: Problem, options: EngineOptions) =>
      context.optionsFor(baseOf(options), problem);
    const capabilities = markovianCapabilities({
      id: "kraus",
      title: "",
      description: "",
      traits: { approximation: "secular", markovian: true, lindbladForm: true },
      supports(problem, options) {
        const base = baseOf(options);
        const supported = base.supports(problem, baseOptions(problem, options));
        if (supported !== true) return `base engine ${base.id}: ${supported}`;
        return problem.dimension <= DENSE_SUPEROPERATOR_LIMIT
          ? true
          : `Hilbert-space dimension ${problem.dimension} exceeds ${DENSE_SUPEROPERATOR_LIMIT}: the Kraus operators need the dense map exp(Lτ)`;
      },
      form: () => "dense",
      generator: (problem, options) => baseOf(options).generator!(problem, baseOptions(problem, options)),
    });
    return {
      ...capabilities,
      traitsFor: (options: EngineOptions) => ({ ...baseOf(options).traits, wraps: baseOf(options).id }),
    };
  },
});
