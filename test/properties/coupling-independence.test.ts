/**
 * coupling-independence: the steady state of the global (secular) master equation does not depend on the
 * system-bath coupling Γ (000 eq. (22) and the sentence after it): its rate equations have every rate
 * proportional to Γ. Checked by scaling the bath dissipators by 0.1 and 10. The local and Redfield
 * equations mix Γ with the coherent coupling V, so presented as secular they must fail.
 * Source (the property's own): 000_47becd3a7196453b.txt eq. (22).
 */
import { describe, it } from "vitest";
import couplingIndependence from "../../properties/coupling-independence.js";
import { registerHarness } from "../../src/testing/harness-check.js";
import { propertyTester } from "../../src/testing/property-tester.js";
import { bosonic, fermionic, flipflop, longstaff, newns } from "../helpers/property-cases.js";
import { engineInputs, newnsExactWithoutGenerator } from "../helpers/property-inputs.js";
import { registry } from "../helpers/property-registry.js";

/** Claimed secular, so that the property applies to an engine that is not. */
const claimedSecular = { traits: { approximation: "secular" as const } };

describe("coupling-independence", () => {
  registerHarness(
    [
      propertyTester(couplingIndependence, {
        registry,
        pass: [
          ...engineInputs(
            ["global-lindblad", "kraus"],
            [
              { prepared: flipflop, scenario: "biased" },
              { prepared: flipflop, scenario: "strongly-biased" },
              { prepared: bosonic, scenario: "detuned-biased" },
              { prepared: fermionic, scenario: "biased" },
              { prepared: newns, scenario: "biased" },
            ],
            "rate equations with rates ∝ Γ",
          ),
          {
            name: "local-lindblad claimed secular, at equilibrium: the bare-qubit Gibbs state, Γ-independent there",
            case: flipflop,
            scenario: "equilibrium",
            engine: "local-lindblad",
            replace: claimedSecular,
          },
        ],
        fail: [
          {
            name: "local-lindblad claimed secular on flipflop-qubits (biased): Γ competes with V in the local populations",
            case: flipflop,
            scenario: "biased",
            engine: "local-lindblad",
            replace: claimedSecular,
          },
          {
            name: "redfield claimed secular on flipflop-qubits (biased): its non-secular coherence scales as Γ/(2V)",
            case: flipflop,
            scenario: "biased",
            engine: "redfield",
            replace: claimedSecular,
          },
          {
            name: "local-lindblad claimed secular on newns-double-dot (biased): Γ = 0.2 against g = 0.5",
            case: newns,
            scenario: "biased",
            engine: "local-lindblad",
            replace: claimedSecular,
          },
        ],
        notApplicable: [
          {
            name: "local-lindblad as it is (not a secular engine)",
            case: flipflop,
            scenario: "biased",
            engine: "local-lindblad",
          },
          {
            name: "longstaff-machine with dephasing noise: the noise does not scale with Γ",
            case: longstaff,
            scenario: "collective-noise",
            engine: "global-lindblad",
          },
          newnsExactWithoutGenerator,
        ],
      }),
    ],
    { describe, it },
  );
});
