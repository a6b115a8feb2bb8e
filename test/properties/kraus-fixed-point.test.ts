/**
 * kraus-fixed-point: the steady state is a fixed point of the Kraus map, Σ_μ s_μ K_μ(τ) ρ_ss K_μ†(τ) = ρ_ss
 * at τ = 0.01 … 10 relaxation times (000 eq. (15)). It holds for the steady state of the decomposed
 * generator whether or not the map is CP; a state that is stationary under another generator, or not at
 * all, must fail.
 * Source (the property's own): 000_47becd3a7196453b.txt eq. (15).
 */
import { describe, it } from "vitest";
import krausFixedPoint from "../../properties/kraus-fixed-point.js";
import { builtinRegistry } from "../../src/builtins/registry.js";
import { openCase } from "../../src/cases/open-case.js";
import { addScaledInPlace, scale } from "../../src/linalg/complex-matrix.js";
import { gibbsState } from "../../src/physics/gibbs-state.js";
import type { Problem } from "../../src/physics/problem.js";
import type { EngineOptions } from "../../src/plugins/engine.js";
import { registerHarness } from "../../src/testing/harness-check.js";
import { propertyTester } from "../../src/testing/property-tester.js";

const registry = builtinRegistry();
const flipflop = openCase("flipflop-qubits");
const bosonic = openCase("zhang-wang-bosonic");
const longstaff = openCase("longstaff-machine");
const newns = openCase("newns-double-dot");
const global = registry.engine("global-lindblad");
const local = registry.engine("local-lindblad");

/** The local master equation's steady state: stationary under the local generator, not the global one. */
const localState = (problem: Problem, options: EngineOptions) => local.steadyState!(problem, options).rho!;

/** (1 − ε) ρ_ss + ε ρ_local: the global steady state moved a distance ε towards the local one. */
const nearlyStationary = (epsilon: number) => (problem: Problem, options: EngineOptions) => {
  const rho = scale(global.steadyState!(problem, options).rho!, 1 - epsilon);
  return addScaledInPlace(rho, localState(problem, options), epsilon);
};

const kraus = (name: string, prepared: typeof flipflop, scenario: string, base = "global-lindblad") => ({
  name,
  case: prepared,
  scenario,
  engine: "kraus",
  options: { base },
});

describe("kraus-fixed-point", () => {
  registerHarness(
    [
      propertyTester(krausFixedPoint, {
        registry,
        pass: [
          kraus("kraus of global-lindblad on flipflop-qubits (biased)", flipflop, "biased"),
          kraus(
            "kraus of global-lindblad on longstaff-machine with dephasing noise",
            longstaff,
            "collective-noise",
          ),
          kraus("kraus of local-lindblad on flipflop-qubits (biased)", flipflop, "biased", "local-lindblad"),
          kraus(
            "kraus of redfield on zhang-wang-bosonic (biased): not CP, fixed point all the same",
            bosonic,
            "biased",
            "redfield",
          ),
          kraus(
            "kraus of newns-epa at biased: not CP (004 eq. (82)), fixed point all the same",
            newns,
            "biased",
            "newns-epa",
          ),
        ],
        fail: [
          {
            ...kraus(
              "the local steady state under the global map: stationary for another generator",
              flipflop,
              "biased",
            ),
            replace: { steadyState: localState },
          },
          {
            ...kraus(
              "the Gibbs state at TM under the biased map (T1 = 1.6, T2 = 0.6): relaxes away",
              flipflop,
              "biased",
            ),
            replace: {
              steadyState: (problem: Problem) =>
                gibbsState(problem.hamiltonian.dense(), Number(problem.parameters.TM)),
            },
          },
          {
            ...kraus(
              "ρ_ss moved 3e-8 towards the local state: relaxes back by 1.7e-9, just beyond 1e-9",
              flipflop,
              "biased",
            ),
            replace: { steadyState: nearlyStationary(3e-8) },
          },
        ],
        notApplicable: [
          {
            name: "global-lindblad itself: not an engine that represents another's dynamics",
            case: flipflop,
            scenario: "biased",
            engine: "global-lindblad",
          },
          kraus(
            "kraus on the noiseless longstaff-machine: two steady states (002 eqs. (19)-(21))",
            longstaff,
            "noiseless",
          ),
        ],
      }),
    ],
    { describe, it },
  );
});
