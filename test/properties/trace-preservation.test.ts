/**
 * trace-preservation: Tr L(X) = 0 for every X, i.e. d/dt Tr ρ = 0, checked on seeded random X relative to
 * max|L(X)| (Breuer & Petruccione Sec. 3.2). Every engine's generator must pass, Lindblad form or not;
 * generators that let probability leak out must fail.
 * Source (the property's own): Any quantum master equation: d/dt Tr ρ = Tr L(ρ) = 0 (Breuer & Petruccione Sec. 3.2).
 */
import { describe, it } from "vitest";
import tracePreservation from "../../properties/trace-preservation.js";
import { registerHarness } from "../../src/testing/harness-check.js";
import { propertyTester } from "../../src/testing/property-tester.js";
import { globalPlus, imaginaryEnergy, leakage, noJumpDecay } from "../helpers/mutant-generators.js";
import { bosonic, fermionic, flipflop, newns } from "../helpers/property-cases.js";
import { casePoints, engineInputs, newnsExactWithoutGenerator } from "../helpers/property-inputs.js";
import { registry } from "../helpers/property-registry.js";

describe("trace-preservation", () => {
  registerHarness(
    [
      propertyTester(tracePreservation, {
        registry,
        pass: [
          ...engineInputs(
            ["global-lindblad", "local-lindblad", "redfield", "kraus"],
            casePoints(flipflop, ["biased"]),
            "Lindblad or Redfield, trace-preserving by construction",
          ),
          {
            name: "redfield on zhang-wang-bosonic: not completely positive, yet trace-preserving (001 eq. (20))",
            case: bosonic,
            scenario: "biased",
            engine: "redfield",
          },
          {
            name: "local-lindblad on zhang-wang-fermionic (biased): fermionic jump operators",
            case: fermionic,
            scenario: "biased",
            engine: "local-lindblad",
          },
          {
            name: "newns-epa at biased: not in Lindblad form (004 eq. (82)), yet trace-preserving",
            case: newns,
            scenario: "biased",
            engine: "newns-epa",
          },
          {
            name: "global Lindblad plus −i[−iγσ⁺σ⁻0, ρ] (a non-Hermitian H_S): breaks Hermiticity, not the trace of a commutator",
            case: flipflop,
            scenario: "biased",
            engine: "global-lindblad",
            replace: { generator: globalPlus(imaginaryEnergy(0.05)) },
          },
        ],
        fail: [
          {
            name: "global Lindblad plus the no-jump part −(Γ/2){σ⁺σ⁻0, ρ} of a decay without its jump term: d Tr ρ/dt = −Γ⟨σ⁺σ⁻0⟩",
            case: flipflop,
            scenario: "biased",
            engine: "global-lindblad",
            replace: { generator: globalPlus(noJumpDecay(0.05)) },
          },
          {
            name: "global Lindblad plus leakage −γρ at γ = 1e-9: relative trace loss 3e-10, just beyond the tolerance 1e-10",
            case: flipflop,
            scenario: "biased",
            engine: "global-lindblad",
            replace: { generator: globalPlus(leakage(1e-9)) },
          },
          {
            name: "global Lindblad on zhang-wang-fermionic plus leakage −γρ at γ = 0.1 (electrons lost from both dots)",
            case: fermionic,
            scenario: "biased",
            engine: "global-lindblad",
            replace: { generator: globalPlus(leakage(0.1)) },
          },
        ],
        notApplicable: [newnsExactWithoutGenerator],
      }),
    ],
    { describe, it },
  );
});
