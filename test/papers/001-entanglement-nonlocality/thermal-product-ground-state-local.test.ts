/**
 * thermal-product-ground-state-local (paper 001, 001_a04d396bbf339a9e.txt Sec. 4.1, eqs. (9), (13), (28)):
 * a thermal two-qubit state whose ground state is a non-degenerate product state violates neither CHSH
 * nor I3322, since the entangled excited states cannot outweigh the product ground state in a thermal
 * mixture. For zhang-wang-bosonic the ground state |↓↓⟩ is a product state for κ < 2√(ε1ε2) = 2 (eq. (13)).
 * A non-thermal, population-inverted mixture p|ψ−⟩⟨ψ−| + (1 − p)|↓↓⟩⟨↓↓| of the same eigenstates has
 * B = 2√2 p and must fail as soon as p > 1/√2.
 * Source (the property's own): 001_a04d396bbf339a9e.txt Sec. 4.1, eqs. (9), (13), (28).
 */
import { describe, it } from "vitest";
import thermalProductGroundStateLocal from "../../../src/papers/001-entanglement-nonlocality/thermal-product-ground-state-local.js";
import { addScaledInPlace, scale } from "../../../src/linalg/complex-matrix.js";
import { parseInitialState } from "../../../src/physics/named-states.js";
import { registerHarness } from "../../../src/testing/harness-check.js";
import { propertyTester } from "../../../src/testing/property-tester.js";
import { bosonic, fermionic, flipflop, longstaff } from "../../helpers/property-cases.js";
import { atEquilibrium, engineInputs } from "../../helpers/property-inputs.js";
import { registry } from "../../helpers/property-registry.js";
import { TWO_QUBITS } from "../../helpers/two-qubit-states.js";

/** p|ψ−⟩⟨ψ−| + (1 − p)|↓↓⟩⟨↓↓|: the entangled eigenstate −κ/2 and the product ground state −ε̄, inverted. */
const inverted = (p: number) => () =>
  addScaledInPlace(
    scale(parseInitialState("psi-", TWO_QUBITS), p),
    parseInitialState("down,down", TWO_QUBITS),
    1 - p,
  );

const productGroundState = { case: bosonic, scenario: "product-ground-state" };

describe("thermal-product-ground-state-local", () => {
  registerHarness(
    [
      propertyTester(thermalProductGroundStateLocal, {
        registry,
        pass: [
          ...["global-lindblad", "redfield", "kraus"].map((engine) => ({
            name: `${engine} on zhang-wang-bosonic (product-ground-state), κ = 1: the Gibbs state of eq. (28)`,
            ...productGroundState,
            engine,
          })),
          ...engineInputs(
            ["global-lindblad", "kraus"],
            atEquilibrium(flipflop),
            "the Gibbs state, ground state |↓↓⟩ for V < ε",
          ),
          {
            name: "global-lindblad on zhang-wang-bosonic at κ = 1.99, T = 0.05: just below κ = 2√(ε1ε2), still Bell local",
            ...productGroundState,
            set: { kappa: 1.99, Tm: 0.05 },
            engine: "global-lindblad",
          },
          {
            name: "global-lindblad on zhang-wang-fermionic at μ = 0.5: both orbitals empty in the ground state",
            case: fermionic,
            scenario: "equilibrium",
            set: { mubar: 0.5 },
            engine: "global-lindblad",
          },
        ],
        fail: [
          {
            name: "population inversion p = 0.71 > 1/√2 onto the entangled eigenstate ψ−: B = 2√2 p = 2.008, not thermal",
            ...productGroundState,
            engine: "global-lindblad",
            replace: { steadyState: inverted(0.71) },
          },
          {
            name: "the excited eigenstate |ψ−⟩ itself (p = 1): B = 2√2",
            ...productGroundState,
            engine: "global-lindblad",
            replace: { steadyState: inverted(1) },
          },
        ],
        notApplicable: [
          {
            name: "zhang-wang-bosonic at κ = 3 > 2: the ground state is entangled (eq. (13))",
            case: bosonic,
            scenario: "equilibrium",
            engine: "global-lindblad",
          },
          {
            name: "zhang-wang-bosonic at κ = 2 = 2√(ε1ε2): the ground state is degenerate",
            ...productGroundState,
            set: { kappa: 2 },
            engine: "global-lindblad",
          },
          {
            name: "zhang-wang-bosonic biased: the baths differ in temperature",
            case: bosonic,
            scenario: "biased",
            engine: "global-lindblad",
          },
          {
            name: "longstaff-machine: non-thermal dissipators (noise)",
            case: longstaff,
            scenario: "local-noise",
            engine: "global-lindblad",
          },
        ],
      }),
    ],
    { describe, it },
  );
});
