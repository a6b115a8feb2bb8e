/**
 * steady-state-positivity: the steady state is a density matrix, its smallest eigenvalue ≥ −1e-10
 * (a postulate; Redfield-type equations may violate it). Lindblad generators and the exact solution of
 * paper 004 must pass; the Bloch-Redfield state of the biased double dot at T ≪ Γ has a negative eigenvalue.
 * Source (the property's own): A density matrix is positive semidefinite (postulate); Redfield-type equations may violate it.
 */
import { describe, it } from "vitest";
import steadyStatePositivity from "../../properties/steady-state-positivity.js";
import { adjoint, ComplexMatrix, multiply } from "../../src/linalg/complex-matrix.js";
import { hermitianEigen } from "../../src/linalg/eigen.js";
import type { Problem } from "../../src/physics/problem.js";
import type { EngineOptions } from "../../src/plugins/engine.js";
import { registerHarness } from "../../src/testing/harness-check.js";
import { propertyTester } from "../../src/testing/property-tester.js";
import { steadyStateOf } from "../helpers/mutant-states.js";
import { bosonic, flipflop, longstaff, newns } from "../helpers/property-cases.js";
import { casePoints, engineInputs, noiselessLongstaff } from "../helpers/property-inputs.js";
import { globalLindblad, registry } from "../helpers/property-registry.js";

/**
 * The global steady state with its smallest eigenvalue set to `lowest` (the change put on the largest
 * one, so Tr ρ = 1): the eigenbasis is kept, only one population of ρ_ss becomes `lowest`.
 */
function withLowestEigenvalue(lowest: number) {
  return (problem: Problem, options: EngineOptions): ComplexMatrix => {
    const { values, vectors } = hermitianEigen(steadyStateOf(globalLindblad)(problem, options));
    const changed = Array.from(values);
    changed[changed.length - 1] += changed[0] - lowest;
    changed[0] = lowest;
    return multiply(multiply(vectors, ComplexMatrix.diagonal(changed)), adjoint(vectors));
  };
}

describe("steady-state-positivity", () => {
  registerHarness(
    [
      propertyTester(steadyStatePositivity, {
        registry,
        pass: [
          ...engineInputs(
            ["global-lindblad", "local-lindblad", "kraus"],
            casePoints(flipflop, ["biased", "strongly-biased"]),
            "exp(Lt) is CPTP, so its fixed point is a state",
          ),
          {
            name: "global-lindblad on longstaff-machine with dephasing noise (002 eqs. (36)-(40))",
            case: longstaff,
            scenario: "collective-noise",
            engine: "global-lindblad",
          },
          ...["biased", "detuned"].map((scenario) => ({
            name: `newns-exact at ${scenario}: the reduced state of the exact global state (004 eq. (32))`,
            case: newns,
            scenario,
            engine: "newns-exact",
          })),
          {
            name: "newns-exact at biased, T = 0.05 < Γ: exact, so positive at any coupling",
            case: newns,
            scenario: "biased",
            set: { TL: 0.05, TR: 0.05 },
            engine: "newns-exact",
          },
          {
            name: "global-lindblad at biased, T = 0.05: Lindblad form, positive at any coupling",
            case: newns,
            scenario: "biased",
            set: { TL: 0.05, TR: 0.05 },
            engine: "global-lindblad",
          },
          {
            name: "the global state with its smallest eigenvalue set to exactly 0 (a pure-state boundary)",
            case: bosonic,
            scenario: "biased",
            engine: "global-lindblad",
            replace: { steadyState: withLowestEigenvalue(0) },
          },
        ],
        fail: [
          {
            name: "redfield on newns-double-dot (biased) at T = 0.05 < Γ = 0.2: its non-secular coherence exceeds what the populations allow",
            case: newns,
            scenario: "biased",
            set: { TL: 0.05, TR: 0.05 },
            engine: "redfield",
          },
          {
            name: "redfield on flipflop-qubits at Γ = 0.5 (V = 1), T1 = 0.38, T2 = 0.02: strong coupling, near-zero cold bath",
            case: flipflop,
            set: { Gamma: 0.5, TM: 0.2, dT: 0.36 },
            engine: "redfield",
          },
          {
            name: "the global state with its smallest eigenvalue set to −1e-9, just beyond the tolerance 1e-10",
            case: bosonic,
            scenario: "biased",
            engine: "global-lindblad",
            replace: { steadyState: withLowestEigenvalue(-1e-9) },
          },
        ],
        notApplicable: [
          noiselessLongstaff(
            "global-lindblad on the noiseless longstaff-machine: two steady states (strong symmetry, 002 eqs. (19)-(21))",
          ),
        ],
      }),
    ],
    { describe, it },
  );
});
