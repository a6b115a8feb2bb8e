import { describe, it } from "vitest";
import { openCase } from "../../../src/cases/open-case.js";
import { ComplexMatrix, kronAll } from "../../../src/linalg/complex-matrix.js";
import chainIdentity from "../../../src/papers/003-spin-chain-temperature/chain-identity.js";
import flatProfile from "../../../src/papers/003-spin-chain-temperature/flat-profile.js";
import perturbativeLimit from "../../../src/papers/003-spin-chain-temperature/perturbative-limit.js";
import twoSpinLimit from "../../../src/papers/003-spin-chain-temperature/two-spin-limit.js";
import type { Problem } from "../../../src/physics/problem.js";
import { registerHarness } from "../../../src/testing/harness-check.js";
import { propertyTester } from "../../../src/testing/property-tester.js";
import { registry } from "../../helpers/property-registry.js";

// Paper 003 = 003_cb0e800cb11a91bb.txt; the case tilted-ising-chain (scenarios gradient and transverse at
// N = 2, chain at N = 3).
const chain = openCase("tilted-ising-chain");

/**
 * ⊗_l ρ_LE(t_l) with ρ_LE(t) = (1 − t σz)/2 (eq. (100)): spins in local equilibrium at the bath values,
 * the left half at t_L and the right half at t_R: a gradient without the correlations eq. (150) needs,
 * and the same whatever λ (so no convergence as λ → 0).
 */
function localEquilibriumProduct(problem: Problem): ComplexMatrix {
  const { tL, tR } = problem.parameters as Record<string, number>;
  const N = problem.space.size;
  const factors = Array.from({ length: N }, (_, l) => {
    const t = l < N / 2 ? tL : tR;
    return ComplexMatrix.diagonal([(1 - t) / 2, (1 + t) / 2]);
  });
  return kronAll(factors);
}

const fixedGradient = { steadyState: (problem: Problem) => localEquilibriumProduct(problem) };

const at = (scenario: string, engine: string, why: string) => ({
  name: `${engine} at ${scenario}: ${why}`,
  case: chain,
  scenario,
  engine,
});

describe("paper 003 properties", () => {
  registerHarness(
    [
      propertyTester(twoSpinLimit, {
        registry,
        pass: [
          at("gradient", "perturbative", "the zeroth-order state is eqs. (111)-(112)"),
          at("transverse", "perturbative", "K = 0: t_1 = t_2 = (t_L + t_R)/2"),
          at("gradient", "weak-coupling-limit", "O(λ) from eqs. (111)-(112)"),
          at("gradient", "global-lindblad", "tends to the same λ → 0 limit"),
          at("transverse", "redfield", "converges at second order for θ = π/2"),
        ],
        fail: [
          {
            ...at("gradient", "perturbative", "replaced by spins in local equilibrium at t_L, t_R"),
            replace: fixedGradient,
          },
          {
            ...at("gradient", "weak-coupling-limit", "replaced by a λ-independent state: no convergence"),
            replace: fixedGradient,
          },
        ],
        notApplicable: [at("chain", "perturbative", "three spins")],
      }),
      propertyTester(chainIdentity, {
        registry,
        pass: [
          at("chain", "perturbative", "eq. (150) is exact for ρ0"),
          at("gradient", "perturbative", "eq. (150) for two spins"),
          at("chain", "weak-coupling-limit", "the mismatch vanishes as λ → 0 (Fig. 6)"),
          at("chain", "local-lindblad", "the same limit"),
        ],
        fail: [
          {
            ...at("chain", "perturbative", "a gradient without three-body correlations"),
            replace: fixedGradient,
          },
          {
            ...at("chain", "weak-coupling-limit", "a λ-independent state: no convergence"),
            replace: fixedGradient,
          },
        ],
      }),
      propertyTester(perturbativeLimit, {
        registry,
        pass: [
          at("gradient", "weak-coupling-limit", "ρ(λ) → ρ0 at first order"),
          at("chain", "redfield", "the same limit"),
          at("chain", "global-lindblad", "the same limit"),
        ],
        fail: [
          {
            ...at("chain", "weak-coupling-limit", "a λ-independent state far from ρ0"),
            replace: fixedGradient,
          },
        ],
        notApplicable: [
          {
            name: "N = 6 at θ = π/2: H1 is degenerate in a block of H0, so there is no zeroth-order state",
            case: chain,
            scenario: "transverse",
            set: { N: 6 },
            engine: "weak-coupling-limit",
          },
        ],
      }),
      propertyTester(flatProfile, {
        registry,
        pass: [
          at("transverse", "perturbative", "flat exactly (α_zz = 0)"),
          at("transverse", "weak-coupling-limit", "flattens as λ → 0"),
          { ...at("transverse", "global-lindblad", "flat at N = 6 as λ → 0"), set: { N: 6 } },
        ],
        fail: [
          { ...at("transverse", "perturbative", "replaced by a gradient state"), replace: fixedGradient },
          {
            ...at("transverse", "weak-coupling-limit", "a λ-independent gradient: it never flattens"),
            replace: fixedGradient,
          },
        ],
      }),
    ],
    { describe, it },
  );
});
