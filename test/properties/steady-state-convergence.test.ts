/**
 * steady-state-convergence: ρ(t) = e^{Lt}ρ0 reaches the engine's unique steady state from every basis
 * state and random full-rank states (Spohn 1977). Every engine's own steady state passes, whatever its
 * approximation (also Bloch-Redfield and the EPA: relaxation does not need complete positivity); a steady
 * state that is not the fixed point of the engine's dynamics fails with the distance: the maximally mixed
 * state, or another engine's steady state (the local one for the global generator, apart by O(V/TM)).
 * Degenerate steady states (the noiseless machine of paper 002) are not applicable.
 * Source (the property's own): Spohn, Lett. Math. Phys. 2, 33 (1977); Breuer & Petruccione Sec. 3.2.
 */
import { describe, it } from "vitest";
import steadyStateConvergence from "../../properties/steady-state-convergence.js";
import { ComplexMatrix } from "../../src/linalg/complex-matrix.js";
import { registerHarness } from "../../src/testing/harness-check.js";
import { propertyTester } from "../../src/testing/property-tester.js";
import { bosonic, fermionic, flipflop, newns } from "../helpers/property-cases.js";
import {
  casePoints,
  engineInputs,
  newnsExactWithoutGenerator,
  noiselessLongstaff,
} from "../helpers/property-inputs.js";
import { localLindblad, registry } from "../helpers/property-registry.js";

describe("steady-state-convergence", () => {
  registerHarness(
    [
      propertyTester(steadyStateConvergence, {
        registry,
        pass: [
          ...engineInputs(
            ["global-lindblad", "local-lindblad", "redfield", "kraus"],
            casePoints(flipflop, ["equilibrium", "strongly-biased"]),
            "its own steady state is the fixed point of its own evolution",
          ),
          ...engineInputs(
            ["global-lindblad", "redfield"],
            casePoints(bosonic, ["biased"]),
            "unique steady state",
          ),
          ...engineInputs(["local-lindblad"], casePoints(fermionic, ["biased"]), "unique steady state"),
          ...engineInputs(["newns-epa"], casePoints(newns, ["biased"]), "not CP here, yet relaxing"),
        ],
        fail: [
          {
            name: "global-lindblad on flipflop-qubits (biased) with the maximally mixed state as its steady state",
            case: flipflop,
            scenario: "biased",
            engine: "global-lindblad",
            replace: { steadyState: () => ComplexMatrix.diagonal([0.25, 0.25, 0.25, 0.25]) },
          },
          {
            name: "global-lindblad on flipflop-qubits (equilibrium) with local-lindblad's steady state (apart by O(V/TM))",
            case: flipflop,
            scenario: "equilibrium",
            engine: "global-lindblad",
            replace: {
              steadyState: (problem) =>
                localLindblad.steadyState!(problem, registry.optionsFor(localLindblad, problem)).rho!,
            },
          },
        ],
        notApplicable: [
          noiselessLongstaff("global-lindblad on the noiseless longstaff-machine: two steady states"),
          newnsExactWithoutGenerator,
        ],
      }),
    ],
    { describe, it },
  );
});
