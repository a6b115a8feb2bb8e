/**
 * kraus-completeness: the Kraus operators of E(τ) = exp(Lτ) from the Choi matrix, with the signs of its
 * eigenvalues kept, satisfy Σ_μ s_μ K_μ†K_μ = 1 at τ = 0.01 … 10 relaxation times (000 eq. (4) and the
 * condition below it): E(τ) preserves the trace. Non-CP bases (Redfield, the EPA) pass with negative
 * weights reported; a generator that loses probability gives Σ K†K = exp(−γτ)·1 and must fail.
 * Source (the property's own): 000_47becd3a7196453b.txt eq. (4); Choi 1975.
 */
import { describe, it } from "vitest";
import krausCompleteness from "../../properties/kraus-completeness.js";
import { registerHarness } from "../../src/testing/harness-check.js";
import { propertyTester } from "../../src/testing/property-tester.js";
import { globalPlus, leakage, noJumpDecay } from "../helpers/mutant-generators.js";
import { bosonic, flipflop, newns } from "../helpers/property-cases.js";
import { krausWithGenerator as kraus, newnsExactWithoutGenerator } from "../helpers/property-inputs.js";
import { registry } from "../helpers/property-registry.js";

describe("kraus-completeness", () => {
  registerHarness(
    [
      propertyTester(krausCompleteness, {
        registry,
        pass: [
          kraus(
            "kraus of global-lindblad on flipflop-qubits (biased): a CPTP map",
            flipflop,
            "biased",
            "global-lindblad",
          ),
          kraus(
            "kraus of local-lindblad on flipflop-qubits (biased): a CPTP map",
            flipflop,
            "biased",
            "local-lindblad",
          ),
          kraus(
            "kraus of redfield on zhang-wang-bosonic (biased): not CP, negative weights, still trace-preserving",
            bosonic,
            "biased",
            "redfield",
          ),
          kraus(
            "kraus of newns-epa at biased: not CP (004 eq. (82)), negative weights, still trace-preserving",
            newns,
            "biased",
            "newns-epa",
          ),
        ],
        fail: [
          kraus(
            "kraus of global Lindblad plus the no-jump part −(Γ/2){σ⁺σ⁻0, ρ}: the conditional evolution loses norm",
            flipflop,
            "biased",
            "global-lindblad",
            globalPlus(noJumpDecay(0.05)),
          ),
          kraus(
            "kraus of global Lindblad plus leakage −γρ at γ = 2e-11: 1 − e^{−γτ} = 3e-9 at τ = 161, just beyond 1e-9",
            flipflop,
            "biased",
            "global-lindblad",
            globalPlus(leakage(2e-11)),
          ),
        ],
        notApplicable: [
          {
            name: "global-lindblad itself: not an engine that represents another's dynamics",
            case: flipflop,
            scenario: "biased",
            engine: "global-lindblad",
          },
          newnsExactWithoutGenerator,
        ],
      }),
    ],
    { describe, it },
  );
});
