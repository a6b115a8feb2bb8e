import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ComplexMatrix } from "../../src/linalg/complex-matrix.js";
import { hermitianEigenvalues } from "../../src/linalg/eigen.js";
import { adjointSuperoperator, applySuperoperator } from "../../src/linalg/superoperator.js";
import { integrateAdaptive } from "../../src/physics/newns/adaptive-quadrature.js";
import { correlationTrajectory } from "../../src/physics/newns/correlation-evolution.js";
import { energyDistribution } from "../../src/physics/newns/energy-distribution.js";
import { eigenmodeOperators, epaGenerator } from "../../src/physics/newns/epa-generator.js";
import { asymptoticNonMarkovianity, epaRates } from "../../src/physics/newns/epa-rates.js";
import { exactPropagator } from "../../src/physics/newns/exact-evolution.js";
import {
  gaussianDoubleOccupancy,
  siteCorrelationOfState,
  twoModeDensityMatrix,
} from "../../src/physics/newns/gaussian-state.js";
import { newnsModel } from "../../src/physics/newns/newns-model.js";
import { exactSteadyState } from "../../src/physics/newns/steady-state-correlation.js";
import { fermiDirac } from "../../src/physics/thermal.js";
import { expectClose } from "../helpers/expect-close.js";

const FIG4A = { h: 1, delta: 0.1, g: 0.5, Gamma: 0.2, Omega: 100, TL: 0.1, TR: 0.1, muL: 1, muR: 0 };

function integrateBand(model: ReturnType<typeof newnsModel>, f: (omega: number) => number): number {
  const { Omega } = model;
  return integrateAdaptive(
    (q, out) => {
      out[0] = f(-Omega * Math.cos(q)) * Omega * Math.sin(q);
    },
    1,
    0,
    Math.PI,
    [],
    { absoluteTolerance: 1e-12 },
  ).values[0];
}

describe("newns model (paper 004)", () => {
  it("rejects parameters that break the relaxation condition eq. (34)", () => {
    expect(() => newnsModel({ ...FIG4A, h: 99.8 })).toThrow(/eq\. 34/);
  });

  it("φ_j is normalised, eq. (26)", () => {
    const model = newnsModel(FIG4A);
    for (const j of [0, 1] as const)
      expectClose(
        integrateBand(model, (w) => energyDistribution(model, j, w)),
        1,
        1e-9,
      );
  });
});

describe("exact steady state, eq. (32)", () => {
  it("at equal leads C is diagonal with C_jj = ∫φ_j f, eq. (38), tending to f(E_j) as Γ → 0", () => {
    const model = newnsModel({ ...FIG4A, muL: 1, muR: 1 });
    const C = exactSteadyState(model).eigenmodeCorrelation;
    expectClose(Math.hypot(C.re(0, 1), C.im(0, 1)), 0, 1e-9);
    for (const j of [0, 1] as const) {
      const expected = integrateBand(model, (w) => energyDistribution(model, j, w) * fermiDirac(w, 1, 0.1));
      expectClose(C.re(j, j), expected, 1e-9);
    }
    const weak = newnsModel({ ...FIG4A, muL: 1, muR: 1, Gamma: 1e-4 });
    const Cw = exactSteadyState(weak).eigenmodeCorrelation;
    expectClose(Cw.re(0, 0), fermiDirac(weak.energies[0], 1, 0.1), 1e-3);
    expectClose(Cw.re(1, 1), fermiDirac(weak.energies[1], 1, 0.1), 1e-3);
  });

  it("the Landauer current eq. (43) equals the internal current g Im C_LR (eq. 42) over random parameters", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.5, max: 2, noNaN: true }),
        fc.double({ min: -0.5, max: 0.5, noNaN: true }),
        fc.double({ min: 0.05, max: 1, noNaN: true }),
        fc.double({ min: 0.01, max: 0.5, noNaN: true }),
        fc.double({ min: 0.01, max: 1, noNaN: true }),
        fc.double({ min: -1, max: 3, noNaN: true }),
        (h, delta, g, Gamma, TL, muL) => {
          const model = newnsModel({ h, delta, g, Gamma, Omega: 20, TL, TR: 0.3, muL, muR: 0.5 });
          const state = exactSteadyState(model);
          expectClose(state.particleCurrent, g * state.siteCorrelation.im(0, 1), 1e-8);
          // 0 ≤ C ≤ 1 (text after eq. 21)
          const eigen = hermitianEigenvalues(state.eigenmodeCorrelation);
          expect(eigen[0]).toBeGreaterThan(-1e-10);
          expect(eigen[1]).toBeLessThan(1 + 1e-10);
        },
      ),
      { numRuns: 25 },
    );
  });

  it("the Landauer currents obey the second law, eq. (2)", () => {
    const model = newnsModel({ ...FIG4A, TL: 0.5, TR: 0.05, muL: 1.2, muR: 0.8 });
    const { particleCurrent: n, energyCurrent: e } = exactSteadyState(model);
    const sigma = -((e - 1.2 * n) / 0.5) - (-e + 0.8 * n) / 0.05;
    expect(sigma).toBeGreaterThan(0);
  });
});

