/**
 * landauer-consistency (paper 004, 004_3bda4ae6cebee785.txt eqs. (42)-(45)): in the exact steady state the
 * particle current is homogeneous: the Landauer current from the left lead (eq. 43) equals the internal
 * current g·Im⟨cL† cR⟩ of the state (eq. 42) and the right lead's, J^P_L = J^P_S = −J^P_R, J^E_L = −J^E_R,
 * to 1e-8. The exact solution passes at any parameters; a state whose coherence Im C_LR does not carry the
 * Landauer current must fail.
 * Source (the property's own): 004_3bda4ae6cebee785.txt eqs. (42)-(45).
 */
import { describe, it } from "vitest";
import landauerConsistency from "../../../src/papers/004-newns-exact/landauer-consistency.js";
import {
  gaussianDoubleOccupancy,
  siteCorrelationOfState,
  twoModeDensityMatrix,
} from "../../../src/physics/newns/gaussian-state.js";
import type { Problem } from "../../../src/physics/problem.js";
import type { EngineOptions } from "../../../src/plugins/engine.js";
import { registerHarness } from "../../../src/testing/harness-check.js";
import { propertyTester } from "../../../src/testing/property-tester.js";
import { newns } from "../../helpers/property-cases.js";
import { registry } from "../../helpers/property-registry.js";

const exact = registry.engine("newns-exact");

/** Another engine's steady state in place of the exact one (the Landauer currents stay exact). */
const stateOf = (engine: string) => (problem: Problem) =>
  registry.engine(engine).steadyState!(problem, registry.optionsFor(registry.engine(engine), problem)).rho!;

/** The exact Gaussian state with its coherence Im C_LR scaled by `factor` (populations kept). */
const coherenceScaled = (factor: number) => (problem: Problem, options: EngineOptions) => {
  const c = siteCorrelationOfState(exact.steadyState!(problem, options).rho!).clone();
  c.set(0, 1, c.re(0, 1), factor * c.im(0, 1));
  c.set(1, 0, c.re(1, 0), factor * c.im(1, 0));
  return twoModeDensityMatrix(c, gaussianDoubleOccupancy(c));
};

/** The exact state of the mirrored bias (μL ↔ μR): its internal current runs from right to left. */
const mirroredBias = (problem: Problem, options: EngineOptions) => {
  const p = problem.parameters;
  return exact.steadyState!(newns.problemAt({ delta: p.delta, muL: p.muR, muR: p.muL }), options).rho!;
};

describe("landauer-consistency", () => {
  registerHarness(
    [
      propertyTester(landauerConsistency, {
        registry,
        pass: [
          ...["biased", "equilibrium", "detuned"].map((scenario) => ({
            name: `newns-exact at ${scenario}: one current through leads and dots (eqs. (42)-(45))`,
            case: newns,
            scenario,
            engine: "newns-exact",
          })),
          ...[
            { Gamma: 0.5, g: 0.2, TL: 0.3, TR: 0.05 },
            { delta: -0.4, muL: 0.6, muR: 1.4, Gamma: 0.05 },
          ].map((set) => ({
            name: `newns-exact at ${JSON.stringify(set)}: strong coupling or reversed bias, still exact`,
            case: newns,
            scenario: "biased",
            set,
            engine: "newns-exact",
          })),
        ],
        fail: [
          {
            name: "the EPA state with the exact Landauer currents: g·Im C_LR off by 5e-5 ~ (Γ/Ω)J (004 eq. (48))",
            case: newns,
            scenario: "biased",
            engine: "newns-exact",
            replace: { steadyState: stateOf("newns-epa") },
          },
          {
            name: "the global (secular) state: real eigenvectors, Im C_LR = 0, no internal current at all",
            case: newns,
            scenario: "biased",
            engine: "newns-exact",
            replace: { steadyState: stateOf("global-lindblad") },
          },
          {
            name: "the exact state of the mirrored bias: its internal current flows right to left",
            case: newns,
            scenario: "biased",
            engine: "newns-exact",
            replace: { steadyState: mirroredBias },
          },
          {
            name: "the exact state with Im C_LR scaled by 1 + 5e-7: internal current off by 2e-8, just beyond the tolerance 1e-8",
            case: newns,
            scenario: "biased",
            engine: "newns-exact",
            replace: { steadyState: coherenceScaled(1 + 5e-7) },
          },
        ],
        notApplicable: [
          ...["newns-epa", "global-lindblad", "redfield"].map((engine) => ({
            name: `${engine}: an approximation, the property is about the exact solution`,
            case: newns,
            scenario: "biased",
            engine,
          })),
        ],
      }),
    ],
    { describe, it },
  );
});
