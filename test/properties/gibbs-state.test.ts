/**
 * gibbs-state: with every bath at one temperature T and chemical potential μ the steady state is
 * exp(−(H_S − μN)/T)/Z (detailed balance of the Davies generator; 001 eq. (28)), to max |Δρ| ≤ 1e-8.
 * The local master equation thermalises the bare sites instead, and the exact Newns state is broadened by
 * the level widths (004 eq. (38)): both must fail, as the cases' expectations say.
 * Source (the property's own): Detailed balance / KMS condition (Spohn & Lebowitz 1978); 001_a04d396bbf339a9e.txt eq. (28).
 */
import { describe, it } from "vitest";
import gibbsState from "../../properties/gibbs-state.js";
import { gibbsState as gibbsOf } from "../../src/physics/gibbs-state.js";
import type { Problem } from "../../src/physics/problem.js";
import { registerHarness } from "../../src/testing/harness-check.js";
import { propertyTester } from "../../src/testing/property-tester.js";
import { bosonic, fermionic, flipflop, longstaff, newns } from "../helpers/property-cases.js";
import { atEquilibrium, engineInputs } from "../helpers/property-inputs.js";
import { registry } from "../helpers/property-registry.js";

/** The Gibbs state of H_S − μN at the baths' μ and at the temperature factor·T instead of T. */
const gibbsAtScaledTemperature = (factor: number) => (problem: Problem) => {
  const [bath] = problem.baths;
  return gibbsOf(
    problem.hamiltonian.dense(),
    factor * bath.temperature,
    problem.numberOperator.dense(),
    bath.chemicalPotential,
  );
};

const equilibria = [
  { prepared: flipflop, scenario: "equilibrium" },
  { prepared: bosonic, scenario: "equilibrium" },
  { prepared: bosonic, scenario: "product-ground-state" },
  { prepared: fermionic, scenario: "equilibrium" },
  { prepared: newns, scenario: "equilibrium" },
];

describe("gibbs-state", () => {
  registerHarness(
    [
      propertyTester(gibbsState, {
        registry,
        pass: [
          ...engineInputs(["global-lindblad", "kraus"], equilibria, "Davies generator, detailed balance"),
          ...engineInputs(
            ["redfield"],
            atEquilibrium(bosonic, fermionic),
            "the Gibbs state of eq. (28) (001 Sec. 5)",
          ),
          {
            name: "global-lindblad on flipflop-qubits at TM = 0.3: the Gibbs state at any common temperature",
            case: flipflop,
            scenario: "equilibrium",
            set: { TM: 0.3 },
            engine: "global-lindblad",
          },
        ],
        fail: [
          ...engineInputs(
            ["local-lindblad"],
            equilibria.slice(0, 4),
            "thermalises the bare sites, not H_S (case expectation)",
          ),
          {
            name: "local-lindblad on newns-double-dot (equilibrium): Gibbs state of the bare sites hα (004 eq. (8))",
            case: newns,
            scenario: "equilibrium",
            engine: "local-lindblad",
          },
          {
            name: "newns-exact at equilibrium: the reduced global Gibbs state, broadened by Γ = 0.2 (004 eq. (39))",
            case: newns,
            scenario: "equilibrium",
            engine: "newns-exact",
          },
          {
            name: "newns-epa at equilibrium: C_jj = ∫φ_j f, the broadened distribution (004 eqs. (57)-(59))",
            case: newns,
            scenario: "equilibrium",
            engine: "newns-epa",
          },
          {
            name: "the Gibbs state at (1 + 1e-7) T: a temperature off by 1e-7 moves ρ by 3e-8, just beyond the tolerance 1e-8",
            case: flipflop,
            scenario: "equilibrium",
            engine: "global-lindblad",
            replace: { steadyState: gibbsAtScaledTemperature(1 + 1e-7) },
          },
        ],
        notApplicable: [
          {
            name: "flipflop-qubits biased: the baths differ in temperature",
            case: flipflop,
            scenario: "biased",
            engine: "global-lindblad",
          },
          {
            name: "zhang-wang-fermionic biased: the leads differ in chemical potential",
            case: fermionic,
            scenario: "biased",
            engine: "global-lindblad",
          },
          {
            name: "longstaff-machine with dephasing noise: non-thermal dissipators",
            case: longstaff,
            scenario: "local-noise",
            engine: "global-lindblad",
          },
          {
            name: "flipflop-qubits with both baths at T = 0 (no Gibbs state)",
            case: flipflop,
            scenario: "equilibrium",
            set: { TM: 0 },
            engine: "global-lindblad",
          },
        ],
      }),
    ],
    { describe, it },
  );
});
