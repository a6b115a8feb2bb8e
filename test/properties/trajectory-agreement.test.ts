/**
 * trajectory-agreement: engines that claim the same approximation must give one ρ(t) from the same initial
 * states, within their error estimates. Bloch-Redfield at secularCutoff = 0 is the Davies generator of
 * global-lindblad built another way (Bohr components of the couplings instead of the secular rates), so
 * registered as a secular engine it is a faithful peer: the trajectories agree to round-off (2e-15). A
 * peer with the left bath's rate scaled by 1 + δ integrates another equation: ρ(t) moves by first order in
 * δ (linear response), so the finding doubles with δ. With QuTiP: qutip-global-lindblad against
 * global-lindblad, by qutip.mesolve; and redfield in the partial-secular form of paper 001 eq. (20) that
 * zhang-wang-bosonic sets against the full qutip-redfield, which evolve the coherences apart (5e-2).
 * Source (the property's own): two implementations of one master equation have one solution exp(Lt)ρ0.
 */
import { describe, expect, it } from "vitest";
import trajectoryAgreement from "../../properties/trajectory-agreement.js";
import { builtinRegistry } from "../../src/builtins/registry.js";
import { registerExternalEngines } from "../../src/external/register-external-engines.js";
import type { Problem } from "../../src/physics/problem.js";
import {
  defineEngine,
  type EngineContext,
  type EngineOptions,
  type MarkovianGenerator,
} from "../../src/plugins/engine.js";
import { checkProperty } from "../../src/runner/check-property.js";
import { propertyContextAt } from "../../src/runner/property-context.js";
import { checkSite } from "../../src/testing/check-site.js";
import { registerHarness } from "../../src/testing/harness-check.js";
import { propertyTester } from "../../src/testing/property-tester.js";
import { bosonic, flipflop, newns } from "../helpers/property-cases.js";
import { qutipAdapterSpec, qutipPython } from "../helpers/qutip-python.js";

/** Bloch-Redfield at secularCutoff = 0 (the Davies equation), registered as a secular engine of its own. */
const daviesRedfield = defineEngine({
  id: "davies-redfield",
  title: "Bloch-Redfield at secularCutoff = 0",
  description: "A test fixture: the redfield engine's Davies generator, claiming the secular approximation.",
  traits: { approximation: "secular", markovian: true, lindbladForm: true },
  create(context: EngineContext) {
    const base = context.engine("redfield");
    const options = (problem: Problem) => context.optionsFor(base, problem, { secularCutoff: 0 });
    return {
      supports: (problem: Problem) => base.supports(problem, options(problem)),
      generator: (problem: Problem) => base.generator!(problem, options(problem)),
      evolve: (problem: Problem, _options: EngineOptions, rho0, times) =>
        base.evolve!(problem, options(problem), rho0, times),
    };
  },
});

/** The problem with the left bath's rates (its spectrum) scaled by 1 + shift. */
function shiftedLeftRate(problem: Problem, shift: number): Problem {
  return {
    ...problem,
    baths: problem.baths.map((bath, k) =>
      k === 0
        ? {
            ...bath,
            channels: bath.channels.map((c) => ({
              ...c,
              spectrum: (w: number) => (1 + shift) * c.spectrum(w),
            })),
          }
        : bath,
    ),
  };
}

/** global-lindblad with the left bath's rate scaled by 1 + shift, claiming to be the same equation. */
function shiftedGlobalLindblad(shift: number) {
  return defineEngine({
    id: "shifted-global-lindblad",
    title: "Global Lindblad with the left rate shifted",
    description: `A test fixture: global-lindblad with the left bath's rate scaled by 1 + ${shift}.`,
    traits: { approximation: "secular", markovian: true, lindbladForm: true },
    create(context: EngineContext) {
      const base = context.engine("global-lindblad");
      const options = (problem: Problem) => context.optionsFor(base, problem);
      return {
        supports: (problem: Problem) => base.supports(shiftedLeftRate(problem, shift), options(problem)),
        generator: (problem: Problem) => base.generator!(shiftedLeftRate(problem, shift), options(problem)),
        evolve: (problem: Problem, _options: EngineOptions, rho0, times) =>
          base.evolve!(shiftedLeftRate(problem, shift), options(problem), rho0, times),
      };
    },
  });
}

