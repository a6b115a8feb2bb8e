/**
 * tsirelson-bound: the Horodecki CHSH maximum B = 2√(λ1 + λ2) of the steady state is at most 2√2 and agrees
 * with a seeded numerical maximisation over the four measurement directions (Tsirelson 1980; Horodecki 1995;
 * 001 eqs. (3)-(5)). Every density matrix passes, the singlet on the bound; a Werner "state" of visibility
 * λ > 1 (B = 2√2 λ) has negative eigenvalues (1 − λ)/4 and must fail.
 * Source (the property's own): Tsirelson, Lett. Math. Phys. 4, 93 (1980); Horodecki, Phys. Lett. A 200, 340 (1995); 001_a04d396bbf339a9e.txt eqs. (3)-(5).
 */
import { describe, it } from "vitest";
import tsirelsonBound from "../../properties/tsirelson-bound.js";
import { builtinRegistry } from "../../src/builtins/registry.js";
import { openCase } from "../../src/cases/open-case.js";
import { addScaledInPlace, ComplexMatrix, scale } from "../../src/linalg/complex-matrix.js";
import { parseInitialState } from "../../src/physics/named-states.js";
import { registerHarness } from "../../src/testing/harness-check.js";
import { propertyTester } from "../../src/testing/property-tester.js";

const registry = builtinRegistry();
const flipflop = openCase("flipflop-qubits");
const bosonic = openCase("zhang-wang-bosonic");
const fermionic = openCase("zhang-wang-fermionic");
const newns = openCase("newns-double-dot");
const longstaff = openCase("longstaff-machine");

/** λ|ψ−⟩⟨ψ−| + (1 − λ)1/4: CHSH maximum 2√2 λ; a state only for λ ≤ 1. */
function werner(visibility: number): ComplexMatrix {
  const rho = scale(parseInitialState("psi-", 2), visibility);
  return addScaledInPlace(rho, ComplexMatrix.identity(4), (1 - visibility) / 4);
}

/** flipflop-qubits at equilibrium with the steady state replaced by `rho` (any two-qubit engine would do). */
const asSteadyState = (name: string, rho: ComplexMatrix) => ({
  name,
  case: flipflop,
  scenario: "equilibrium",
  engine: "global-lindblad",
  replace: { steadyState: () => rho },
});

describe("tsirelson-bound", () => {
  registerHarness(
    [
      propertyTester(tsirelsonBound, {
        registry,
        pass: [
          ...[
            { prepared: bosonic, scenario: "equilibrium", engine: "global-lindblad" },
            { prepared: bosonic, scenario: "detuned-biased", engine: "redfield" },
            { prepared: fermionic, scenario: "equilibrium", engine: "global-lindblad" },
            { prepared: newns, scenario: "equilibrium", engine: "global-lindblad" },
            { prepared: newns, scenario: "biased", engine: "newns-exact" },
            { prepared: longstaff, scenario: "collective-noise", engine: "global-lindblad" },
            { prepared: flipflop, scenario: "biased", engine: "local-lindblad" },
          ].map(({ prepared, scenario, engine }) => ({
            name: `${engine} on ${prepared.definition.id} (${scenario}): a density matrix`,
            case: prepared,
            scenario,
            engine,
          })),
          asSteadyState("the singlet |ψ−⟩: B = 2√2, on the bound", werner(1)),
        ],
        fail: [
          asSteadyState(
            "a Werner 'state' with λ = 1 + 1e-6 (eigenvalues −2.5e-7): B = 2√2(1 + 1e-6), just beyond Tsirelson",
            werner(1 + 1e-6),
          ),
          asSteadyState("a Werner 'state' with λ = 1.2 (eigenvalues −0.05): B = 3.39 > 2√2", werner(1.2)),
        ],
        notApplicable: [
          {
            name: "the noiseless longstaff-machine: two steady states, no unique state to test",
            case: longstaff,
            scenario: "noiseless",
            engine: "global-lindblad",
          },
        ],
      }),
    ],
    { describe, it },
  );
});
