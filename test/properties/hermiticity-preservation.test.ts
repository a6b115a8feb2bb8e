/**
 * hermiticity-preservation: L(X) is Hermitian for Hermitian X, so that ρ(t) stays Hermitian; checked on
 * seeded random Hermitian X relative to max|L(X)| (Breuer & Petruccione Sec. 3.2). A commutator with a
 * non-Hermitian "Hamiltonian", or a jump term LρL instead of LρL†, must fail.
 * Source (the property's own): Any physical generator maps Hermitian operators to Hermitian operators (Breuer & Petruccione Sec. 3.2).
 */
import { describe, it } from "vitest";
import hermiticityPreservation from "../../properties/hermiticity-preservation.js";
import { add, scale } from "../../src/linalg/complex-matrix.js";
import { spost, spre, sprepost } from "../../src/linalg/superoperator.js";
import type { Problem } from "../../src/physics/problem.js";
import { registerHarness } from "../../src/testing/harness-check.js";
import { propertyTester } from "../../src/testing/property-tester.js";
import {
  globalPlus,
  imaginaryEnergy,
  lowering0,
  noJumpDecay,
  upperProjector0,
} from "../helpers/mutant-generators.js";
import { flipflop, longstaff, newns } from "../helpers/property-cases.js";
import { casePoints, engineInputs, newnsExactWithoutGenerator } from "../helpers/property-inputs.js";
import { registry } from "../helpers/property-registry.js";

/** γ(σ⁻ρσ⁻ − ½{σ⁺σ⁻, ρ}): a decay whose jump term lacks the adjoint (LρL instead of LρL†). */
const jumpWithoutAdjoint = (rate: number) => (problem: Problem) => {
  const l = lowering0(problem);
  const p = upperProjector0(problem);
  return add(scale(sprepost(l, l), rate), scale(add(spre(p), spost(p)), -rate / 2));
};

describe("hermiticity-preservation", () => {
  registerHarness(
    [
      propertyTester(hermiticityPreservation, {
        registry,
        pass: [
          ...engineInputs(
            ["global-lindblad", "local-lindblad", "redfield", "kraus"],
            casePoints(flipflop, ["biased"]),
            "−i[H, ·] plus dissipators of the form Σ(AρB† + BρA†)",
          ),
          {
            name: "redfield on longstaff-machine with dephasing noise: non-secular, still Hermiticity-preserving",
            case: longstaff,
            scenario: "collective-noise",
            engine: "redfield",
          },
          ...["biased", "detuned"].map((scenario) => ({
            name: `newns-epa at ${scenario}: the EPA generator of 004 eqs. (53)-(55)`,
            case: newns,
            scenario,
            engine: "newns-epa",
          })),
          {
            name: "global Lindblad plus the no-jump part −(Γ/2){σ⁺σ⁻0, ρ}: loses trace, keeps Hermiticity",
            case: flipflop,
            scenario: "biased",
            engine: "global-lindblad",
            replace: { generator: globalPlus(noJumpDecay(0.05)) },
          },
        ],
        fail: [
          {
            name: "global Lindblad plus −i[−iΓσ⁺σ⁻0, ρ] = −Γ[σ⁺σ⁻0, ρ]: a decay in H_S as an imaginary energy, which needs the anticommutator",
            case: flipflop,
            scenario: "biased",
            engine: "global-lindblad",
            replace: { generator: globalPlus(imaginaryEnergy(0.05)) },
          },
          {
            name: "global Lindblad plus Γ(σ⁻ρσ⁻ − ½{σ⁺σ⁻, ρ}) on qubit 0: jump term LρL without the adjoint",
            case: flipflop,
            scenario: "biased",
            engine: "global-lindblad",
            replace: { generator: globalPlus(jumpWithoutAdjoint(0.05)) },
          },
          {
            name: "global Lindblad plus −i[−iγσ⁺σ⁻0, ρ] at γ = 1e-9: relative anti-Hermitian part 7e-10, just beyond the tolerance 1e-10",
            case: flipflop,
            scenario: "biased",
            engine: "global-lindblad",
            replace: { generator: globalPlus(imaginaryEnergy(1e-9)) },
          },
        ],
        notApplicable: [newnsExactWithoutGenerator],
      }),
    ],
    { describe, it },
  );
});
