import fc from "fast-check";
import { describe, it } from "vitest";
import { ComplexMatrix, scale, subtract } from "../../../src/linalg/complex-matrix.js";
import { hamiltonianSuperoperator, lindbladDissipator } from "../../../src/linalg/superoperator.js";
import epaAccuracy from "../../../src/papers/004-newns-exact/epa-accuracy.js";
import epaCoherenceRate from "../../../src/papers/004-newns-exact/epa-coherence-rate.js";
import epaInterferenceInvariants from "../../../src/papers/004-newns-exact/epa-interference-invariants.js";
import newnsThermalisation from "../../../src/papers/004-newns-exact/newns-thermalisation.js";
import { eigenmodeOperators } from "../../../src/physics/newns/epa-generator.js";
import { twoModeDensityMatrix } from "../../../src/physics/newns/gaussian-state.js";
import { newnsModelOfProblem } from "../../../src/physics/newns/newns-model.js";
import { siteCorrelationOf } from "../../../src/physics/newns/steady-state-correlation.js";
import type { Problem } from "../../../src/physics/problem.js";
import { fermiDirac } from "../../../src/physics/thermal.js";
import { denseSuperoperator } from "../../../src/superoperators/superoperator.js";
import { registerHarness } from "../../../src/testing/harness-check.js";
import { propertyTester } from "../../../src/testing/property-tester.js";
import { generatorPlus } from "../../helpers/mutant-generators.js";
import { newns } from "../../helpers/property-cases.js";
import { registry } from "../../helpers/property-registry.js";

// Paper 004 = 004_3bda4ae6cebee785.txt; the case newns-double-dot has the scenarios biased, equilibrium, detuned.
const epa = registry.engine("newns-epa");

function model(problem: Problem) {
  const built = newnsModelOfProblem(problem);
  if (typeof built === "string") throw new Error(built);
  return built;
}

/**
 * The EPA generator with its interference term L_int = L − (−i[H, ·]) − L_L − L_R changed: `extra(L, L_int)`
 * is added to L (the bath dissipators stay the paper's).
 */
function perturbedEpa(extra: (problem: Problem, interference: ComplexMatrix) => ComplexMatrix) {
  return generatorPlus(epa, (problem, generator) => {
    let interference = subtract(
      denseSuperoperator(generator.liouvillian),
      hamiltonianSuperoperator(problem.hamiltonian.dense()),
    );
    for (const d of Object.values(generator.bathDissipators))
      interference = subtract(interference, denseSuperoperator(d));
    return extra(problem, interference);
  });
}

const exactEngine = registry.engine("newns-exact");
const localEngine = registry.engine("local-lindblad");

/** Random equal-lead parameter points (fast-check, fixed seed): the exact state is thermal there, eq. (38). */
function equalLeadPoints(): Record<string, number>[] {
  // on a grid of 1e-4 (fc.double near 0 also draws subnormal numbers, i.e. zero detuning in effect)
  const grid = (min: number, max: number) =>
    fc.integer({ min: Math.round(min * 1e4), max: Math.round(max * 1e4) }).map((k) => k / 1e4);
  const point = fc.record({
    delta: grid(-0.5, 0.5),
    g: grid(0.05, 1),
    Gamma: grid(0.01, 0.5),
    T: grid(0.02, 1),
    mu: grid(0, 2),
  });
  return fc
    .sample(point, { numRuns: 8, seed: 4 })
    .map(({ delta, g, Gamma, T, mu }) => ({ delta, g, Gamma, TL: T, TR: T, muL: mu, muR: mu }));
}

/** The Gibbs state of H_S alone at the leads' μ = 1, T = 0.1 (the equilibrium scenario), as a two-mode state. */
function systemGibbsState(problem: Problem): ComplexMatrix {
  const m = model(problem);
  const occupations = m.energies.map((e) => fermiDirac(e, 1, 0.1));
  return twoModeDensityMatrix(
    siteCorrelationOf(m, ComplexMatrix.diagonal(occupations)),
    occupations[0] * occupations[1],
  );
}

