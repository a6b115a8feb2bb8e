/**
 * The QuTiP adapter (adapters/qutip) against qmebench's own engines of the same approximation: global
 * Lindblad (Davies), local Lindblad and full Bloch-Redfield agree to round-off on the steady state, the
 * currents and the generator itself (same conventions: site basis, column stacking, S(ω) of the
 * description), on flipflop-qubits, zhang-wang-bosonic and the tilted Ising chain. Skipped, with the
 * reason in the name, when no python3 imports QuTiP.
 */
import { describe, expect, it } from "vitest";
import { builtinEngineRegistry } from "../../src/builtins/engines.js";
import { openCase } from "../../src/cases/open-case.js";
import { registerExternalEngines } from "../../src/external/register-external-engines.js";
import { parseInitialState } from "../../src/physics/named-states.js";
import { ComplexMatrix, maxAbs, maxAbsDifference } from "../../src/linalg/complex-matrix.js";
import type { BathCurrents, EngineOptions } from "../../src/plugins/engine.js";
import { denseSuperoperator } from "../../src/superoperators/superoperator.js";
import { mixedSitesCase } from "../helpers/mixed-sites-case.js";
import { anyPython, qutipAdapterSpec, qutipPython } from "../helpers/qutip-python.js";

/** Steady states and generators: both sides solve the same linear problem exactly. */
const TOLERANCE = 1e-8;

const PAIRS: { builtin: string; qutip: string; options?: EngineOptions }[] = [
  { builtin: "global-lindblad", qutip: "qutip-global-lindblad" },
  { builtin: "local-lindblad", qutip: "qutip-local-lindblad" },
  // the case files run redfield in the partial-secular form of paper 001 eq. (20) on zhang-wang-bosonic
  { builtin: "redfield", qutip: "qutip-redfield", options: { rotatingWave: false } },
];

const SITES = [
  ...openCase("flipflop-qubits").scenarios.map((s) => ({ case: "flipflop-qubits", set: s.set ?? {} })),
  ...openCase("zhang-wang-bosonic").scenarios.map((s) => ({ case: "zhang-wang-bosonic", set: s.set ?? {} })),
  ...openCase("tilted-ising-chain").scenarios.map((s) => ({ case: "tilted-ising-chain", set: s.set ?? {} })),
  { case: "tilted-ising-chain", set: { N: 4, theta: 0.7 } },
];

function largestCurrentDifference(a: Record<string, BathCurrents>, b: Record<string, BathCurrents>) {
  let difference = 0;
  let scale = 0;
  for (const bath of Object.keys(a)) {
    for (const key of ["energy", "particle", "heat"] as const) {
      difference = Math.max(difference, Math.abs(a[bath][key] - b[bath][key]));
      scale = Math.max(scale, Math.abs(a[bath][key]));
    }
  }
  return { difference, scale };
}

