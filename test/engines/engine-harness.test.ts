import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { allCases } from "../../src/cli/open-case.js";
import { adjoint, ComplexMatrix, maxAbs, maxAbsDifference, trace } from "../../src/linalg/complex-matrix.js";
import { hermitianEigenvalues } from "../../src/linalg/eigen.js";
import { applySuperoperator } from "../../src/linalg/superoperator.js";
import { BUILTIN_ENGINES } from "../../src/plugins/builtin.js";
import { densityMatrixArbitrary } from "../helpers/random-operators.js";

/**
 * The shared harness: every registered engine against every shipped case and scenario it supports.
 * An engine is under these checks the moment it is added to BUILTIN_ENGINES.
 */
const cases = allCases();
const combinations = cases.flatMap((prepared) =>
  (prepared.definition.scenarios ?? [{ name: "defaults", set: {} }]).flatMap((scenario) =>
    BUILTIN_ENGINES.map((engine) => ({ prepared, scenario, engine })),
  ),
);

describe.each(combinations)(
  "$engine.id on $prepared.definition.id/$scenario.name",
  ({ prepared, scenario, engine }) => {
    const problem = prepared.problemAt(scenario.set ?? {});
    const supported = engine.supports(problem);
    const options = prepared.engineOptions(engine.id);
    const run = supported === true ? it : it.skip;

    run("has a trace- and hermiticity-preserving generator", () => {
      const generator = engine.generator?.(problem, options);
      if (!generator) return;
      fc.assert(
        fc.property(densityMatrixArbitrary(problem.dimension), (rho) => {
          const image = applySuperoperator(generator.liouvillian, rho);
          const scale = maxAbs(generator.liouvillian);
          expect(Math.hypot(...trace(image))).toBeLessThan(1e-12 * scale);
          expect(maxAbsDifference(image, adjoint(image))).toBeLessThan(1e-12 * scale);
        }),
        { numRuns: 20 },
      );
    });

    run("has a normalised, Hermitian, positive steady state annihilated by L", () => {
      const result = engine.steadyState?.(problem, options);
      if (!result) return;
      expect(result.dimension).toBe(1);
      const rho = result.rho!;
      const [re, im] = trace(rho);
      expect(Math.abs(re - 1)).toBeLessThan(1e-12);
      expect(Math.abs(im)).toBeLessThan(1e-12);
      expect(maxAbsDifference(rho, adjoint(rho))).toBeLessThan(1e-13);
      expect(hermitianEigenvalues(rho)[0]).toBeGreaterThan(-1e-10);
      const generator = engine.generator?.(problem, options);
      if (generator) {
        const residual = maxAbs(applySuperoperator(generator.liouvillian, rho));
        expect(residual).toBeLessThan(1e-12 * maxAbs(generator.liouvillian));
      }
    });

    run("relaxes from any initial state to the steady state", () => {
      if (!engine.evolve || !engine.steadyState || !engine.generator) return;
      const rhoSS = engine.steadyState(problem, options).rho!;
      // Long compared with the relaxation time 1/max|D_α| of the shipped cases (whose rates are comparable).
      const generator = engine.generator(problem, options);
      const longTime = 400 / Math.max(...Object.values(generator.bathDissipators).map(maxAbs));
      fc.assert(
        fc.property(densityMatrixArbitrary(problem.dimension), (rho0) => {
          const [late] = engine.evolve!(problem, options, rho0, [longTime]);
          expect(maxAbsDifference(late, rhoSS)).toBeLessThan(1e-8);
        }),
        { numRuns: 5 },
      );
    });

    run("conserves energy at the steady state (Σ_α J^E_α = 0)", () => {
      const rho = engine.steadyState?.(problem, options).rho;
      if (!rho || !engine.currents || problem.extraDissipators.length > 0) return;
      const currents = Object.values(engine.currents(problem, options, rho));
      const total = currents.reduce((acc, c) => acc + c.energy, 0);
      const scale = Math.max(...currents.map((c) => Math.abs(c.energy)), 1e-12);
      expect(Math.abs(total)).toBeLessThan(1e-9 * scale + 1e-15);
    });
  },
);

it("the harness sees every built-in engine and at least one case", () => {
  expect(cases.length).toBeGreaterThan(0);
  expect(new Set(combinations.map((c) => c.engine.id))).toEqual(new Set(BUILTIN_ENGINES.map((e) => e.id)));
  expect(ComplexMatrix.identity(1).rows).toBe(1);
});