describe("Gaussian two-mode state", () => {
  it("reproduces its correlation matrix, has D = det C and is positive", () => {
    const model = newnsModel(FIG4A);
    const { siteCorrelation, eigenmodeCorrelation } = exactSteadyState(model);
    const rho = twoModeDensityMatrix(siteCorrelation, gaussianDoubleOccupancy(eigenmodeCorrelation));
    const back = siteCorrelationOfState(rho);
    for (let a = 0; a < 2; a++)
      for (let b = 0; b < 2; b++) {
        expectClose(back.re(a, b), siteCorrelation.re(a, b), 1e-14);
        expectClose(back.im(a, b), siteCorrelation.im(a, b), 1e-14);
      }
    expect(hermitianEigenvalues(rho)[0]).toBeGreaterThan(0);
  });
});

describe("exact evolution, eqs. (24), (29)-(31)", () => {
  it("relaxes from the vacuum to C(∞) of eq. (32), with D(∞) = det C(∞)", () => {
    const model = newnsModel({ ...FIG4A, Omega: 10 });
    const propagator = exactPropagator(model, 80);
    const trajectory = correlationTrajectory(model, propagator, ComplexMatrix.zeros(2), 0, [80]);
    const C = trajectory.correlations[0];
    const steady = exactSteadyState(model).eigenmodeCorrelation;
    expectClose(C.re(0, 0), steady.re(0, 0), 2e-5);
    expectClose(C.im(0, 1), steady.im(0, 1), 2e-5);
    expectClose(trajectory.doubleOccupancies[0], gaussianDoubleOccupancy(steady), 2e-5);
  });
});

describe("EPA rates, eq. (55)", () => {
  const model = newnsModel(FIG4A);
  const rates = epaRates(model);

  it("L_int† leaves the populations alone and L_int†(d1†d2) = Λ⁺12, eq. (68)", () => {
    const h = ComplexMatrix.zeros(4);
    const { interference } = epaGenerator(model, h, rates);
    const adjointInterference = adjointSuperoperator(interference);
    const [d1, d2] = eigenmodeOperators(model);
    const dag = (a: ComplexMatrix) =>
      ComplexMatrix.from(
        Array.from({ length: 4 }, (_, i) => Array.from({ length: 4 }, (_, k) => a.re(k, i))),
        Array.from({ length: 4 }, (_, i) => Array.from({ length: 4 }, (_, k) => -a.im(k, i))),
      );
    const mul = (a: ComplexMatrix, b: ComplexMatrix) => {
      const out = ComplexMatrix.zeros(4);
      for (let i = 0; i < 4; i++)
        for (let k = 0; k < 4; k++) {
          let re = 0;
          let im = 0;
          for (let l = 0; l < 4; l++) {
            re += a.re(i, l) * b.re(l, k) - a.im(i, l) * b.im(l, k);
            im += a.re(i, l) * b.im(l, k) + a.im(i, l) * b.re(l, k);
          }
          out.set(i, k, re, im);
        }
      return out;
    };
    for (const d of [d1, d2]) {
      const population = applySuperoperator(adjointInterference, mul(dag(d), d));
      for (let i = 0; i < 32; i++) expect(Math.abs(population.data[i])).toBeLessThan(1e-12);
    }
    const coherence = applySuperoperator(adjointInterference, mul(dag(d1), d2));
    // Λ⁺12 times the identity
    for (let i = 0; i < 4; i++) {
      expectClose(coherence.re(i, i), rates.gain.re(0, 1), 1e-12);
      expectClose(coherence.im(i, i), rates.gain.im(0, 1), 1e-12);
    }
  });

  it("has no negative canonical rate at equal leads and ν∞ > 0 with μL between the levels at low T (Fig. 5)", () => {
    expect(asymptoticNonMarkovianity(epaRates(newnsModel({ ...FIG4A, muR: 1 })))).toBe(0);
    const fig5 = newnsModel({
      h: 1,
      delta: 0,
      g: 0.5,
      Gamma: 0.01,
      Omega: 10,
      TL: 0.01,
      TR: 0.01,
      muL: 1,
      muR: -1,
    });
    expect(asymptoticNonMarkovianity(epaRates(fig5))).toBeGreaterThan(0);
  });
});
