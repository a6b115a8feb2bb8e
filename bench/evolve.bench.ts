import type Benchmark from "benchmark";
import { builtinEngineRegistry } from "../src/builtins/engines.js";
import { prepareCase } from "../src/cases/build-problem.js";
import { openCase } from "../src/cases/open-case.js";
import { validateCaseShape } from "../src/cases/schema-errors.js";
import { trajectoryObservables } from "../src/measures/trajectory-observables.js";
import { parseOperatorString } from "../src/operators/operator-string.js";
import { parseInitialState } from "../src/physics/named-states.js";
import type { Problem } from "../src/physics/problem.js";
import { linearPoints } from "../src/runner/sweep.js";

/** A mode w a†a with `levels` Fock states in one bosonic bath (γ(n+1)D[a] + γnD[a†]), as in bench/qutip/evolve_mesolve.py. */
const dampedOscillator = (levels: number) =>
  prepareCase(
    validateCaseShape(
      {
        id: "damped-oscillator",
        title: "A damped harmonic oscillator",
        source: { paper: "textbook" },
        description: "Breuer & Petruccione Sec. 3.4.6, truncated to a few Fock states.",
        parameters: { w: 1.3, gamma: 0.05, T: 0.8 },
        system: {
          sites: [{ name: "m", kind: "boson", levels }],
          hamiltonian: [{ coefficient: "w", operator: "n0" }],
          baths: [
            {
              name: "bath",
              coupling: "a0",
              statistics: "boson",
              temperature: "T",
              spectralDensity: { kind: "flat", strength: "gamma" },
            },
          ],
        },
      },
      "bench/damped-oscillator.yaml",
    ),
    "bench/damped-oscillator.yaml",
  );

/**
 * 1001-point trajectories t = 0 … 20 with global-lindblad and their expectation values, construction
 * included (each operation builds the problem at a new parameter value, its generator and the
 * propagator): flipflop-qubits from |↑↓⟩ (dense exp(LΔt), one exponential for the uniform grid) and a
 * 30-level damped oscillator from |3⟩ (Krylov, matrix-free). QuTiP 4.7's mesolve on the same problems:
 * bench/qutip/evolve_mesolve.py.
 */
export function addEvolveBenchmarks(suite: Benchmark.Suite): void {
  const registry = builtinEngineRegistry();
  const engine = registry.engine("global-lindblad");
  const times = linearPoints(0, 20, 1001);
  const flipflop = openCase("flipflop-qubits");
  const oscillator = dampedOscillator(30);
  const cases: { name: string; at: (k: number) => Problem; initial: string; observe: string[] }[] = [
    {
      name: "flipflop-qubits",
      at: (k) => flipflop.problemAt({ dT: 0.5 + (k % 1000) / 1000 }),
      initial: "up,down",
      observe: ["Z0", "Z1"],
    },
    {
      name: "30-level oscillator",
      at: (k) => oscillator.problemAt({ gamma: 0.05 * (1 + (k % 1000) / 1e6) }),
      initial: "fock:3",
      observe: ["n0"],
    },
  ];
  for (const { name, at, initial, observe } of cases) {
    const first = at(0);
    const options = registry.optionsFor(engine, first);
    const rho0 = parseInitialState(initial, first.space);
    const observed = observe.map((text) => {
      const operator = parseOperatorString(text, first.space);
      return { name: text, operator, hermitian: true };
    });
    let k = 0;
    suite.add(`evolve ${name} global-lindblad 1001 pts`, () => {
      const { states } = engine.evolve!(at(++k), options, rho0, times);
      trajectoryObservables(states, observed);
    });
  }
}
