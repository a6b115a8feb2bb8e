/**
 * complete-positivity: the Choi matrix of exp(Lt) is positive semidefinite at t = 0.01 … 10 relaxation
 * times (Choi 1975; Lindblad 1976). Lindblad-form generators pass by construction; the non-secular
 * Bloch-Redfield generator and the EPA with a chemical potential between the levels (004 eq. (82)) are
 * not in Lindblad form and must fail. A negative rate in an otherwise Lindblad generator fails at any size.
 * Source (the property's own): Choi, Linear Algebra Appl. 10, 285 (1975); Lindblad, Commun. Math. Phys. 48, 119 (1976).
 */
import { describe, it } from "vitest";
import completePositivity from "../../properties/complete-positivity.js";
import { registerHarness } from "../../src/testing/harness-check.js";
import { propertyTester } from "../../src/testing/property-tester.js";
import { dephasing0, globalPlus } from "../helpers/mutant-generators.js";
import { bosonic, fermionic, flipflop, longstaff, newns } from "../helpers/property-cases.js";
import { casePoints, engineInputs, newnsExactWithoutGenerator } from "../helpers/property-inputs.js";
import { registry } from "../helpers/property-registry.js";

/** The global generator plus a dephasing γD[σz0] of qubit 0 at a rate γ = fraction·Γ (bath dissipators kept). */
const globalWithDephasing = (fraction: number) =>
  globalPlus((problem) => dephasing0(fraction * Number(problem.parameters.Gamma)));

describe("complete-positivity", () => {
  registerHarness(
    [
      propertyTester(completePositivity, {
        registry,
        pass: [
          ...engineInputs(
            ["global-lindblad", "local-lindblad", "kraus"],
            casePoints(flipflop, ["equilibrium", "strongly-biased"]),
            "Lindblad form",
          ),
          ...engineInputs(
            ["global-lindblad", "local-lindblad"],
            casePoints(bosonic, ["biased"]),
            "Lindblad form",
          ),
          {
            name: "global-lindblad on zhang-wang-fermionic (biased): Lindblad form with fermionic jump operators",
            case: fermionic,
            scenario: "biased",
            engine: "global-lindblad",
          },
          {
            name: "global-lindblad on longstaff-machine with dephasing noise (002 eq. (28)): Lindblad form",
            case: longstaff,
            scenario: "collective-noise",
            engine: "global-lindblad",
          },
          {
            name: "newns-epa at equilibrium: both μ between the levels, ν∞ = 0 (004 Sec. V C, eq. (82))",
            case: newns,
            scenario: "equilibrium",
            engine: "newns-epa",
          },
          {
            name: "newns-epa at detuned: both μ outside the levels, ν∞ = 0 (004 Sec. V C, eq. (82))",
            case: newns,
            scenario: "detuned",
            engine: "newns-epa",
          },
          {
            name: "global Lindblad plus a positive dephasing +0.01Γ D[σz0]: still Lindblad form",
            case: flipflop,
            scenario: "biased",
            engine: "global-lindblad",
            replace: { generator: globalWithDephasing(0.01) },
          },
        ],
        fail: [
          ...["equilibrium", "biased"].map((scenario) => ({
            name: `redfield on zhang-wang-bosonic (${scenario}): the Kossakowski matrix of eq. (20) has a negative eigenvalue (001 Sec. 3.2)`,
            case: bosonic,
            scenario,
            engine: "redfield",
          })),
          {
            name: "redfield on flipflop-qubits: cross terms between the Bohr frequencies ε ∓ V (case expectation)",
            case: flipflop,
            scenario: "biased",
            engine: "redfield",
          },
          {
            name: "redfield on longstaff-machine: cross terms between the components ±g of σx (002 eqs. (15)-(16))",
            case: longstaff,
            scenario: "collective-noise",
            engine: "redfield",
          },
          {
            name: "redfield on newns-double-dot (biased): non-secular cross terms at splitting Δ ≈ 2.5Γ (case expectation)",
            case: newns,
            scenario: "biased",
            engine: "redfield",
          },
          {
            name: "newns-epa at biased: μL between the levels, μR outside, a negative canonical rate λ⁺₁ (004 eq. (82))",
            case: newns,
            scenario: "biased",
            engine: "newns-epa",
          },
          {
            name: "global Lindblad plus a negative dephasing −0.01Γ D[σz0]: a negative Kossakowski eigenvalue",
            case: flipflop,
            scenario: "biased",
            engine: "global-lindblad",
            replace: { generator: globalWithDephasing(-0.01) },
          },
        ],
        notApplicable: [newnsExactWithoutGenerator],
      }),
    ],
    { describe, it },
  );
});
