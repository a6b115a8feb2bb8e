/**
 * lgi-unitary-limit (paper 000, 000_47becd3a7196453b.txt eq. (23)): with the baths switched off (every bath
 * dissipator scaled by 1e-7) the LGI function of Q = σz of qubit 0 in the steady state of the flip-flop
 * qubits is F(0, τ, 2τ) = 1 + r23[2cos 2Vτ − cos 4Vτ − 1], maximal at Vτ = π/6 whatever the temperatures.
 * Every engine reduces to −i[H_S, ·] there and must pass; what survives Γ → 0 and changes the coherent
 * dynamics (a detuning of the qubits, a noise outside the baths) must fail.
 * Source (the property's own): 000_47becd3a7196453b.txt eq. (23).
 */
import { describe, it } from "vitest";
import lgiUnitaryLimit from "../../../src/papers/000-leggett-garg/lgi-unitary-limit.js";
import { scale, subtract } from "../../../src/linalg/complex-matrix.js";
import { hamiltonianSuperoperator } from "../../../src/linalg/superoperator.js";
import { PAULI_Z, siteOperator } from "../../../src/physics/spin-operators.js";
import { registerHarness } from "../../../src/testing/harness-check.js";
import { propertyTester } from "../../../src/testing/property-tester.js";
import { dephasing0, globalPlus } from "../../helpers/mutant-generators.js";
import { bosonic, flipflop } from "../../helpers/property-cases.js";
import { casePoints, engineInputs, newnsExactWithoutGenerator } from "../../helpers/property-inputs.js";
import { registry } from "../../helpers/property-registry.js";

const [z0, z1] = [siteOperator(PAULI_Z, 0, 2), siteOperator(PAULI_Z, 1, 2)];

/**
 * −i[δ(σz0 − σz1)/4, ·]: qubit splittings ε ± δ/2, so the flip-flop oscillation runs at √(4V² + δ²). Added
 * by globalPlus, it is in no bath dissipator and so survives the scaling Γ → 0 (as does a dephasing).
 */
const detuning = (delta: number) => () => hamiltonianSuperoperator(scale(subtract(z0, z1), delta / 4));

describe("lgi-unitary-limit", () => {
  registerHarness(
    [
      propertyTester(lgiUnitaryLimit, {
        registry,
        pass: [
          ...engineInputs(
            ["global-lindblad", "local-lindblad", "redfield", "kraus"],
            casePoints(flipflop, ["equilibrium", "biased", "strongly-biased"]),
            "−i[H_S, ·] as Γ → 0",
          ),
          {
            name: "global-lindblad on zhang-wang-bosonic (biased), V = κ/2 = 1.5: identical qubits with an XY coupling",
            case: bosonic,
            scenario: "biased",
            engine: "global-lindblad",
            arguments: { coupling: 1.5 },
          },
        ],
        fail: [
          {
            name: "qubits detuned by δ = 0.2: oscillation at √(4V² + δ²) ≠ 2V moves the maximum off Vτ = π/6",
            case: flipflop,
            scenario: "biased",
            engine: "global-lindblad",
            replace: { generator: globalPlus(detuning(0.2)) },
          },
          {
            name: "qubits detuned by δ = 0.002: F off by ≈ 0.41δ² = 1.7e-6, just beyond the tolerance 1e-6",
            case: flipflop,
            scenario: "biased",
            engine: "global-lindblad",
            replace: { generator: globalPlus(detuning(0.002)) },
          },
          {
            name: "a dephasing 0.01 D[σz0] outside the baths: it survives Γ → 0 and damps the oscillation",
            case: flipflop,
            scenario: "biased",
            engine: "global-lindblad",
            replace: { generator: globalPlus(() => dephasing0(0.01)) },
          },
        ],
        notApplicable: [
          {
            ...newnsExactWithoutGenerator,
            arguments: { coupling: 0.5 },
          },
        ],
      }),
    ],
    { describe, it },
  );
});
