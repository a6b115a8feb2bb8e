import type Benchmark from "benchmark";
import { openCase } from "../src/cases/open-case.js";
import { parseDichotomicObservable } from "../src/measures/dichotomic-observable.js";
import { engineCorrelation } from "../src/papers/000-leggett-garg/engine-correlation.js";
import { maximalViolation } from "../src/measures/leggett-garg.js";
import { builtinEngineRegistry } from "../src/builtins/engines.js";

/**
 * One MLGI evaluation on flipflop-qubits (paper 000 eq. (19)): the problem at a new T_M, the engine's
 * generator and steady state, the scan of F(0, τ, 2τ) and the refinement of its maximum to 1e-9 in τ.
 * Target (issue 5): ≤ 2 ms.
 */
export function addLgiBenchmarks(suite: Benchmark.Suite): void {
  const prepared = openCase("flipflop-qubits");
  const registry = builtinEngineRegistry();
  const observable = parseDichotomicObservable("Z0", prepared.problemAt({}).space);
  for (const id of ["global-lindblad", "local-lindblad"]) {
    const engine = registry.engine(id);
    const options = registry.optionsFor(engine, prepared.problemAt({}));
    let i = 0;
    suite.add(`MLGI flipflop-qubits ${id}`, () => {
      const problem = prepared.problemAt({ TM: 0.5 + ((i++ % 1000) / 1000) * 3 });
      maximalViolation(engineCorrelation(problem, engine, options, observable));
    });
  }
}