describe.skipIf(!qutipPython)("QuTiP adapter (skipped when no python3 imports qutip)", () => {
  const registry = builtinEngineRegistry();
  registerExternalEngines(registry, [qutipAdapterSpec(qutipPython!)]);

  it("describes its three engines by what they are", () => {
    expect(registry.engine("qutip-global-lindblad").traits).toEqual({
      approximation: "secular",
      markovian: true,
      lindbladForm: true,
    });
    expect(registry.engine("qutip-local-lindblad").traits.approximation).toBe("local");
    expect(registry.engine("qutip-redfield").traits).toMatchObject({
      approximation: "bloch-redfield",
      lindbladForm: false,
    });
    expect(registry.engine("qutip-redfield").options?.secCutoff).toMatchObject({ default: "none" });
  });

  for (const { builtin, qutip, options = {} } of PAIRS) {
    for (const site of SITES) {
      it(`${qutip} equals ${builtin} on ${site.case} ${JSON.stringify(site.set)}`, () => {
        const problem = openCase(site.case).problemAt(site.set);
        const ours = registry.engine(builtin);
        const theirs = registry.engine(qutip);
        const ourOptions = registry.optionsFor(ours, problem, options);
        const theirOptions = registry.optionsFor(theirs, problem);
        expect(theirs.supports(problem, theirOptions)).toBe(true);
        const rho = ours.steadyState!(problem, ourOptions).rho!;
        const other = theirs.steadyState!(problem, theirOptions).rho!;
        expect(maxAbsDifference(rho, other)).toBeLessThan(TOLERANCE);
        const currents = largestCurrentDifference(
          ours.currents!(problem, ourOptions, rho),
          theirs.currents!(problem, theirOptions, other),
        );
        expect(currents.difference).toBeLessThan(TOLERANCE * Math.max(currents.scale, 1e-3));
        if (problem.dimension <= 4) {
          const l = denseSuperoperator(ours.generator!(problem, ourOptions).liouvillian);
          const m = denseSuperoperator(theirs.generator!(problem, theirOptions).liouvillian);
          expect(maxAbsDifference(l, m)).toBeLessThan(TOLERANCE * maxAbs(l));
        }
      });
    }
  }

  for (const { builtin, qutip } of PAIRS.slice(0, 2)) {
    it(`${qutip} equals ${builtin} with every kind of site (spin, three-level mode, fermionic lead, dephasing)`, () => {
      const problem = mixedSitesCase().problemAt({});
      const ours = registry.engine(builtin);
      const theirs = registry.engine(qutip);
      // Liouvillian dimension 576: the dense method (krylov, the default there, is for weak dissipation)
      const rho = ours.steadyState!(problem, registry.optionsFor(ours, problem, { method: "dense" })).rho!;
      const other = theirs.steadyState!(problem, {}).rho!;
      expect(maxAbsDifference(rho, other)).toBeLessThan(TOLERANCE);
      expect(Math.abs(rho.re(0, 0) - 1 / 24)).toBeGreaterThan(1e-3); // not a trivial state
    });
  }

  it("reports a degenerate steady state as such, and the asymptotic state of an initial state", () => {
    const problem = openCase("longstaff-machine").problemAt({}); // no noise: two steady states (paper 002)
    const ours = registry.engine("global-lindblad");
    const theirs = registry.engine("qutip-global-lindblad");
    const degenerate = theirs.steadyState!(problem, {});
    expect(degenerate).toMatchObject({ rho: null, dimension: 2 });
    const initialState = parseInitialState("x+,x+", problem.space);
    const expected = ours.steadyState!(problem, registry.optionsFor(ours, problem), { initialState }).rho!;
    const asymptotic = theirs.steadyState!(problem, {}, { initialState }).rho!;
    expect(maxAbsDifference(asymptotic, expected)).toBeLessThan(TOLERANCE);
  });

  it("evolves as exp(Lt) does, within the error it estimates", () => {
    const problem = openCase("flipflop-qubits").problemAt({ dT: 0.5 });
    const rho0 = ComplexMatrix.diagonal([1, 0, 0, 0]);
    const times = [0, 5, 20];
    const ours = registry.engine("global-lindblad").evolve!(problem, {}, rho0, times).states;
    const theirs = registry.engine("qutip-global-lindblad").evolve!(problem, {}, rho0, times);
    expect(theirs.method).toMatch(/^qutip\.mesolve/);
    expect(theirs.errorEstimate).toBeGreaterThan(0);
    expect(theirs.errorEstimate).toBeLessThan(1e-6);
    for (let k = 0; k < times.length; k++) {
      expect(maxAbsDifference(ours[k], theirs.states[k])).toBeLessThan(Math.max(theirs.errorEstimate, 1e-12));
    }
    expect(ours[2].re(0, 0)).toBeLessThan(0.9); // it did move
  });

  it("says what it does not support", () => {
    const redfield = registry.engine("qutip-redfield");
    const leads = openCase("zhang-wang-fermionic").problemAt({});
    expect(redfield.supports(leads, registry.optionsFor(redfield, leads))).toMatch(
      /bath left \(fermion\) has channels with different spectra/,
    );
    const chain = openCase("tilted-ising-chain").problemAt({ N: 5 });
    expect(redfield.supports(chain, {})).toMatch(/dimension 32 exceeds the limit 16/);
  });

  it("with the secular cutoff of QuTiP, equals the global Lindblad engine where every Bohr frequency is distinct", () => {
    const problem = openCase("flipflop-qubits").problemAt({ dT: 0.5 });
    const secular = registry.engine("qutip-redfield").steadyState!(problem, { secCutoff: 0.01 }).rho!;
    const global = registry.engine("global-lindblad").steadyState!(problem, {}).rho!;
    expect(maxAbsDifference(secular, global)).toBeLessThan(TOLERANCE);
  });
});

describe.skipIf(!anyPython)("QuTiP adapter without QuTiP (skipped when there is no python3 at all)", () => {
  // python3 -S: no site-packages, so neither numpy nor QuTiP imports; describe needs neither
  const registry = builtinEngineRegistry();
  registerExternalEngines(registry, [qutipAdapterSpec(anyPython!, ["-S"])]);

  it("lists its engines and says in supports that QuTiP is missing", () => {
    const problem = openCase("flipflop-qubits").problemAt({});
    for (const id of ["qutip-global-lindblad", "qutip-local-lindblad", "qutip-redfield"]) {
      expect(registry.engine(id).supports(problem, {})).toMatch(/qutip not installed for .*python3-qutip/);
    }
  });
});
