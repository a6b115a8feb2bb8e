/**
 * kraus-fixed-point: the steady state is a fixed point of the Kraus map, Σ_μ s_μ K_μ(τ) ρ_ss K_μ†(τ) = ρ_ss
 * at τ = 0.01 … 10 relaxation times (000 eq. (15)). It holds for the steady state of the decomposed
 * generator whether or not the map is CP; a state that is stationary under another generator, or not at
 * all, must fail.
 * Source (the property's own): 000_47becd3a7196453b.txt eq. (15).
 */
import { describe, it } from "vitest";
import krausFixedPoint from "../../properties/kraus-fixed-point.js";
import { addScaledInPlace, scale } from "../../src/linalg/complex-matrix.js";
import type { Problem } from "../../src/physics/problem.js";
import type { EngineOptions } from "../../src/plugins/engine.js";
import { registerHarness } from "../../src/testing/harness-check.js";
import { propertyTester } from "../../src/testing/property-tester.js";
import { gibbsAtMeanTemperature, localSteadyState, steadyStateOf } from "../helpers/mutant-states.js";
import { bosonic, flipflop, longstaff, newns } from "../helpers/property-cases.js";
import { krausOf } from "../helpers/property-inputs.js";
import { globalLindblad, registry } from "../helpers/property-registry.js";

/** (1 − ε) ρ_ss + ε ρ_local: the global steady state moved a distance ε towards the local one. */
const nearlyStationary = (epsilon: number) => (problem: Problem, options: EngineOptions) => {
  const rho = scale(steadyStateOf(globalLindblad)(problem, options), 1 - epsilon);
  return addScaledInPlace(rho, localSteadyState(problem, options), epsilon);
};

describe("kraus-fixed-point", () => {
  registerHarness(
    [
      propertyTester(krausFixedPoint, {
        registry,
        pass: [
          krausOf("kraus of global-lindblad on flipflop-qubits (biased)", flipflop, "biased"),
          krausOf(
            "kraus of global-lindblad on longstaff-machine with dephasing noise",
            longstaff,
            "collective-noise",
          ),
          krausOf(
            "kraus of local-lindblad on flipflop-qubits (biased)",
            flipflop,
            "biased",
            "local-lindblad",
          ),
          krausOf(
            "kraus of redfield on zhang-wang-bosonic (biased): not CP, fixed point all the same",
            bosonic,
            "biased",
            "redfield",
          ),
          krausOf(
            "kraus of newns-epa at biased: not CP (004 eq. (82)), fixed point all the same",
            newns,
            "biased",
            "newns-epa",
          ),
        ],
        fail: [
          {
            ...krausOf(
              "the local steady state under the global map: stationary for another generator",
              flipflop,
              "biased",
            ),
            replace: { steadyState: localSteadyState },
          },
          {
            ...krausOf(
              "the Gibbs state at TM under the biased map (T1 = 1.6, T2 = 0.6): relaxes away",
              flipflop,
              "biased",
            ),
            replace: { steadyState: gibbsAtMeanTemperature() },
          },
          {
            ...krausOf(
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
          krausOf(
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
