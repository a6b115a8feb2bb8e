/**
 * reference-values: the engine reproduces the closed-form references the case declares for it at this
 * point (steady state, concurrence, CHSH, heat current …, each within its tolerance and with its source):
 * flipflop-qubits eq. (22) of paper 000, longstaff-machine eqs. (29), (36)-(40) of paper 002,
 * zhang-wang-* eq. (28) of paper 001. States from the wrong equation or the wrong noise must miss them.
 * Source (the property's own): The references declared in each case file (paper and equation given per reference).
 */
import { describe, it } from "vitest";
import referenceValues from "../../properties/reference-values.js";
import type { Problem } from "../../src/physics/problem.js";
import type { EngineOptions } from "../../src/plugins/engine.js";
import { registerHarness } from "../../src/testing/harness-check.js";
import { propertyTester } from "../../src/testing/property-tester.js";
import { gibbsAtMeanTemperature, localSteadyState } from "../helpers/mutant-states.js";
import { bosonic, fermionic, flipflop, longstaff, newns } from "../helpers/property-cases.js";
import { atEquilibrium, casePoints, engineInputs } from "../helpers/property-inputs.js";
import { globalLindblad, registry } from "../helpers/property-registry.js";

/** The longstaff-machine generator at the collective-noise point with the collective dephasing γc removed. */
const withoutCollectiveNoise = (_problem: Problem, options: EngineOptions) =>
  globalLindblad.generator!(
    longstaff.problemAt({ ...longstaff.scenario("collective-noise").set, gc: 0 }),
    options,
  );

describe("reference-values", () => {
  registerHarness(
    [
      propertyTester(referenceValues, {
        registry,
        pass: [
          ...engineInputs(
            ["global-lindblad"],
            casePoints(flipflop, ["equilibrium", "biased", "strongly-biased"]),
            "ρ, concurrence, heat current of 000 eq. (22)",
          ),
          ...engineInputs(
            ["global-lindblad"],
            casePoints(longstaff, ["collective-noise", "collective-noise-bosonic", "local-noise"]),
            "002 eqs. (29), (36)-(40)",
          ),
          ...engineInputs(
            ["global-lindblad", "redfield"],
            atEquilibrium(bosonic, fermionic),
            "the Gibbs state of 001 eq. (28)",
          ),
        ],
        fail: [
          {
            name: "the local master equation's state graded against 000 eq. (22): it thermalises the bare qubits",
            case: flipflop,
            scenario: "biased",
            engine: "global-lindblad",
            replace: { steadyState: localSteadyState },
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
            replace: { steadyState: gibbsAtMeanTemperature(1 + 1e-8) },
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
