/**
 * nonlocal-implies-entangled: a steady state that violates CHSH (B > 2, 001 eq. (4)) or I3322 (> 4,
 * eq. (7)) must have a positive concurrence (eq. (1)); Bell-local states pass trivially (Werner 1989).
 * No density matrix can fail, so the failing inputs break Tr ρ = 1, which the theorem needs: the product
 * state |↑↑⟩ sits exactly on the local bounds (B = 2, I3322 = 4) with zero concurrence, and any excess
 * trace pushes both Bell values beyond them. (A matrix with a negative eigenvalue is refused by the
 * concurrence, an error rather than a failure.)
 * Source (the property's own): Werner, Phys. Rev. A 40, 4277 (1989); 001_a04d396bbf339a9e.txt eqs. (1), (4), (7).
 */
import { describe, it } from "vitest";
import nonlocalImpliesEntangled from "../../properties/nonlocal-implies-entangled.js";
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

/** λ|ψ−⟩⟨ψ−| + (1 − λ)1/4: B = 2√2 λ, concurrence max(0, (3λ − 1)/2). */
function werner(visibility: number): ComplexMatrix {
  const rho = scale(parseInitialState("psi-", 2), visibility);
  return addScaledInPlace(rho, ComplexMatrix.identity(4), (1 - visibility) / 4);
}

/** flipflop-qubits at equilibrium with the steady state replaced by `rho`. */
const asSteadyState = (name: string, rho: ComplexMatrix) => ({
  name,
  case: flipflop,
  scenario: "equilibrium",
  engine: "global-lindblad",
  replace: { steadyState: () => rho },
});

const upUp = parseInitialState("up,up", 2);

describe("nonlocal-implies-entangled", () => {
  registerHarness(
    [
      propertyTester(nonlocalImpliesEntangled, {
        registry,
        pass: [
          ...[
            { prepared: bosonic, scenario: "equilibrium", engine: "global-lindblad" },
            { prepared: bosonic, scenario: "detuned-biased", engine: "redfield" },
            { prepared: fermionic, scenario: "equilibrium", engine: "global-lindblad" },
            { prepared: newns, scenario: "equilibrium", engine: "kraus" },
          ].map(({ prepared, scenario, engine }) => ({
            name: `${engine} on ${prepared.definition.id} (${scenario}): Bell nonlocal (B > 2) and entangled`,
            case: prepared,
            scenario,
            engine,
          })),
          {
            name: "newns-exact at biased: Bell local, nothing to check",
            case: newns,
            scenario: "biased",
            engine: "newns-exact",
          },
          asSteadyState("the Werner state λ = 3/4: B = 2.12, concurrence 0.625", werner(0.75)),
          asSteadyState("the product state |↑↑⟩: B = 2 and I3322 = 4, on the local bounds", upUp),
        ],
        fail: [
          asSteadyState(
            "|↑↑⟩ with Tr ρ = 1 + 1e-6: B = 2(1 + 1e-6) just beyond the local bound, concurrence 0",
            scale(upUp, 1 + 1e-6),
          ),
          asSteadyState("|↑↑⟩ with Tr ρ = 1.5: B = 3 and I3322 = 6, concurrence 0", scale(upUp, 1.5)),
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
