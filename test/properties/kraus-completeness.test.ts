/**
 * kraus-completeness: the Kraus operators of E(τ) = exp(Lτ) from the Choi matrix, with the signs of its
 * eigenvalues kept, satisfy Σ_μ s_μ K_μ†K_μ = 1 at τ = 0.01 … 10 relaxation times (000 eq. (4) and the
 * condition below it): E(τ) preserves the trace. Non-CP bases (Redfield, the EPA) pass with negative
 * weights reported; a generator that loses probability gives Σ K†K = exp(−γτ)·1 and must fail.
 * Source (the property's own): 000_47becd3a7196453b.txt eq. (4); Choi 1975.
 */
import { describe, it } from "vitest";
import krausCompleteness from "../../properties/kraus-completeness.js";
import { builtinRegistry } from "../../src/builtins/registry.js";
import { openCase } from "../../src/cases/open-case.js";
import {
  add,
  addScaledInPlace,
  adjoint,
  ComplexMatrix,
  multiply,
  scale,
} from "../../src/linalg/complex-matrix.js";
import { spost, spre } from "../../src/linalg/superoperator.js";
import type { Problem } from "../../src/physics/problem.js";
import type { EngineOptions, MarkovianGenerator } from "../../src/plugins/engine.js";
import { DenseSuperoperator, denseSuperoperator } from "../../src/superoperators/superoperator.js";
import { registerHarness } from "../../src/testing/harness-check.js";
import { propertyTester } from "../../src/testing/property-tester.js";

const registry = builtinRegistry();
const flipflop = openCase("flipflop-qubits");
const bosonic = openCase("zhang-wang-bosonic");
const newns = openCase("newns-double-dot");
const global = registry.engine("global-lindblad");

/** The global generator with the superoperator `extra(problem)` added to L (bath dissipators kept). */
function globalPlus(extra: (problem: Problem) => ComplexMatrix) {
  return (problem: Problem, options: EngineOptions): MarkovianGenerator => {
    const generator = global.generator!(problem, options);
    const changed = denseSuperoperator(generator.liouvillian).clone();
    addScaledInPlace(changed, extra(problem), 1);
    return { liouvillian: new DenseSuperoperator(changed), bathDissipators: generator.bathDissipators };
  };
}

/** −(Γ/2){σ⁺σ⁻0, ρ}: the no-jump part of a decay of qubit 0 without its jump term Γσ⁻ρσ⁺. */
const noJumpDecay = (rate: number) => (problem: Problem) => {
  const jump = problem.baths[0].coupling.dense();
  const p = multiply(adjoint(jump), jump);
  return scale(add(spre(p), spost(p)), -rate / 2);
};

/** −γρ: uniform leakage out of the Hilbert space, Σ K†K = exp(−γτ)·1. */
const leakage = (rate: number) => (problem: Problem) =>
  scale(ComplexMatrix.identity(problem.dimension ** 2), -rate);

/** The kraus engine on `base`, optionally with its generator replaced. */
const kraus = (
  name: string,
  prepared: typeof flipflop,
  scenario: string,
  base: string,
  generator?: ReturnType<typeof globalPlus>,
) => ({
  name,
  case: prepared,
  scenario,
  engine: "kraus",
  options: { base },
  replace: generator && { generator },
});

describe("kraus-completeness", () => {
  registerHarness(
    [
      propertyTester(krausCompleteness, {
        registry,
        pass: [
          kraus(
            "kraus of global-lindblad on flipflop-qubits (biased): a CPTP map",
            flipflop,
            "biased",
            "global-lindblad",
          ),
          kraus(
            "kraus of local-lindblad on flipflop-qubits (biased): a CPTP map",
            flipflop,
            "biased",
            "local-lindblad",
          ),
          kraus(
            "kraus of redfield on zhang-wang-bosonic (biased): not CP, negative weights, still trace-preserving",
            bosonic,
            "biased",
            "redfield",
          ),
          kraus(
            "kraus of newns-epa at biased: not CP (004 eq. (82)), negative weights, still trace-preserving",
            newns,
            "biased",
            "newns-epa",
          ),
        ],
        fail: [
          kraus(
            "kraus of global Lindblad plus the no-jump part −(Γ/2){σ⁺σ⁻0, ρ}: the conditional evolution loses norm",
            flipflop,
            "biased",
            "global-lindblad",
            globalPlus(noJumpDecay(0.05)),
          ),
          kraus(
            "kraus of global Lindblad plus leakage −γρ at γ = 2e-11: 1 − e^{−γτ} = 3e-9 at τ = 161, just beyond 1e-9",
            flipflop,
            "biased",
            "global-lindblad",
            globalPlus(leakage(2e-11)),
          ),
        ],
        notApplicable: [
          {
            name: "global-lindblad itself: not an engine that represents another's dynamics",
            case: flipflop,
            scenario: "biased",
            engine: "global-lindblad",
          },
          { name: "newns-exact (no generator)", case: newns, scenario: "biased", engine: "newns-exact" },
        ],
      }),
    ],
    { describe, it },
  );
});
