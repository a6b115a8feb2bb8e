/**
 * current-conservation: the first law at the steady state, Σ_α J^E_α = 0 and, when [H_S, N] = 0, also
 * Σ_α J^N_α = 0 (relative to Σ|J|; Alicki 1979). It holds for the stationary state of any generator
 * −i[H_S, ·] + Σ_α D_α whose dissipators are all baths, and for the exact Landauer currents; it must fail
 * for a state that is not stationary and for an energy or particle sink that no bath accounts for.
 * Source (the property's own): First law of thermodynamics for the open system (Alicki 1979; DESIGN.md current conventions).
 */
import { describe, it } from "vitest";
import currentConservation from "../../properties/current-conservation.js";
import { registerHarness } from "../../src/testing/harness-check.js";
import { propertyTester } from "../../src/testing/property-tester.js";
import { decay0, globalPlus } from "../helpers/mutant-generators.js";
import { gibbsAtMeanTemperature } from "../helpers/mutant-states.js";
import { bosonic, fermionic, flipflop, longstaff, newns } from "../helpers/property-cases.js";
import { engineInputs } from "../helpers/property-inputs.js";
import { registry } from "../helpers/property-registry.js";

/**
 * The global generator plus a hidden decay γD[L] of site 0, L the left bath's coupling (σ⁻0 or c0), in L
 * but in no bath's dissipator: the currents the baths report miss what it takes away.
 */
const hiddenDecay = (rate: number) => globalPlus(decay0(rate));

describe("current-conservation", () => {
  registerHarness(
    [
      propertyTester(currentConservation, {
        registry,
        pass: [
          ...engineInputs(
            ["global-lindblad", "local-lindblad", "redfield", "kraus"],
            [
              { prepared: flipflop, scenario: "biased" },
              { prepared: bosonic, scenario: "detuned-biased" },
              { prepared: fermionic, scenario: "biased" },
            ],
            "Tr[H_S L(ρ_ss)] = Σ_α J^E_α = 0",
          ),
          ...["biased", "detuned"].map((scenario) => ({
            name: `newns-exact at ${scenario}: J_L = −J_R for the Landauer currents (004 eqs. (43)-(45))`,
            case: newns,
            scenario,
            engine: "newns-exact",
          })),
        ],
        fail: [
          {
            name: "global Lindblad on flipflop-qubits with a decay Γ D[σ⁻0] hidden in L: energy leaves through no bath",
            case: flipflop,
            scenario: "biased",
            engine: "global-lindblad",
            replace: { generator: hiddenDecay(0.05) },
          },
          {
            name: "global Lindblad on zhang-wang-fermionic with a tunnelling-out D[c0] hidden in L: Σ_α J^N_α ≠ 0",
            case: fermionic,
            scenario: "biased",
            engine: "global-lindblad",
            replace: { generator: hiddenDecay(0.2) },
          },
          {
            name: "the Gibbs state at TM given as the state of the biased baths (T1 = 1.6, T2 = 0.6): not stationary, d⟨H_S⟩/dt ≠ 0",
            case: flipflop,
            scenario: "biased",
            engine: "global-lindblad",
            // the Gibbs state of H_S at TM: stationary at TM, not between baths at TM ± dT/2
            replace: { steadyState: gibbsAtMeanTemperature() },
          },
        ],
        notApplicable: [
          {
            name: "longstaff-machine with dephasing noise: the noise exchanges energy too (002 eq. (28))",
            case: longstaff,
            scenario: "collective-noise",
            engine: "global-lindblad",
          },
        ],
      }),
    ],
    { describe, it },
  );
});
