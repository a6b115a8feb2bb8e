/**
 * trace-preservation: Tr L(X) = 0 for every X, i.e. d/dt Tr ρ = 0, checked on seeded random X relative to
 * max|L(X)| (Breuer & Petruccione Sec. 3.2). Every engine's generator must pass, Lindblad form or not;
 * generators that let probability leak out must fail.
 * Source (the property's own): Any quantum master equation: d/dt Tr ρ = Tr L(ρ) = 0 (Breuer & Petruccione Sec. 3.2).
 */
import { describe, it } from "vitest";
import tracePreservation from "../../properties/trace-preservation.js";
import { builtinRegistry } from "../../src/builtins/registry.js";
import { openCase } from "../../src/cases/open-case.js";
import {
  add,
  adjoint,
  ComplexMatrix,
  addScaledInPlace,
  multiply,
  scale,
} from "../../src/linalg/complex-matrix.js";
import { hamiltonianSuperoperator, spost, spre } from "../../src/linalg/superoperator.js";
import type { Problem } from "../../src/physics/problem.js";
import type { EngineOptions, MarkovianGenerator } from "../../src/plugins/engine.js";
import { DenseSuperoperator, denseSuperoperator } from "../../src/superoperators/superoperator.js";
import { registerHarness } from "../../src/testing/harness-check.js";
import { propertyTester } from "../../src/testing/property-tester.js";

const registry = builtinRegistry();
const flipflop = openCase("flipflop-qubits");
const bosonic = openCase("zhang-wang-bosonic");
const fermionic = openCase("zhang-wang-fermionic");
const newns = openCase("newns-double-dot");
const global = registry.engine("global-lindblad");

/** The global Lindblad generator with the superoperator `extra(problem)` added to L (bath dissipators kept). */
function globalPlus(extra: (problem: Problem) => ComplexMatrix) {
  return (problem: Problem, options: EngineOptions): MarkovianGenerator => {
    const generator = global.generator!(problem, options);
    const changed = denseSuperoperator(generator.liouvillian).clone();
    addScaledInPlace(changed, extra(problem), 1);
    return { liouvillian: new DenseSuperoperator(changed), bathDissipators: generator.bathDissipators };
  };
}

/** σ⁺σ⁻ of qubit 0: L†L of the left bath's jump operator σ⁻0 (flipflop-qubits couples it through sm0). */
function upperProjector0(problem: Problem): ComplexMatrix {
  const jump = problem.baths[0].coupling.dense();
  return multiply(adjoint(jump), jump);
}

/** ρ ↦ −(γ/2){P, ρ}: the no-jump part of a decay γD[σ⁻0] without its jump term γσ⁻ρσ⁺. */
const noJumpDecay = (rate: number) => (problem: Problem) => {
  const p = upperProjector0(problem);
  return scale(add(spre(p), spost(p)), -rate / 2);
};

/** ρ ↦ −γρ: uniform leakage out of the system's Hilbert space. */
const leakage = (rate: number) => (problem: Problem) =>
  scale(ComplexMatrix.identity(problem.dimension ** 2), -rate);

describe("trace-preservation", () => {
  registerHarness(
    [
      propertyTester(tracePreservation, {
        registry,
        pass: [
          ...["global-lindblad", "local-lindblad", "redfield", "kraus"].map((engine) => ({
            name: `${engine} on flipflop-qubits (biased): Lindblad or Redfield, trace-preserving by construction`,
            case: flipflop,
            scenario: "biased",
            engine,
          })),
          {
            name: "redfield on zhang-wang-bosonic: not completely positive, yet trace-preserving (001 eq. (20))",
            case: bosonic,
            scenario: "biased",
            engine: "redfield",
          },
          {
            name: "local-lindblad on zhang-wang-fermionic (biased): fermionic jump operators",
            case: fermionic,
            scenario: "biased",
            engine: "local-lindblad",
          },
          {
            name: "newns-epa at biased: not in Lindblad form (004 eq. (82)), yet trace-preserving",
            case: newns,
            scenario: "biased",
            engine: "newns-epa",
          },
          {
            name: "global Lindblad plus −i[−iγσ⁺σ⁻0, ρ] (a non-Hermitian H_S): breaks Hermiticity, not the trace of a commutator",
            case: flipflop,
            scenario: "biased",
            engine: "global-lindblad",
            replace: {
              generator: globalPlus((problem) =>
                hamiltonianSuperoperator(scale(upperProjector0(problem), 0, -0.05)),
              ),
            },
          },
        ],
        fail: [
          {
            name: "global Lindblad plus the no-jump part −(Γ/2){σ⁺σ⁻0, ρ} of a decay without its jump term: d Tr ρ/dt = −Γ⟨σ⁺σ⁻0⟩",
            case: flipflop,
            scenario: "biased",
            engine: "global-lindblad",
            replace: { generator: globalPlus(noJumpDecay(0.05)) },
          },
          {
            name: "global Lindblad plus leakage −γρ at γ = 1e-9: relative trace loss 3e-10, just beyond the tolerance 1e-10",
            case: flipflop,
            scenario: "biased",
            engine: "global-lindblad",
            replace: { generator: globalPlus(leakage(1e-9)) },
          },
          {
            name: "global Lindblad on zhang-wang-fermionic plus leakage −γρ at γ = 0.1 (electrons lost from both dots)",
            case: fermionic,
            scenario: "biased",
            engine: "global-lindblad",
            replace: { generator: globalPlus(leakage(0.1)) },
          },
        ],
        notApplicable: [
          { name: "newns-exact (no generator)", case: newns, scenario: "biased", engine: "newns-exact" },
        ],
      }),
    ],
    { describe, it },
  );
});
