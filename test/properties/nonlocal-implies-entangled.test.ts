/**
 * nonlocal-implies-entangled: a steady state that violates CHSH (B > 2, 001 eq. (4)) or I3322 (> 4,
 * eq. (7)) must have a positive concurrence (eq. (1)); Bell-local states pass trivially (Werner 1989).
 * No density matrix can fail, so the failing inputs break Tr ρ = 1, which the theorem needs: the product
 * state |↑↑⟩ sits exactly on the local bounds (B = 2, I3322 = 4) with zero concurrence, and any excess
 * trace pushes both Bell values beyond them. (A matrix with a negative eigenvalue is refused by the
 * concurrence, an error rather than a failure.)
 * Source (the property's own): Werner, Phys. Rev. A 40, 4277 (1989); 001_a04d396bbf339a9e.txt eqs. (1), (4), (7).
 */
import { describe, it } from "vitest";
import nonlocalImpliesEntangled from "../../properties/nonlocal-implies-entangled.js";
import { scale } from "../../src/linalg/complex-matrix.js";
import { parseInitialState } from "../../src/physics/named-states.js";
import { registerHarness } from "../../src/testing/harness-check.js";
import { propertyTester } from "../../src/testing/property-tester.js";
import { bosonic, fermionic, newns } from "../helpers/property-cases.js";
import { asFlipflopSteadyState, inputsAt, noiselessLongstaff } from "../helpers/property-inputs.js";
import { registry } from "../helpers/property-registry.js";
import { TWO_QUBITS, werner } from "../helpers/two-qubit-states.js";

const upUp = parseInitialState("up,up", TWO_QUBITS);

describe("nonlocal-implies-entangled", () => {
  registerHarness(
    [
      propertyTester(nonlocalImpliesEntangled, {
        registry,
        pass: [
          ...inputsAt(
            [
              { prepared: bosonic, scenario: "equilibrium", engine: "global-lindblad" },
              { prepared: bosonic, scenario: "detuned-biased", engine: "redfield" },
              { prepared: fermionic, scenario: "equilibrium", engine: "global-lindblad" },
              { prepared: newns, scenario: "equilibrium", engine: "kraus" },
            ],
            "Bell nonlocal (B > 2) and entangled",
          ),
          {
            name: "newns-exact at biased: Bell local, nothing to check",
            case: newns,
            scenario: "biased",
            engine: "newns-exact",
          },
          asFlipflopSteadyState("the Werner state λ = 3/4: B = 2.12, concurrence 0.625", werner(0.75)),
          asFlipflopSteadyState("the product state |↑↑⟩: B = 2 and I3322 = 4, on the local bounds", upUp),
        ],
        fail: [
          asFlipflopSteadyState(
            "|↑↑⟩ with Tr ρ = 1 + 1e-6: B = 2(1 + 1e-6) just beyond the local bound, concurrence 0",
            scale(upUp, 1 + 1e-6),
          ),
          asFlipflopSteadyState("|↑↑⟩ with Tr ρ = 1.5: B = 3 and I3322 = 6, concurrence 0", scale(upUp, 1.5)),
        ],
        notApplicable: [
          noiselessLongstaff("the noiseless longstaff-machine: two steady states, no unique state to test"),
        ],
      }),
    ],
    { describe, it },
  );
});