const withDavies = builtinRegistry();
withDavies.registerEngine(daviesRedfield, "test");

/** The engine under test given the shifted generator (its peer davies-redfield is faithful). */
function shiftedGenerator(problem: Problem, options: EngineOptions): MarkovianGenerator {
  return withDavies.engine("global-lindblad").generator!(shiftedLeftRate(problem, 1e-3), options);
}

describe("trajectory-agreement", () => {
  registerHarness(
    [
      propertyTester(trajectoryAgreement, {
        registry: withDavies,
        pass: [
          {
            name: "global-lindblad (dense exp(LΔt)) against the Davies generator of redfield, flipflop-qubits biased",
            case: flipflop,
            scenario: "biased",
            engine: "global-lindblad",
          },
          {
            name: "global-lindblad propagated by Krylov against the Davies generator, strongly biased",
            case: flipflop,
            scenario: "strongly-biased",
            engine: "global-lindblad",
            options: { evolution: "krylov" },
          },
        ],
        fail: [
          {
            name: "global-lindblad with the left rate scaled by 1 + 1e-3 against the unshifted Davies generator",
            case: flipflop,
            scenario: "biased",
            engine: "global-lindblad",
            replace: { generator: shiftedGenerator },
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
            name: "newns-exact, the only exact engine registered",
            case: newns,
            engine: "newns-exact",
          },
          {
            name: "kraus, which wraps global-lindblad",
            case: flipflop,
            scenario: "biased",
            engine: "kraus",
          },
        ],
      }),
    ],
    { describe, it },
  );

  /** The outcome for global-lindblad when its only peer has the left rate scaled by 1 + shift. */
  function againstShiftedPeer(shift: number) {
    const registry = builtinRegistry();
    registry.registerEngine(shiftedGlobalLindblad(shift), "test");
    const site = checkSite({
      registry,
      prepared: flipflop,
      scenario: flipflop.scenario("biased"),
      engine: registry.engine("global-lindblad"),
    });
    return checkProperty(trajectoryAgreement, propertyContextAt(site, trajectoryAgreement, {}));
  }

  it("catches a peer whose left rate is 1e-3 off, with a difference of first order in the shift", () => {
    const small = againstShiftedPeer(1e-3);
    const double = againstShiftedPeer(2e-3);
    expect(small.status).toBe("fail");
    expect(small.message).toMatch(/^vs shifted-global-lindblad: max \|Δρ\(t\)\| = /);
    // Γ_L → (1 + δ)Γ_L moves ρ(t) by about δ·Γt·|∂ρ/∂(Γt)| ~ δ/10 within four relaxation times
    expect(small.value!).toBeGreaterThan(1e-5);
    expect(small.value!).toBeLessThan(1e-3);
    expect(small.value!).toBeGreaterThan(1e6 * small.tolerance!);
    // linear response: twice the shift, twice the difference (to the second order, 1e-3 relative)
    expect(double.value! / small.value!).toBeCloseTo(2, 2);
  });

  it("passes against an unshifted copy with the difference at round-off", () => {
    const outcome = againstShiftedPeer(0);
    expect(outcome.status).toBe("pass");
    expect(outcome.value!).toBeLessThan(1e-14);
  });
});

describe.skipIf(!qutipPython)(
  "trajectory-agreement against QuTiP (skipped when no python3 imports qutip)",
  () => {
    const withQutip = builtinRegistry();
    registerExternalEngines(withQutip, [qutipAdapterSpec(qutipPython!)]);
    registerHarness(
      [
        propertyTester(trajectoryAgreement, {
          registry: withQutip,
          pass: [
            {
              name: "global-lindblad against qutip-global-lindblad (mesolve) on flipflop-qubits biased",
              case: flipflop,
              scenario: "biased",
              engine: "global-lindblad",
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
            {
              name: "global-lindblad with the left rate scaled by 1 + 1e-3 against qutip-global-lindblad",
              case: flipflop,
              scenario: "biased",
              engine: "global-lindblad",
              replace: {
                generator: (problem, options) =>
                  withQutip.engine("global-lindblad").generator!(shiftedLeftRate(problem, 1e-3), options),
              },
            },
          ],
        }),
      ],
      { describe, it },
    );
  },
);
