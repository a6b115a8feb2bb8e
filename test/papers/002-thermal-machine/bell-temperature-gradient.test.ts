/**
 * bell-temperature-gradient (paper 002, 002_2a2ed7907f7a4e96.txt Appendix C, eqs. (24), (29), (34), (35)):
 * a temperature gradient cannot raise the steady-state Bell parameter of the two-qubit thermal machine,
 * B(T1, T2) < B(T2, T2) for T1 > T2, with and without dephasing noise. Heating a bath lowers Γ1 − Γ2
 * (spin baths) or raises N (bosonic baths) in eq. (29). An engine whose "hot" bath acts colder than the cold
 * one (the bias applied with the wrong sign) raises B and must fail, however small the gradient.
 * Source (the property's own): 002_2a2ed7907f7a4e96.txt Appendix C, eqs. (24), (29), (34), (35).
 */
import { describe, it } from "vitest";
import bellTemperatureGradient from "../../../src/papers/002-thermal-machine/bell-temperature-gradient.js";
import type { Problem } from "../../../src/physics/problem.js";
import type { EngineOptions } from "../../../src/plugins/engine.js";
import { registerHarness } from "../../../src/testing/harness-check.js";
import { propertyTester } from "../../../src/testing/property-tester.js";
import { steadyStateOf } from "../../helpers/mutant-states.js";
import { longstaff } from "../../helpers/property-cases.js";
import { noiselessLongstaff } from "../../helpers/property-inputs.js";
import { globalLindblad, registry } from "../../helpers/property-registry.js";

const BASE_PARAMETERS = ["g", "chi1", "chi2", "T2", "gc", "gl1", "gl2", "stats1", "stats2"];

/** The global steady state with bath 1 at 2T2 − T1: the bias T1 − T2 applied with the wrong sign. */
const biasReversed = (problem: Problem, options: EngineOptions) => {
  const p = problem.parameters;
  const set = Object.fromEntries(BASE_PARAMETERS.map((name) => [name, p[name]]));
  const reversed = longstaff.problemAt({ ...set, T1: 2 * Number(p.T2) - Number(p.T1) });
  return steadyStateOf(globalLindblad)(reversed, options);
};

describe("bell-temperature-gradient", () => {
  registerHarness(
    [
      propertyTester(bellTemperatureGradient, {
        registry,
        pass: [
          ...["global-lindblad", "kraus"].flatMap((engine) =>
            ["noiseless-gradient", "collective-noise", "collective-noise-bosonic"].map((scenario) => ({
              name: `${engine} on longstaff-machine (${scenario}), T1 = 0.6 > T2 = 0.3: eqs. (24), (29)`,
              case: longstaff,
              scenario,
              engine,
            })),
          ),
          {
            name: "global-lindblad with the right bath hotter (T1 = 0.3, T2 = 0.6)",
            case: longstaff,
            scenario: "collective-noise",
            set: { T1: 0.3, T2: 0.6 },
            engine: "global-lindblad",
          },
          {
            name: "global-lindblad at a gradient of 1e-4 (T1 = 0.3001): B still falls, by 1.4e-4",
            case: longstaff,
            scenario: "collective-noise",
            set: { T1: 0.3001 },
            engine: "global-lindblad",
          },
        ],
        fail: [
          {
            name: "the bias applied with the wrong sign (bath 1 at 2T2 − T1 = 0 instead of 0.6): the colder machine has the larger B",
            case: longstaff,
            scenario: "collective-noise",
            engine: "global-lindblad",
            replace: { steadyState: biasReversed },
          },
          {
            name: "the bias applied with the wrong sign at T1 − T2 = 1e-4: B rises by 1.4e-4, beyond the tolerance 1e-12",
            case: longstaff,
            scenario: "collective-noise",
            set: { T1: 0.3001 },
            engine: "global-lindblad",
            replace: { steadyState: biasReversed },
          },
        ],
        notApplicable: [
          {
            name: "longstaff-machine with local noise at T1 = T2: no gradient",
            case: longstaff,
            scenario: "local-noise",
            engine: "global-lindblad",
          },
          noiselessLongstaff("the noiseless longstaff-machine at T1 = T2: no gradient"),
        ],
      }),
    ],
    { describe, it },
  );
});
