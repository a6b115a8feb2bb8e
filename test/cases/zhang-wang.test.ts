import { describe, expect, it } from "vitest";
import { openCase } from "../../src/cases/open-case.js";
import { horodeckiChshMaximum } from "../../src/measures/chsh.js";
import { entropyProduction } from "../../src/measures/entropy-production.js";
import { maximiseI3322 } from "../../src/measures/i3322.js";
import { rectificationRatio } from "../../src/papers/001-entanglement-nonlocality/rectification-ratio.js";
import { gibbsState } from "../../src/physics/gibbs-state.js";
import type { Problem } from "../../src/physics/problem.js";
import { expectClose } from "../helpers/expect-close.js";
import { engineOf, optionsOf } from "../helpers/registry.js";

const redfield = engineOf("redfield");

const bosonic = openCase("zhang-wang-bosonic");
const options = optionsOf(redfield, bosonic.problemAt({}));

function steady(problem: Problem) {
  const rho = redfield.steadyState!(problem, options).rho!;
  const currents = redfield.currents!(problem, options, rho);
  return { rho, currents };
}

/** Heat current I_2 into the system from bath 2 (001_a04d396bbf339a9e.txt eq. (29)). */
function currentFromBath2(set: Record<string, number>): number {
  return steady(bosonic.problemAt(set)).currents.right.heat;
}

describe("zhang-wang-bosonic (001_a04d396bbf339a9e.txt)", () => {
  it("has a heat current odd in ΔT for identical qubits and couplings (eq. (32))", () => {
    for (const dT of [0.1, 0.4, 0.7]) {
      const forward = currentFromBath2({ dT });
      expect(forward).toBeGreaterThan(0); // T2 > T1: heat enters from bath 2 (Sec. 5.1)
      expectClose(currentFromBath2({ dT: -dT }), -forward, 1e-12 * Math.abs(forward) + 1e-15);
    }
  });

  it("has a linear heat current and a quadratic entropy production at small ΔT (Sec. 5.1, Fig. 6)", () => {
    const at = (dT: number) => {
      const problem = bosonic.problemAt({ dT, Tm: 1 });
      const { currents } = steady(problem);
      return { current: currents.right.heat, sigma: entropyProduction(currents, problem.baths) };
    };
    const small = at(0.01);
    const double = at(0.02);
    expectClose(double.current / small.current, 2, 1e-3);
    expectClose(double.sigma / small.sigma, 4, 1e-3);
  });

  it("rectifies with the sign of Sec. 5.4: R > 0 for Δε > 0 and R < 0 for Δγ > 0", () => {
    const ratio = (set: Record<string, number>) =>
      rectificationRatio(currentFromBath2({ ...set, dT: 0.6 }), currentFromBath2({ ...set, dT: -0.6 }));
    expect(ratio({ de: 0.5 })).toBeGreaterThan(0);
    expect(ratio({ de: -0.5 })).toBeLessThan(0);
    expect(ratio({ dg: 0.05 })).toBeLessThan(0);
    expectClose(ratio({}), 0, 1e-10);
  });

  it("never violates CHSH or I3322 at equilibrium with a product ground state, κ < 2√(ε1ε2) (Sec. 4.1)", () => {
    for (const Tm of [0.05, 0.2, 0.5, 1, 2]) {
      for (const set of [{ kappa: 1 }, { kappa: 1, de: 1 }] as Record<string, number>[]) {
        const problem = bosonic.problemAt({ ...set, Tm });
        const rho = steady(problem).rho;
        expect(horodeckiChshMaximum(rho)).toBeLessThanOrEqual(2);
        expect(maximiseI3322(rho).value).toBeLessThanOrEqual(4 + 1e-9);
      }
    }
  });

  it("violates CHSH at low temperature with an entangled ground state, κ > 2√(ε1ε2) (Fig. 3 (c))", () => {
    const problem = bosonic.problemAt({ Tm: 0.1 });
    expect(horodeckiChshMaximum(steady(problem).rho)).toBeGreaterThan(2.5);
  });
});

describe("zhang-wang-fermionic (001_a04d396bbf339a9e.txt)", () => {
  const fermionic = openCase("zhang-wang-fermionic");
  const fermionOptions = optionsOf(redfield, fermionic.problemAt({}));

  it("relaxes to the grand-canonical Gibbs state at equal chemical potentials (eq. (28))", () => {
    for (const mubar of [0.5, 1, 1.5]) {
      const problem = fermionic.problemAt({ mubar });
      const rho = redfield.steadyState!(problem, fermionOptions).rho!;
      const gibbs = gibbsState(problem.hamiltonian.dense(), 0.15, problem.numberOperator.dense(), mubar);
      expectClose(rho, gibbs, 1e-10);
    }
  });

  it("carries a particle current from the higher chemical potential that saturates at large bias (Sec. 5.1)", () => {
    const current = (dmu: number) => {
      const problem = fermionic.problemAt({ dmu });
      const rho = redfield.steadyState!(problem, fermionOptions).rho!;
      return redfield.currents!(problem, fermionOptions, rho).right.particle;
    };
    expect(current(0.5)).toBeGreaterThan(0);
    expect(current(-0.5)).toBeLessThan(0);
    expectClose(current(6) / current(4), 1, 1e-3);
  });
});
