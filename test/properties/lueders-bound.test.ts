/**
 * lueders-bound: for projective (Lüders) measurements of Q = σz of site 0 and completely positive dynamics
 * the Leggett-Garg function obeys F(0, τ, 2τ) ≤ 3/2 (Budroni & Emary, PRL 113, 050401 (2014); the LGI is
 * F ≤ 1, 000 eq. (19)). In the unitary limit of the flip-flop qubits F = 1 + r23[2cos 2Vτ − cos 4Vτ − 1]
 * (000 eq. (23)), maximal 1 + r23/2 at Vτ = π/6: the state with r23 = 1 saturates the bound, and a
 * "state" with r23 = 1 + δ (negative populations of |++⟩, |−−⟩) exceeds it by δ/2. Anti-damped dynamics
 * (every bath rate reversed, not CP) also breaks it.
 * Source (the property's own): Budroni & Emary, PRL 113, 050401 (2014); 000_47becd3a7196453b.txt eq. (19).
 */
import { describe, it } from "vitest";
import luedersBound from "../../properties/lueders-bound.js";
import { ComplexMatrix } from "../../src/linalg/complex-matrix.js";
import { scaledDissipation } from "../../src/measures/scaled-dissipation.js";
import type { Problem } from "../../src/physics/problem.js";
import type { EngineOptions, MarkovianGenerator } from "../../src/plugins/engine.js";
import { registerHarness } from "../../src/testing/harness-check.js";
import { propertyTester } from "../../src/testing/property-tester.js";
import { bosonic, fermionic, flipflop, longstaff } from "../helpers/property-cases.js";
import { engineInputs, newnsExactWithoutGenerator } from "../helpers/property-inputs.js";
import { globalLindblad, registry } from "../helpers/property-registry.js";

/** diag(c(++), c(+−), c(−+), c(−−)) with the one-excitation population r23 split evenly: eq. (22) form. */
const oneExcitationState = (r23: number) => () =>
  ComplexMatrix.diagonal([(1 - r23) / 2, r23 / 2, r23 / 2, (1 - r23) / 2]);

/** −i[H, ·] − Σ_α D_α: the global generator with every bath rate reversed (the inverse of a relaxation). */
const antiDamped = (problem: Problem, options: EngineOptions): MarkovianGenerator => {
  const generator = globalLindblad.generator!(problem, options);
  return { liouvillian: scaledDissipation(generator, -1), bathDissipators: generator.bathDissipators };
};

/** flipflop-qubits near the unitary limit, Γ = 1e-8, with the steady state replaced. */
const unitaryLimit = (name: string, r23: number) => ({
  name,
  case: flipflop,
  scenario: "equilibrium",
  set: { Gamma: 1e-8 },
  engine: "global-lindblad",
  replace: { steadyState: oneExcitationState(r23) },
});

describe("lueders-bound", () => {
  registerHarness(
    [
      propertyTester(luedersBound, {
        registry,
        pass: [
          ...[
            {
              prepared: flipflop,
              scenario: "strongly-biased",
              engines: ["global-lindblad", "local-lindblad", "kraus"],
            },
            { prepared: bosonic, scenario: "biased", engines: ["global-lindblad", "local-lindblad"] },
            { prepared: longstaff, scenario: "collective-noise", engines: ["global-lindblad", "kraus"] },
          ].flatMap(({ prepared, scenario, engines }) =>
            engineInputs(engines, [{ prepared, scenario }], "CP dynamics, F ≤ 3/2"),
          ),
          unitaryLimit("r23 = 1 at Γ = 1e-8: F = 3/2 at Vτ = π/6, on the bound (000 eq. (23))", 1),
        ],
        fail: [
          unitaryLimit(
            "r23 = 1 + 1e-6 at Γ = 1e-8 (populations −5e-7): F = 3/2 + 5e-7, just beyond the bound",
            1 + 1e-6,
          ),
          {
            name: "flipflop-qubits (biased) with every bath rate reversed: not CP, correlations grow as e^{+Γτ}",
            case: flipflop,
            scenario: "biased",
            engine: "global-lindblad",
            replace: { generator: antiDamped },
          },
        ],
        notApplicable: [
          {
            name: "zhang-wang-fermionic: site 0 is a fermionic mode, not a spin",
            case: fermionic,
            scenario: "biased",
            engine: "global-lindblad",
          },
          newnsExactWithoutGenerator,
        ],
      }),
    ],
    { describe, it },
  );
});
