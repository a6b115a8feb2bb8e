/**
 * i3322-bound: the maximal I3322 value (±1 form of 001 eq. (6)) of the steady state over projective
 * measurements, by a seeded see-saw, is at most 5, the quantum maximum reached by a maximally entangled
 * state (Collins & Gisin 2004; 001 eqs. (6)-(8)). Every density matrix passes, the singlet on the bound.
 * The Bell operator is linear in ρ and the marginal terms vanish for Werner states, so a Werner "state" of
 * visibility λ > 1 (negative eigenvalues (1 − λ)/4) reaches 5λ and must fail.
 * Source (the property's own): Collins & Gisin, J. Phys. A 37, 1775 (2004); 001_a04d396bbf339a9e.txt eqs. (6)-(8).
 */
import { describe, it } from "vitest";
import i3322Bound from "../../properties/i3322-bound.js";
import { registerHarness } from "../../src/testing/harness-check.js";
import { propertyTester } from "../../src/testing/property-tester.js";
import { bosonic, longstaff, newns } from "../helpers/property-cases.js";
import { asFlipflopSteadyState, inputsAt, noiselessLongstaff } from "../helpers/property-inputs.js";
import { registry } from "../helpers/property-registry.js";
import { werner } from "../helpers/two-qubit-states.js";

describe("i3322-bound", () => {
  registerHarness(
    [
      propertyTester(i3322Bound, {
        registry,
        pass: [
          ...inputsAt(
            [
              { prepared: bosonic, scenario: "equilibrium", engine: "global-lindblad" },
              { prepared: bosonic, scenario: "detuned-biased", engine: "redfield" },
              { prepared: newns, scenario: "equilibrium", engine: "global-lindblad" },
              { prepared: newns, scenario: "biased", engine: "newns-exact" },
              { prepared: longstaff, scenario: "local-noise", engine: "global-lindblad" },
            ],
            "a density matrix",
          ),
          asFlipflopSteadyState("the singlet |ψ−⟩: maximally entangled, I3322 = 5 on the bound", werner(1)),
        ],
        fail: [
          asFlipflopSteadyState(
            "a Werner 'state' with λ = 1 + 1e-6 (eigenvalues −2.5e-7): I3322 = 5(1 + 1e-6), just beyond 5",
            werner(1 + 1e-6),
          ),
          asFlipflopSteadyState("a Werner 'state' with λ = 1.2 (eigenvalues −0.05): I3322 = 6", werner(1.2)),
        ],
        notApplicable: [
          noiselessLongstaff("the noiseless longstaff-machine: two steady states, no unique state to test"),
        ],
      }),
    ],
    { describe, it },
  );
});
