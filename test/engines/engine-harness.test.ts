import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { allCases } from "../../src/cli/open-case.js";
import { adjoint, ComplexMatrix, maxAbs, maxAbsDifference, trace } from "../../src/linalg/complex-matrix.js";
import { hermitianEigenvalues } from "../../src/linalg/eigen.js";
import { applySuperoperator } from "../../src/linalg/superoperator.js";
import { bathCurrents } from "../../src/measures/currents.js";
import { BUILTIN_ENGINES } from "../../src/plugins/builtin-engines.js";
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
      expect(result.dimension).toBeGreaterThanOrEqual(1);
      if (result.dimension > 1) {
        // A degenerate kernel is reported, never guessed: no state, and a warning naming the conserved
        // quantities (the left kernel of L, e.g. the spin-x parity of 002_2a2ed7907f7a4e96.txt eq. (18)).
        expect(result.rho).toBeNull();
        expect(result.warnings.join(" ")).toMatch(/conserved quantities/);
      }
      const generator = engine.generator?.(problem, options);
      fc.assert(
        fc.property(densityMatrixArbitrary(problem.dimension), (rho0) => {
          // With an initial state the asymptotic state ρ∞ = Σ_k Tr[l_k† ρ0] r_k is returned; for a unique
          // steady state it is the same state whatever ρ0.
          const rho =
            result.dimension > 1
              ? engine.steadyState!(problem, options, { initialState: rho0 }).rho!
              : result.rho!;
          expectPhysicalSteadyState(rho, generator?.liouvillian);
        }),
        { numRuns: result.dimension > 1 ? 5 : 1 },
      );
    });

    run("relaxes from any initial state to the steady state", () => {
      if (!engine.evolve || !engine.steadyState || !engine.generator) return;
      const { rho: uniqueState } = engine.steadyState(problem, options);
      // Long compared with the relaxation time 1/min(rate) of the shipped cases: the slowest of the bath
      // dissipators and the extra (noise) dissipators sets it.
      const generator = engine.generator(problem, options);
      const rates = [
        ...Object.values(generator.bathDissipators).map(maxAbs),
        ...problem.extraDissipators.filter((d) => d.rate > 0).map((d) => d.rate),
      ];
      const nonZero = rates.filter((r) => r > 0);
      // Without any dissipation (e.g. the local equation of longstaff-machine, whose local Bohr frequencies
      // are all 0 where the ohmic rate vanishes) the evolution is unitary and nothing relaxes.
      if (nonZero.length === 0) return;
      const longTime = 400 / Math.min(...nonZero);
      fc.assert(
        fc.property(densityMatrixArbitrary(problem.dimension), (rho0) => {
          const [late] = engine.evolve!(problem, options, rho0, [longTime]);
          const asymptotic =
            uniqueState ?? engine.steadyState!(problem, options, { initialState: rho0 }).rho!;
          expect(maxAbsDifference(late, asymptotic)).toBeLessThan(1e-8);
        }),
        { numRuns: 5 },
      );
    });

    run("gives the currents Tr[H D_α(ρ)], Tr[N D_α(ρ)] of its bath dissipators D_α for any state", () => {
      if (!engine.currents || !engine.generator) return;
      const { bathDissipators } = engine.generator(problem, options);
      const chemicalPotentials = Object.fromEntries(problem.baths.map((b) => [b.name, b.chemicalPotential]));
      const scale = Math.max(1, ...Object.values(bathDissipators).map(maxAbs)) * maxAbs(problem.hamiltonian);
      fc.assert(
        fc.property(densityMatrixArbitrary(problem.dimension), (rho) => {
          const expected = bathCurrents(
            rho,
            problem.hamiltonian,
            problem.numberOperator,
            bathDissipators,
            chemicalPotentials,
          );
          const currents = engine.currents!(problem, options, rho);
          for (const [bath, { energy, particle, heat }] of Object.entries(expected)) {
            expect(Math.abs(currents[bath].energy - energy)).toBeLessThan(1e-12 * scale);
            expect(Math.abs(currents[bath].particle - particle)).toBeLessThan(1e-12 * scale);
            expect(Math.abs(currents[bath].heat - heat)).toBeLessThan(1e-12 * scale);
          }
        }),
        { numRuns: 10 },
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

/** ρ is a normalised, Hermitian, positive state annihilated by L (when the generator is known). */
function expectPhysicalSteadyState(rho: ComplexMatrix, liouvillian: ComplexMatrix | undefined): void {
  const [re, im] = trace(rho);
  expect(Math.abs(re - 1)).toBeLessThan(1e-12);
  expect(Math.abs(im)).toBeLessThan(1e-12);
  expect(maxAbsDifference(rho, adjoint(rho))).toBeLessThan(1e-13);
  expect(hermitianEigenvalues(rho)[0]).toBeGreaterThan(-1e-10);
  if (liouvillian) {
    const residual = maxAbs(applySuperoperator(liouvillian, rho));
    expect(residual).toBeLessThan(1e-12 * maxAbs(liouvillian));
  }
}

it("the harness sees every built-in engine and at least one case", () => {
  expect(cases.length).toBeGreaterThan(0);
  expect(new Set(combinations.map((c) => c.engine.id))).toEqual(new Set(BUILTIN_ENGINES.map((e) => e.id)));
  expect(ComplexMatrix.identity(1).rows).toBe(1);
});
