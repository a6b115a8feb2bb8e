import type { PreparedCase } from "../../src/cases/build-problem.js";
import type { ComplexMatrix } from "../../src/linalg/complex-matrix.js";
import type { PropertyInput } from "../../src/testing/property-tester.js";
import type { GeneratorReplacement } from "./mutant-generators.js";
import { flipflop, longstaff, newns } from "./property-cases.js";

/** A point of a case: the case and one of its scenarios. */
export interface CasePoint {
  prepared: PreparedCase;
  scenario: string;
}

/** The points of one case at each of `scenarios`. */
export const casePoints = (prepared: PreparedCase, scenarios: readonly string[]): CasePoint[] =>
  scenarios.map((scenario) => ({ prepared, scenario }));

/** Each of `cases` at its scenario "equilibrium" (every bath at one temperature and chemical potential). */
export const atEquilibrium = (...cases: PreparedCase[]): CasePoint[] =>
  cases.map((prepared) => ({ prepared, scenario: "equilibrium" }));

/** One input per engine and point, `${engine} on ${case} (${scenario}): ${why}`. */
export function inputsAt(points: readonly (CasePoint & { engine: string })[], why: string): PropertyInput[] {
  return points.map(({ prepared, scenario, engine }) => ({
    name: `${engine} on ${prepared.definition.id} (${scenario}): ${why}`,
    case: prepared,
    scenario,
    engine,
  }));
}

/** Every engine at every point (engine by engine), named as `inputsAt` names them. */
export function engineInputs(
  engines: readonly string[],
  points: readonly CasePoint[],
  why: string,
): PropertyInput[] {
  const withEngine = (engine: string) => points.map((point) => ({ ...point, engine }));
  return engines.flatMap((engine) => inputsAt(withEngine(engine), why));
}

/** The kraus engine: the Kraus decomposition of exp(Lτ) of the `base` engine's generator L. */
export const krausOf = (
  name: string,
  prepared: PreparedCase,
  scenario: string,
  base = "global-lindblad",
) => ({
  name,
  case: prepared,
  scenario,
  engine: "kraus",
  options: { base },
});

/** The kraus engine with its base's generator replaced (`generator` undefined: the base's own). */
export const krausWithGenerator = (
  name: string,
  prepared: PreparedCase,
  scenario: string,
  base: string,
  generator?: GeneratorReplacement,
) => ({ ...krausOf(name, prepared, scenario, base), replace: generator && { generator } });

/** Any two-qubit matrix `rho` as the steady state of flipflop-qubits at equilibrium (global Lindblad). */
export const asFlipflopSteadyState = (name: string, rho: ComplexMatrix): PropertyInput => ({
  name,
  case: flipflop,
  scenario: "equilibrium",
  engine: "global-lindblad",
  replace: { steadyState: () => rho },
});

/** The exact Newns solution: closed-form states and currents, no generator for a property to examine. */
export const newnsExactWithoutGenerator: PropertyInput = {
  name: "newns-exact (no generator)",
  case: newns,
  scenario: "biased",
  engine: "newns-exact",
};

/** The noiseless longstaff-machine: a strong symmetry leaves two steady states (002 eqs. (19)-(21)). */
export const noiselessLongstaff = (name: string): PropertyInput => ({
  name,
  case: longstaff,
  scenario: "noiseless",
  engine: "global-lindblad",
});
