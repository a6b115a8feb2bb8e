/**
 * reference-values: the engine reproduces the closed-form references the case declares for it at this
 * point (steady state, concurrence, CHSH, heat current …, each within its tolerance and with its source):
 * flipflop-qubits eq. (22) of paper 000, longstaff-machine eqs. (29), (36)-(40) of paper 002,
 * zhang-wang-* eq. (28) of paper 001. States from the wrong equation or the wrong noise must miss them.
 * Source (the property's own): The references declared in each case file (paper and equation given per reference).
 */
import { describe, it } from "vitest";
import referenceValues from "../../properties/reference-values.js";
import { builtinRegistry } from "../../src/builtins/registry.js";
import { openCase } from "../../src/cases/open-case.js";
import { gibbsState } from "../../src/physics/gibbs-state.js";
import type { Problem } from "../../src/physics/problem.js";
import type { EngineOptions } from "../../src/plugins/engine.js";
import { registerHarness } from "../../src/testing/harness-check.js";
import { propertyTester } from "../../src/testing/property-tester.js";

const registry = builtinRegistry();
const flipflop = openCase("flipflop-qubits");
const longstaff = openCase("longstaff-machine");
const bosonic = openCase("zhang-wang-bosonic");
const fermionic = openCase("zhang-wang-fermionic");
const newns = openCase("newns-double-dot");
const global = registry.engine("global-lindblad");
const local = registry.engine("local-lindblad");

/** The longstaff-machine generator at the collective-noise point with the collective dephasing γc removed. */
const withoutCollectiveNoise = (_problem: Problem, options: EngineOptions) =>
  global.generator!(longstaff.problemAt({ ...longstaff.scenario("collective-noise").set, gc: 0 }), options);

describe("reference-values", () => {
  registerHarness(
    [
      propertyTester(referenceValues, {
        registry,
        pass: [
          ...["equilibrium", "biased", "strongly-biased"].map((scenario) => ({
            name: `global-lindblad on flipflop-qubits (${scenario}): ρ, concurrence, heat current of 000 eq. (22)`,
            case: flipflop,
            scenario,
            engine: "global-lindblad",
          })),
          ...["collective-noise", "collective-noise-bosonic", "local-noise"].map((scenario) => ({
            name: `global-lindblad on longstaff-machine (${scenario}): 002 eqs. (29), (36)-(40)`,
            case: longstaff,
            scenario,
            engine: "global-lindblad",
          })),
          ...["global-lindblad", "redfield"].flatMap((engine) =>
            [bosonic, fermionic].map((prepared) => ({
              name: `${engine} on ${prepared.definition.id} (equilibrium): the Gibbs state of 001 eq. (28)`,
              case: prepared,
              scenario: "equilibrium",
              engine,
            })),
          ),
        ],
        fail: [
          {
            name: "the local master equation's state graded against 000 eq. (22): it thermalises the bare qubits",
            case: flipflop,
            scenario: "biased",
            engine: "global-lindblad",
            replace: { steadyState: (problem, options) => local.steadyState!(problem, options).rho! },
          },
          {
            name: "longstaff-machine solved without the collective dephasing γc: misses c = (2γc + γl)(Γ1 − Γ2)/4N (002 eq. (38))",
            case: longstaff,
            scenario: "collective-noise",
            engine: "global-lindblad",
            replace: { generator: withoutCollectiveNoise },
          },
          {
            name: "the Gibbs state at (1 + 1e-8) TM for flipflop-qubits: off by 3e-9, just beyond the tolerance 1e-9",
            case: flipflop,
            scenario: "equilibrium",
            engine: "global-lindblad",
            replace: {
              steadyState: (problem) =>
                gibbsState(problem.hamiltonian.dense(), (1 + 1e-8) * Number(problem.parameters.TM)),
            },
          },
        ],
        notApplicable: [
          {
            name: "local-lindblad on flipflop-qubits: the case declares no reference for it",
            case: flipflop,
            scenario: "biased",
            engine: "local-lindblad",
          },
          {
            name: "zhang-wang-bosonic biased: its references hold at equilibrium only",
            case: bosonic,
            scenario: "biased",
            engine: "global-lindblad",
          },
          {
            name: "newns-double-dot: no reference values declared",
            case: newns,
            scenario: "biased",
            engine: "newns-exact",
          },
        ],
      }),
    ],
    { describe, it },
  );
});
