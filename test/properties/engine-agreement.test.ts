/**
 * engine-agreement: engines that claim the same approximation must give one steady state and one set of
 * currents. Bloch-Redfield with secularCutoff = 0 is the global (Davies) equation, so presented as secular
 * it agrees with global-lindblad to round-off; the full Bloch-Redfield equation presented as secular
 * keeps the coherence between the Bohr frequencies ε ± V that the secular one drops (of order Γ/2V) and
 * must fail. With QuTiP: qmebench's redfield against qutip-redfield, agreeing on the full equation and
 * disagreeing where the case runs the partial-secular form of paper 001 eq. (20).
 * Source (the property's own): two implementations of one master equation have one steady state.
 */
import { describe, it } from "vitest";
import engineAgreement from "../../properties/engine-agreement.js";
import { builtinRegistry } from "../../src/builtins/registry.js";
import { registerExternalEngines } from "../../src/external/register-external-engines.js";
import type { Problem } from "../../src/physics/problem.js";
import type { EngineOptions, MarkovianGenerator } from "../../src/plugins/engine.js";
import { registerHarness } from "../../src/testing/harness-check.js";
import { propertyTester } from "../../src/testing/property-tester.js";
import { bosonic, flipflop, longstaff } from "../helpers/property-cases.js";
import { registry } from "../helpers/property-registry.js";
import { qutipAdapterSpec, qutipPython } from "../helpers/qutip-python.js";

/** Presented as secular, so that global-lindblad is its peer. */
const claimedSecular = { traits: { approximation: "secular" as const } };

/** The Davies generator (redfield at secularCutoff = 0) with the two baths' dissipators swapped: same L, wrong currents. */
function swappedBaths(problem: Problem, options: EngineOptions): MarkovianGenerator {
  const generator = registry.engine("redfield").generator!(problem, { ...options, secularCutoff: 0 });
  const [left, right] = problem.baths.map((bath) => bath.name);
  return {
    liouvillian: generator.liouvillian,
    bathDissipators: { [left]: generator.bathDissipators[right], [right]: generator.bathDissipators[left] },
  };
}

describe("engine-agreement", () => {
  registerHarness(
    [
      propertyTester(engineAgreement, {
        registry,
        pass: [
          {
            name: "redfield with secularCutoff = 0 (the Davies equation) against global-lindblad, flipflop-qubits biased",
            case: flipflop,
            scenario: "biased",
            engine: "redfield",
            options: { secularCutoff: 0 },
            replace: claimedSecular,
          },
          {
            name: "redfield with secularCutoff = 0 against global-lindblad at equilibrium, where both currents are round-off",
            case: flipflop,
            scenario: "equilibrium",
            engine: "redfield",
            options: { secularCutoff: 0 },
            replace: claimedSecular,
          },
          {
            name: "redfield with secularCutoff = 0 against global-lindblad, zhang-wang-bosonic detuned and biased",
            case: bosonic,
            scenario: "detuned-biased",
            engine: "redfield",
            options: { secularCutoff: 0, rotatingWave: false },
            replace: claimedSecular,
          },
        ],
        fail: [
          {
            name: "the full Bloch-Redfield equation claimed secular on flipflop-qubits biased: coherence of order Γ/2V",
            case: flipflop,
            scenario: "biased",
            engine: "redfield",
            options: { secularCutoff: "none" },
            replace: claimedSecular,
          },
          {
            name: "the Davies generator with its baths' dissipators swapped: the same state, each current the other's",
            case: flipflop,
            scenario: "biased",
            engine: "redfield",
            options: { secularCutoff: 0 },
            replace: { ...claimedSecular, generator: swappedBaths },
          },
        ],
        notApplicable: [
          {
            name: "local-lindblad, the only local engine registered",
            case: flipflop,
            scenario: "biased",
            engine: "local-lindblad",
          },
          {
            name: "kraus, which wraps global-lindblad",
            case: flipflop,
            scenario: "biased",
            engine: "kraus",
          },
          {
            name: "longstaff-machine without noise: two steady states, none to compare",
            case: longstaff,
            scenario: longstaff.scenarios[0].name,
            engine: "redfield",
            options: { secularCutoff: 0 },
            replace: claimedSecular,
          },
        ],
      }),
    ],
    { describe, it },
  );
});

describe.skipIf(!qutipPython)(
  "engine-agreement against QuTiP (skipped when no python3 imports qutip)",
  () => {
    const withQutip = builtinRegistry();
    registerExternalEngines(withQutip, [qutipAdapterSpec(qutipPython!)]);
    registerHarness(
      [
        propertyTester(engineAgreement, {
          registry: withQutip,
          pass: [
            {
              name: "redfield and qutip-redfield on flipflop-qubits biased (σ⁻ couplings as their Hermitian parts)",
              case: flipflop,
              scenario: "biased",
              engine: "redfield",
            },
            {
              name: "qutip-global-lindblad against global-lindblad on zhang-wang-bosonic biased",
              case: bosonic,
              scenario: "biased",
              engine: "qutip-global-lindblad",
            },
            {
              name: "local-lindblad against qutip-local-lindblad on flipflop-qubits strongly biased",
              case: flipflop,
              scenario: "strongly-biased",
              engine: "local-lindblad",
            },
          ],
          fail: [
            {
              name: "redfield in the partial-secular form the case sets (rotatingWave) against the full qutip-redfield",
              case: bosonic,
              scenario: "biased",
              engine: "redfield",
            },
          ],
        }),
      ],
      { describe, it },
    );
  },
);
