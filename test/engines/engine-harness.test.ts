import { describe, it } from "vitest";
import { builtinRegistry } from "../../src/builtins/registry.js";
import { allCases } from "../../src/cases/open-case.js";
import { sectorDiagonalProbes } from "../../src/measures/random-probes.js";
import { type EngineHarnessOptions, engineHarness } from "../../src/testing/engine-harness.js";
import { registerHarness } from "../../src/testing/harness-check.js";

const registry = builtinRegistry();
const cases = allCases();

/**
 * What the harness cannot find out about an engine without a generator. Paper 004's exact solution
 * relaxes within 20/Γ (004_3bda4ae6cebee785.txt eq. (24): the propagators G_j(t) decay at the rate Γ), to
 * its steady state within the accuracy of the band quadratures (a few 1e-6); eqs. (29)-(31) evolve the
 * states that commute with the particle number.
 */
const ENGINE_SETTINGS: Record<string, Partial<EngineHarnessOptions>> = {
  "newns-exact": {
    relaxation: (problem) => ({ time: 20 / Number(problem.parameters.Gamma), tolerance: 1e-5 }),
    initialStates: (problem, count, seed) => {
      const number = problem.numberOperator.dense();
      const particles = Array.from({ length: problem.dimension }, (_, i) => number.re(i, i));
      return sectorDiagonalProbes(particles, count, seed);
    },
  },
};

// Every built-in engine on every shipped case and scenario: an engine is under these checks the moment it
// is registered.
for (const engine of registry.engines) {
  registerHarness(engineHarness(engine, { registry, cases, ...ENGINE_SETTINGS[engine.id] }), {
    describe,
    it,
  });
}
