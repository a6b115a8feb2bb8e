import { InputError } from "../../src/input-error.js";
import { scale } from "../../src/linalg/complex-matrix.js";
import { expm } from "../../src/linalg/expm.js";
import type { Problem } from "../../src/physics/problem.js";
import { builtinEngineRegistry } from "../../src/plugins/builtin-engines.js";
import { defineEngine, type Engine, type EngineOptions } from "../../src/plugins/engine.js";
import type { PluginRegistry } from "../../src/plugins/registry.js";
import { defineMarkovianEngine } from "../../src/plugins/markovian-engine.js";
import { type KrausDecomposition, krausDecomposition } from "./kraus-decomposition.js";

const DEFAULT_BASE = "global-lindblad";

/** The built-in engines, looked up on first use (this module is registered there itself). */
let builtins: PluginRegistry | undefined;
const builtinEngines = (): PluginRegistry => {
  builtins ??= builtinEngineRegistry();
  return builtins;
};

/**
 * The base engine named by the `base` option, looked up among the built-in engines when first needed
 * (this module is itself registered there, so the lookup must not run at import time).
 */
function baseEngine(options: EngineOptions): Engine {
  const id = String(options.base ?? DEFAULT_BASE);
  if (id === "kraus") {
    throw new InputError({
      file: "--option",
      path: "base",
      expected: "an engine with a generator other than kraus",
      got: '"kraus"',
    });
  }
  const engine = builtinEngines().engine(id, "--option base");
  if (!engine.generator) {
    throw new InputError({
      file: "--option",
      path: "base",
      expected: "an engine with a generator (a Markovian engine)",
      got: JSON.stringify(id),
    });
  }
  return engine;
}

function baseOptions(options: EngineOptions): EngineOptions {
  const { base: _base, ...rest } = options;
  return rest;
}

const markovian = defineMarkovianEngine({
  id: "kraus",
  title: "Kraus operators of a base generator",
  description:
    "Represents the dynamical map E(τ) = exp(Lτ) of another engine's generator (option base, default " +
    "global-lindblad) by Kraus operators from the eigendecomposition of its Choi matrix, E(ρ) = Σ K ρ K† " +
    "(paper 000 eq. (4)), and computes the two-time correlation g(τ) of eq. (20) from them. Checks Σ K†K = 1 " +
    "and reports negative Choi eigenvalues (a map that is not completely positive, e.g. Redfield) with their size.",
  options: {
    base: { description: "id of the engine whose generator is decomposed", default: DEFAULT_BASE },
  },
  supports: (problem: Problem) => builtinEngines().engine(DEFAULT_BASE).supports(problem),
  generator: (problem, options) => baseEngine(options).generator!(problem, baseOptions(options)),
});

/**
 * The `kraus` engine: the base engine's generator (so its steady state and currents), plus the Kraus
 * decomposition of E(τ) for the two-time correlations of paper 000 Sec. II.
 */
export default defineEngine({
  ...markovian,
  /** Kraus operators of E(τ) = exp(Lτ), with the completeness error and the most negative Choi eigenvalue. */
  krausOperators(problem: Problem, options: EngineOptions, tau: number): KrausDecomposition {
    const { liouvillian } = markovian.generator!(problem, options);
    return krausDecomposition(expm(scale(liouvillian, tau)), problem.dimension);
  },
});
