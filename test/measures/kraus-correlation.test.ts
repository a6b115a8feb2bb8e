import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { builtinRegistry } from "../../src/builtins/registry.js";
import { openCase } from "../../src/cases/open-case.js";
import { scale } from "../../src/linalg/complex-matrix.js";
import { hermitianEigenvalues } from "../../src/linalg/eigen.js";
import { expm } from "../../src/linalg/expm.js";
import { choiMatrix } from "../../src/linalg/superoperator.js";
import {
  KRAUS_ROUTE_DIMENSION_LIMIT,
  krausRouteCorrelation,
  NotCompletelyPositiveError,
} from "../../src/measures/kraus-correlation.js";
import { regressionCorrelation } from "../../src/measures/regression-correlation.js";
import { parseOperatorString } from "../../src/operators/operator-string.js";
import { resolveInitialState } from "../../src/plugins/initial-state.js";
import { denseSuperoperator } from "../../src/superoperators/superoperator.js";
import { thermalisingMode } from "../helpers/inline-case.js";

const registry = builtinRegistry();
const flipflop = openCase("flipflop-qubits");

describe("two-time correlations through the Kraus operators of exp(Lτ)", () => {
  it("a thermal qubit: ⟨σ⁺(τ)σ⁻(0)⟩ = p_e e^{iωτ − Γτ/2}, Γ = γ(2n̄ + 1) (paper 000 eq. (17) with A = σ⁺, B = σ⁻)", () => {
    const engine = registry.engine("global-lindblad");
    const problem = thermalisingMode("spin").problemAt({ w: 1.3, T: 0.8, gamma: 0.1 });
    const options = registry.optionsFor(engine, problem);
    const rho = engine.steadyState!(problem, options).rho!;
    const thermal = 1 / Math.expm1(1.3 / 0.8);
    const total = 0.1 * (2 * thermal + 1);
    const excited = thermal / (2 * thermal + 1);
    const taus = Array.from({ length: 21 }, (_, k) => k * 2);
    const [plus, minus] = ["sp0", "sm0"].map((text) => parseOperatorString(text, problem.space));
    const c = krausRouteCorrelation(engine.generator!(problem, options).liouvillian, plus, minus, rho, taus);
    expect(c.method).toMatch(/^Kraus operators of exp\(Lτ\) from its 4×4 Choi matrix, 1-4 per τ$/);
    expect(c.errorEstimate).toBeLessThan(1e-12);
    taus.forEach((tau, k) => {
      const decay = excited * Math.exp((-total * tau) / 2);
      expect(c.re[k]).toBeCloseTo(decay * Math.cos(1.3 * tau), 11);
      expect(c.im[k]).toBeCloseTo(decay * Math.sin(1.3 * tau), 11);
    });
  });

  it("agrees with the regression route to 1e-10 on flipflop-qubits (global Lindblad), in the steady state and in ρ(t)", () => {
    const engine = registry.engine("global-lindblad");
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 0.3, noNaN: true }),
        fc.double({ min: 0, max: 1.5, noNaN: true }),
        fc.constantFrom(["sp0", "sm1"], ["X0", "X1"], ["sm0 sp1", "sp0 sm1"], ["Z0", "sp1 sm0"]),
        fc.constantFrom(undefined, 0.7, 12),
        (Gamma, dT, [aText, bText], at) => {
          const problem = flipflop.problemAt({ Gamma, dT });
          const options = registry.optionsFor(engine, problem);
          const rho =
            at === undefined
              ? engine.steadyState!(problem, options).rho!
              : engine.evolve!(problem, options, resolveInitialState("up,x-", problem, registry.context), [
                  at,
                ]).states[0];
          const [a, b] = [aText, bText].map((text) => parseOperatorString(text, problem.space));
          const { liouvillian } = engine.generator!(problem, options);
          const taus = [0, 0.3, 1, 4, 17, 60];
          const kraus = krausRouteCorrelation(liouvillian, a, b, rho, taus);
          const regression = regressionCorrelation(liouvillian, a, b, rho, taus, {
            method: "dense",
            tolerance: 1e-12,
          });
          expect(kraus.errorEstimate).toBeLessThan(1e-11);
          taus.forEach((_, k) => {
            expect(Math.abs(kraus.re[k] - regression.re[k])).toBeLessThan(1e-10);
            expect(Math.abs(kraus.im[k] - regression.im[k])).toBeLessThan(1e-10);
          });
          // no pair vanishes (the agreement is not 0 = 0), and σ⁺0 after σ⁻1 is complex
          expect(Math.max(...regression.re.map((re, k) => Math.hypot(re, regression.im[k])))).toBeGreaterThan(
            1e-3,
          );
          if (aText === "sp0") expect(Math.max(...regression.im.map(Math.abs))).toBeGreaterThan(1e-3);
        },
      ),
      { numRuns: 24 },
    );
  });

  it("keeps a completely positive map out to long delays: ⟨A(τ)B⟩ → ⟨A⟩⟨B⟩ as τ → ∞", () => {
    // the round-off threshold on the Choi eigenvalues grows with ‖L‖τ; a Lindblad map must pass at τ = 1e4
    const engine = registry.engine("global-lindblad");
    const problem = flipflop.problemAt({ dT: 0.4 });
    const options = registry.optionsFor(engine, problem);
    const rho = engine.steadyState!(problem, options).rho!;
    const [z, x] = ["Z0", "Z1"].map((text) => parseOperatorString(text, problem.space));
    const c = krausRouteCorrelation(engine.generator!(problem, options).liouvillian, z, x, rho, [1e3, 1e4]);
    const product = z.expectation(rho)[0] * x.expectation(rho)[0];
    expect(Math.abs(product)).toBeGreaterThan(1e-3);
    expect(c.re[1]).toBeCloseTo(product, 10);
    expect(c.im[1]).toBeCloseTo(0, 10);
  });

  it("refuses a Redfield map that is not completely positive, naming its most negative Choi eigenvalue and τ", () => {
    const engine = registry.engine("redfield");
    const problem = flipflop.problemAt({ dT: 2 });
    const options = registry.optionsFor(engine, problem);
    const rho = engine.steadyState!(problem, options).rho!;
    const { liouvillian } = engine.generator!(problem, options);
    const taus = [0, 0.2, 0.6, 1.5, 30];
    // the lowest Choi eigenvalue of exp(Lτ) on the grid, computed without the Kraus decomposition
    const matrix = denseSuperoperator(liouvillian);
    const lowest = taus.map((tau) => hermitianEigenvalues(choiMatrix(expm(scale(matrix, tau)), 4))[0]);
    const worst = lowest.indexOf(Math.min(...lowest));
    expect(lowest[worst]).toBeLessThan(-1e-4);
    const [a, b] = ["Z0", "sm0"].map((text) => parseOperatorString(text, problem.space));
    const attempt = () => krausRouteCorrelation(liouvillian, a, b, rho, taus);
    expect(attempt).toThrow(NotCompletelyPositiveError);
    expect(attempt).toThrow(
      `its Choi matrix has the eigenvalue ${lowest[worst].toExponential(2)} at τ = ${taus[worst]}`,
    );
    expect(attempt).toThrow(`negative at ${lowest.filter((value) => value < -1e-12).length} of 5 τ`);
  });

  it(`refuses a system above dimension ${KRAUS_ROUTE_DIMENSION_LIMIT} before building its Choi matrix`, () => {
    const engine = registry.engine("global-lindblad");
    const problem = openCase("tilted-ising-chain").problemAt({ N: 5 });
    const options = registry.optionsFor(engine, problem);
    const z = parseOperatorString("Z0", problem.space);
    expect(() =>
      krausRouteCorrelation(engine.generator!(problem, options).liouvillian, z, z, z.dense(), [1]),
    ).toThrow(/up to n = 16\. Value: 32\./);
  });
});
