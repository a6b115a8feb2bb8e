/**
 * second-law: σ = −Σ_α J^Q_α/T_α ≥ 0 at the steady state (Spohn 1978; 001 eqs. (33)-(34)). Generators with
 * detailed balance towards each bath, and the exact Landauer currents, must pass. The local master
 * equation violates it for detuned qubits (Levy & Kosloff, EPL 107, 20004 (2014)): each bath pumps its
 * qubit at the bare splitting, so excitations flow from the qubit with the larger n(ε_j, T_j), which is
 * the cold one when ε1/T1 < ε2/T2. On zhang-wang-bosonic at de = 1 (ε1 = 0.5, ε2 = 1.5), Tm = 0.4, that is
 * exactly dT < 0.4: the scenario detuned-biased (dT = 0.4) sits on the threshold.
 * Source (the property's own): Spohn, J. Math. Phys. 19, 1227 (1978); 001_a04d396bbf339a9e.txt eqs. (33)-(34).
 */
import { describe, it } from "vitest";
import secondLaw from "../../properties/second-law.js";
import type { Problem } from "../../src/physics/problem.js";
import type { EngineOptions } from "../../src/plugins/engine.js";
import { registerHarness } from "../../src/testing/harness-check.js";
import { propertyTester } from "../../src/testing/property-tester.js";
import { bosonic, fermionic, flipflop, longstaff, newns } from "../helpers/property-cases.js";
import { engineInputs } from "../helpers/property-inputs.js";
import { globalLindblad, registry } from "../helpers/property-registry.js";

/** flipflop-qubits' global generator with the two baths' temperatures exchanged in their dissipators. */
const swappedBaths = (problem: Problem, options: EngineOptions) =>
  globalLindblad.generator!(
    flipflop.problemAt({ TM: problem.parameters.TM, dT: -Number(problem.parameters.dT) }),
    options,
  );

const localAt = (dT: number, why: string, set: Record<string, number> = {}) => ({
  name: `local-lindblad on zhang-wang-bosonic, de = 1, dT = ${dT}: ${why}`,
  case: bosonic,
  scenario: "detuned-biased",
  set: { dT, ...set },
  engine: "local-lindblad",
});

describe("second-law", () => {
  registerHarness(
    [
      propertyTester(secondLaw, {
        registry,
        pass: [
          ...engineInputs(
            ["global-lindblad", "kraus"],
            [
              { prepared: flipflop, scenario: "strongly-biased" },
              { prepared: bosonic, scenario: "detuned-biased" },
              { prepared: fermionic, scenario: "biased" },
              { prepared: longstaff, scenario: "collective-noise" },
            ],
            "Davies generator, detailed balance with each bath",
          ),
          ...["biased", "detuned"].map((scenario) => ({
            name: `newns-exact at ${scenario}: the exact Landauer currents (004 eqs. (43)-(45))`,
            case: newns,
            scenario,
            engine: "newns-exact",
          })),
          localAt(0.4, "ε1/T1 = ε2/T2, no current (σ = 0, on the threshold)"),
          localAt(0.42, "ε1/T1 > ε2/T2, the local current flows from hot to cold"),
          {
            name: "global-lindblad on zhang-wang-bosonic, de = 1, dT = 0.38: the global equation has no such threshold",
            case: bosonic,
            scenario: "detuned-biased",
            set: { dT: 0.38 },
            engine: "global-lindblad",
          },
        ],
        fail: [
          localAt(
            0.38,
            "ε1/T1 < ε2/T2 just beyond the threshold, excitations flow from the cold bath into the hot one",
          ),
          localAt(0.3, "ε1/T1 = 2 < ε2/T2 = 2.7, heat flows from cold to hot (Levy & Kosloff 2014)"),
          localAt(0.38, "the violation survives at weak inter-qubit coupling κ = 0.1", { kappa: 0.1 }),
          {
            name: "global Lindblad with the bath temperatures exchanged in the dissipators: heat flows from the 0.6 bath into the 1.6 one",
            case: flipflop,
            scenario: "biased",
            engine: "global-lindblad",
            replace: { generator: swappedBaths },
          },
        ],
        notApplicable: [
          {
            name: "flipflop-qubits with the right bath at T2 = 0 (σ = −ΣJ/T undefined)",
            case: flipflop,
            scenario: "biased",
            set: { TM: 0.5, dT: 1 },
            engine: "global-lindblad",
          },
          {
            name: "the noiseless longstaff-machine: two steady states (002 eqs. (19)-(21))",
            case: longstaff,
            scenario: "noiseless-gradient",
            engine: "global-lindblad",
          },
        ],
      }),
    ],
    { describe, it },
  );
});
