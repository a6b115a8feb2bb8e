/**
 * tsirelson-bound: the Horodecki CHSH maximum B = 2√(λ1 + λ2) of the steady state is at most 2√2 and agrees
 * with a seeded numerical maximisation over the four measurement directions (Tsirelson 1980; Horodecki 1995;
 * 001 eqs. (3)-(5)). Every density matrix passes, the singlet on the bound; a Werner "state" of visibility
 * λ > 1 (B = 2√2 λ) has negative eigenvalues (1 − λ)/4 and must fail.
 * Source (the property's own): Tsirelson, Lett. Math. Phys. 4, 93 (1980); Horodecki, Phys. Lett. A 200, 340 (1995); 001_a04d396bbf339a9e.txt eqs. (3)-(5).
 */
import { describe, it } from "vitest";
import tsirelsonBound from "../../properties/tsirelson-bound.js";
import { registerHarness } from "../../src/testing/harness-check.js";
import { propertyTester } from "../../src/testing/property-tester.js";
import { bosonic, fermionic, flipflop, longstaff, newns } from "../helpers/property-cases.js";
import { asFlipflopSteadyState, inputsAt, noiselessLongstaff } from "../helpers/property-inputs.js";
import { registry } from "../helpers/property-registry.js";
import { werner } from "../helpers/two-qubit-states.js";

describe("tsirelson-bound", () => {
  registerHarness(
    [
      propertyTester(tsirelsonBound, {
        registry,
        pass: [
          ...inputsAt(
            [
              { prepared: bosonic, scenario: "equilibrium", engine: "global-lindblad" },
              { prepared: bosonic, scenario: "detuned-biased", engine: "redfield" },
              { prepared: fermionic, scenario: "equilibrium", engine: "global-lindblad" },
              { prepared: newns, scenario: "equilibrium", engine: "global-lindblad" },
              { prepared: newns, scenario: "biased", engine: "newns-exact" },
              { prepared: longstaff, scenario: "collective-noise", engine: "global-lindblad" },
              { prepared: flipflop, scenario: "biased", engine: "local-lindblad" },
            ],
            "a density matrix",
          ),
          asFlipflopSteadyState("the singlet |ψ−⟩: B = 2√2, on the bound", werner(1)),
        ],
        fail: [
          asFlipflopSteadyState(
            "a Werner 'state' with λ = 1 + 1e-6 (eigenvalues −2.5e-7): B = 2√2(1 + 1e-6), just beyond Tsirelson",
            werner(1 + 1e-6),
          ),
          asFlipflopSteadyState(
            "a Werner 'state' with λ = 1.2 (eigenvalues −0.05): B = 3.39 > 2√2",
            werner(1.2),
          ),
        ],
        notApplicable: [
          noiselessLongstaff("the noiseless longstaff-machine: two steady states, no unique state to test"),
        ],
      }),
    ],
    { describe, it },
  );
});
