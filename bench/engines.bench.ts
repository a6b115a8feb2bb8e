import type Benchmark from "benchmark";
import { openCase } from "../src/cases/open-case.js";
import { builtinEngineRegistry } from "../src/builtins/engines.js";
import { solveProblem } from "../src/runner/solve.js";

/**
 * Two-qubit steady states per second on flipflop-qubits, construction included: each operation builds the
 * problem at a new dT (parameters, H_S, bath channels), the engine's generator and its steady state;
 * the `solve` variant adds observables, currents and entropy production (one `sweep` point).
 */
export function addEngineBenchmarks(suite: Benchmark.Suite): void {
  const prepared = openCase("flipflop-qubits");
  const registry = builtinEngineRegistry();
  for (const id of ["global-lindblad", "local-lindblad"]) {
    const engine = registry.engine(id);
    const options = registry.optionsFor(engine, prepared.problemAt({}));
    let i = 0;
    const nextBias = () => ((i++ % 1000) / 1000) * 2;
    suite.add(`steady state flipflop-qubits ${id}`, () => {
      const problem = prepared.problemAt({ dT: nextBias() });
      engine.steadyState!(problem, options);
    });
    suite.add(`solve point flipflop-qubits ${id}`, () => {
      solveProblem(prepared.problemAt({ dT: nextBias() }), engine, options);
    });
  }
}