const atScenarios = (engine: string, what: string) =>
  ["biased", "equilibrium", "detuned"].map((scenario) => ({
    name: `${engine} at ${scenario} (${what})`,
    case: newns,
    scenario,
    engine,
  }));

describe("paper 004 properties", () => {
  registerHarness(
    [
      propertyTester(epaInterferenceInvariants, {
        registry,
        pass: atScenarios("newns-epa", "eq. (68)"),
        fail: [
          {
            name: "the EPA with Λ⁺12 → 1.1 Λ⁺12: L_int†(d1†d2) no longer equals Λ⁺12",
            case: newns,
            scenario: "biased",
            engine: "newns-epa",
            replace: { generator: perturbedEpa((_, interference) => scale(interference, 0.1)) },
          },
          {
            name: "the EPA with a decay of d1 hidden in L_int: the population d1†d1 changes",
            case: newns,
            scenario: "biased",
            engine: "newns-epa",
            replace: {
              generator: perturbedEpa((problem) =>
                lindbladDissipator(eigenmodeOperators(model(problem))[0], 0.01),
              ),
            },
          },
        ],
        notApplicable: [
          {
            name: "the exact solution (no generator)",
            case: newns,
            scenario: "biased",
            engine: "newns-exact",
          },
        ],
      }),
      propertyTester(epaCoherenceRate, {
        registry,
        pass: atScenarios("newns-epa", "eq. (48), Appendix F"),
        fail: [
          {
            name: "the exact steady state, whose coherence differs from the EPA one at O(Γ/Ω)",
            case: newns,
            scenario: "biased",
            engine: "newns-epa",
            replace: { steadyState: (problem, options) => exactEngine.steadyState!(problem, options).rho! },
          },
        ],
      }),
      propertyTester(newnsThermalisation, {
        registry,
        pass: [
          {
            name: "newns-exact at equal leads (eq. (38))",
            case: newns,
            scenario: "equilibrium",
            engine: "newns-exact",
          },
          ...equalLeadPoints().map((set) => ({
            name: `newns-exact at random equal leads ${JSON.stringify(set)}`,
            case: newns,
            set,
            engine: "newns-exact",
          })),
        ],
        fail: [
          {
            name: "the Gibbs state of H_S, which lacks the level broadening of eq. (38) at Γ = 0.2",
            case: newns,
            scenario: "equilibrium",
            engine: "newns-exact",
            replace: { steadyState: systemGibbsState },
          },
        ],
        notApplicable: [
          { name: "unequal leads (biased)", case: newns, scenario: "biased", engine: "newns-exact" },
          { name: "unequal leads (detuned)", case: newns, scenario: "detuned", engine: "newns-exact" },
          {
            name: "a hotter left lead",
            case: newns,
            set: { muL: 1, muR: 1, TL: 0.2 },
            engine: "newns-exact",
          },
          {
            name: "an approximate engine (newns-epa)",
            case: newns,
            scenario: "equilibrium",
            engine: "newns-epa",
          },
        ],
      }),
      propertyTester(epaAccuracy, {
        registry,
        pass: [
          {
            name: "newns-epa at biased: the error falls linearly with Γ",
            case: newns,
            scenario: "biased",
            engine: "newns-epa",
          },
          { name: "newns-epa at equilibrium", case: newns, scenario: "equilibrium", engine: "newns-epa" },
          {
            name: "newns-epa detuned once Γ ≪ T (Γ = 0.05, T = 0.1)",
            case: newns,
            scenario: "detuned",
            set: { Gamma: 0.05 },
            engine: "newns-epa",
          },
        ],
        fail: [
          {
            name: "the local master equation's state graded as the EPA's: its error does not vanish with Γ",
            case: newns,
            scenario: "biased",
            engine: "newns-epa",
            replace: {
              steadyState: (problem, options) =>
                localEngine.steadyState!(problem, { ...options, method: "auto" }).rho!,
            },
          },
        ],
        notApplicable: [
          { name: "the exact solution itself", case: newns, scenario: "biased", engine: "newns-exact" },
        ],
      }),
    ],
    { describe, it },
  );
});
