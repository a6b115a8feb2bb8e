import type Benchmark from "benchmark";
import { builtinEngineRegistry } from "../src/builtins/engines.js";
import { openCase } from "../src/cases/open-case.js";
import type { EngineOptions } from "../src/plugins/engine.js";

/**
 * Two-qubit Bloch-Redfield steady states on zhang-wang-bosonic (target ≤ 100 µs each): `steady state`
 * builds the problem at a new ΔT, the non-secular generator and its kernel;  * steady state on a fixed problem, and the cost of building the problem alone for comparison.
 */
export function addRedfieldBenchmarks(suite: Benchmark.Suite): void {
  const prepared = openCase("zhang-wang-bosonic");
  const registry = builtinEngineRegistry();
  const redfield = registry.engine("redfield");
  const resolved = (options: EngineOptions) => registry.optionsFor(redfield, prepared.problemAt({}), options);
  let i = 0;
  const nextBias = () => ((i++ % 1000) / 1000) * 0.8 - 0.4;
  for (const given of [{}, { rotatingWave: true }] as EngineOptions[]) {
    const label = Object.keys(given).length === 0 ? "full" : "rotating-wave";
    const options = resolved(given);
    suite.add(`redfield steady state zhang-wang-bosonic (${label})`, () => {
      redfield.steadyState!(prepared.problemAt({ dT: nextBias(), de: 0.3 }), options);
    });
  }
  const problem = prepared.problemAt({ dT: 0.4, de: 0.3 });
  suite.add("redfield steady state, problem built once", () => {
    // a fresh options object each time: the generator cache keys on the options
    redfield.steadyState!(problem, resolved({ secularCutoff: "none", rotatingWave: (i++ & 1) === 0 }));
  });
  suite.add("problem construction zhang-wang-bosonic", () => {
    prepared.problemAt({ dT: nextBias(), de: 0.3 });
  });
}
