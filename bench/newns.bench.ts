import type Benchmark from "benchmark";
import { openCase } from "../src/cases/open-case.js";
import { newnsModel } from "../src/physics/newns/newns-model.js";
import { exactSteadyState } from "../src/physics/newns/steady-state-correlation.js";
import { builtinEngineRegistry } from "../src/builtins/engines.js";
import { solveProblem } from "../src/runner/solve.js";

/**
 * Paper 004: one exact steady state (C(∞) of eq. 32 and the Landauer currents, one adaptive quadrature)
 * at a new g each time (target ≤ 5 ms), and one full `solve` point of newns-double-dot per engine.
 */
export function addNewnsBenchmarks(suite: Benchmark.Suite): void {
  let i = 0;
  const nextCoupling = () => 0.1 + ((i++ % 1000) / 1000) * 0.9;
  suite.add("newns exact steady state C(∞) + Landauer", () => {
    exactSteadyState(
      newnsModel({
        h: 1,
        delta: 0.1,
        g: nextCoupling(),
        Gamma: 0.2,
        Omega: 100,
        TL: 0.1,
        TR: 0.1,
        muL: 1,
        muR: 0,
      }),
    );
  });
  const prepared = openCase("newns-double-dot");
  const registry = builtinEngineRegistry();
  for (const id of ["newns-exact", "newns-epa", "local-lindblad", "global-lindblad", "redfield"]) {
    if (!registry.engines.some((e) => e.id === id)) continue;
    const engine = registry.engine(id);
    const options = registry.optionsFor(engine, prepared.problemAt({}));
    suite.add(`solve point newns-double-dot ${id}`, () => {
      solveProblem(prepared.problemAt({ g: nextCoupling() }), engine, options);
    });
  }
}
