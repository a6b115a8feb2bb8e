import type Benchmark from "benchmark";
import { builtinEngineRegistry } from "../src/builtins/engines.js";
import { openCase } from "../src/cases/open-case.js";
import { maximiseI3322 } from "../src/measures/i3322.js";

/**
 * One maximisation of the I3322 value (001_a04d396bbf339a9e.txt eq. (8); target ≤ 50 ms) on a Redfield
 * steady state of zhang-wang-bosonic out of equilibrium, with the default number of see-saw starts.
 */
export function addI3322Benchmarks(suite: Benchmark.Suite): void {
  const prepared = openCase("zhang-wang-bosonic");
  const registry = builtinEngineRegistry();
  const redfield = registry.engine("redfield");
  const problem = prepared.problemAt({ dT: 0.4, de: 0.3 });
  const rho = redfield.steadyState!(problem, registry.optionsFor(redfield, problem)).rho!;
  let seed = 1;
  suite.add("i3322 maximisation (see-saw, default starts)", () => {
    maximiseI3322(rho, { seed: seed++ });
  });
}
