/**
 * trajectory-in-state-space: ρ(t) from pure initial states stays a density matrix (trace 1, Hermitian,
 * positive). Generators of Lindblad form pass by construction (exp(Lt) is CPTP); the Bloch-Redfield
 * generator is not even positive on these cases (Breuer & Petruccione Sec. 3.3.1, Dümcke & Spohn 1979) and
 * neither is paper 004's EPA where a canonical rate is negative (004 eq. (82)); a generator that leaks
 * probability out of the Hilbert space loses the trace.
 * Source (the property's own): density-matrix postulate; Breuer & Petruccione Sec. 3.2; Dümcke & Spohn, Z. Phys. B 34, 419 (1979).
 */
import { describe, it } from "vitest";
import trajectoryInStateSpace from "../../properties/trajectory-in-state-space.js";
import { registerHarness } from "../../src/testing/harness-check.js";
import { propertyTester } from "../../src/testing/property-tester.js";
import { globalPlus, leakage } from "../helpers/mutant-generators.js";
import { bosonic, fermionic, flipflop, newns } from "../helpers/property-cases.js";
import { casePoints, engineInputs, newnsExactWithoutGenerator } from "../helpers/property-inputs.js";
import { registry } from "../helpers/property-registry.js";

describe("trajectory-in-state-space", () => {
  registerHarness(
    [
      propertyTester(trajectoryInStateSpace, {
        registry,
        pass: [
          ...engineInputs(
            ["global-lindblad", "local-lindblad", "kraus"],
            casePoints(flipflop, ["equilibrium", "strongly-biased"]),
            "Lindblad form: exp(Lt) is completely positive and trace preserving",
          ),
          ...engineInputs(["global-lindblad"], casePoints(bosonic, ["biased"]), "Lindblad form"),
          ...engineInputs(
            ["global-lindblad", "redfield"],
            casePoints(fermionic, ["biased"]),
            "positive here",
          ),
          ...engineInputs(
            ["newns-epa"],
            casePoints(newns, ["equilibrium"]),
            "both μ between the levels, every canonical rate ≥ 0 (004 eq. (82))",
          ),
        ],
        fail: [
          ...engineInputs(
            ["redfield"],
            casePoints(bosonic, ["equilibrium", "biased"]),
            "eq. (20) is not positive: a pure state acquires a negative eigenvalue within a relaxation time",
          ),
          ...engineInputs(
            ["redfield"],
            casePoints(flipflop, ["strongly-biased"]),
            "cross terms between the Bohr frequencies ε ∓ V: |00⟩ evolves to a non-positive matrix",
          ),
          ...engineInputs(
            ["newns-epa"],
            casePoints(newns, ["biased"]),
            "a negative canonical rate λ⁺₁ (004 eq. (82)) takes |00⟩ out of the state space",
          ),
          {
            name: "global Lindblad minus a uniform leakage 0.01Γ·ρ: Tr ρ(t) = e^{−0.01Γt}",
            case: flipflop,
            scenario: "biased",
            engine: "global-lindblad",
            replace: {
              generator: globalPlus((problem) => leakage(0.01 * Number(problem.parameters.Gamma))(problem)),
            },
          },
        ],
        notApplicable: [newnsExactWithoutGenerator],
      }),
    ],
    { describe, it },
  );
});
