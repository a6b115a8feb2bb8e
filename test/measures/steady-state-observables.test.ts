import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ComplexMatrix, scale } from "../../src/linalg/complex-matrix.js";
import { steadyStateObservables } from "../../src/measures/steady-state-observables.js";
import { gibbsState } from "../../src/physics/gibbs-state.js";
import type { Problem } from "../../src/physics/problem.js";
import { expectClose } from "../helpers/expect-close.js";
import { operatorOf } from "../helpers/operators.js";
import { flipFlopQubits } from "./qubit-baths.js";
import { bellStates, densityMatrixArbitrary } from "./random-states.js";

/** A bare Problem around a Hamiltonian (the observables read only the sites, the dimension and H_S). */
function problemOf(hamiltonian: ComplexMatrix, siteKind: "spin" | "fermion"): Problem {
  const h = operatorOf(hamiltonian, siteKind, "H");
  return {
    caseId: "test",
    parameters: {},
    space: h.space,
    sites: h.space.sites,
    dimension: hamiltonian.rows,
    hamiltonian: h,
    hamiltonianTerms: [],
    numberOperator: operatorOf(ComplexMatrix.zeros(hamiltonian.rows), siteKind, "N"),
    baths: [],
    extraDissipators: [],
    engineOptions: {},
    siteObservables: [],
    operatorObservables: [],
  };
}

const flipFlop = flipFlopQubits(3, 1, 0.05, { left: 1, right: 1 }).hamiltonian;

describe("steadyStateObservables", () => {
  it("has exactly the keys of `solve --json` observables, in order (spin and fermion cases)", () => {
    const rho = gibbsState(flipFlop, 1);
    expect(Object.keys(steadyStateObservables(rho, problemOf(flipFlop, "spin")))).toEqual([
      "sz",
      "purity",
      "smallestEigenvalue",
      "entropy",
      "energyCoherence",
      "concurrence",
      "chsh",
    ]);
    expect(Object.keys(steadyStateObservables(rho, problemOf(flipFlop, "fermion")))[0]).toBe("occupation");
    const oneSite = steadyStateObservables(
      ComplexMatrix.diagonal([0.3, 0.7]),
      problemOf(ComplexMatrix.diagonal([1, -1]), "spin"),
    );
    expect(Object.keys(oneSite)).toEqual([
      "sz",
      "purity",
      "smallestEigenvalue",
      "entropy",
      "energyCoherence",
    ]);
    expect(oneSite.smallestEigenvalue).toBeCloseTo(0.3, 15);
    expectClose(oneSite.sz as number[], [-0.4], 1e-15);
  });

  it("of a Bell state: pure, maximally entangled, Tsirelson-violating, σz = 0, n = ½", () => {
    const rho = bellStates()["psi+"];
    const spin = steadyStateObservables(rho, problemOf(flipFlop, "spin"));
    expectClose([spin.purity, spin.entropy!, spin.concurrence!, spin.chsh!], [1, 0, 1, 2 * Math.SQRT2], 1e-7);
    expectClose(spin.sz as number[], [0, 0], 1e-15);
    expectClose(
      steadyStateObservables(rho, problemOf(flipFlop, "fermion")).occupation as number[],
      [0.5, 0.5],
      1e-15,
    );
  });

  it("of the maximally mixed state: purity ¼, entropy 2 ln 2, no coherence, entanglement or CHSH correlation", () => {
    const o = steadyStateObservables(scale(ComplexMatrix.identity(4), 0.25), problemOf(flipFlop, "spin"));
    expectClose(
      [o.purity, o.entropy!, o.energyCoherence!, o.concurrence!, o.chsh!],
      [0.25, 2 * Math.LN2, 0, 0, 0],
      1e-14,
    );
  });

  it("of Gibbs states has no energy coherence and entropy ≤ 2 ln 2", () => {
    fc.assert(
      fc.property(fc.double({ min: 0.05, max: 50, noNaN: true }), (t) => {
        const o = steadyStateObservables(gibbsState(flipFlop, t), problemOf(flipFlop, "spin"));
        expectClose(o.energyCoherence!, 0, 1e-12);
        expect(o.entropy).toBeLessThanOrEqual(2 * Math.LN2 + 1e-12);
      }),
    );
  });

  it("reuses a given eigendecomposition of H_S with the same result", () => {
    fc.assert(
      fc.property(densityMatrixArbitrary(4), (rho) => {
        const problem = problemOf(flipFlop, "spin");
        const direct = steadyStateObservables(rho, problem);
        const reused = steadyStateObservables(rho, problem, {
          hamiltonianEigen: { values: Float64Array.from([-3, -1, 1, 3]), vectors: eigenvectorsOfFlipFlop() },
        });
        expectClose(reused.energyCoherence!, direct.energyCoherence!, 1e-12);
      }),
      { numRuns: 20 },
    );
  });

  it("gives no entropy or concurrence for a matrix that is not positive, and says how negative it is", () => {
    const notPositive = ComplexMatrix.diagonal([0.6, 0.45, 0, -0.05]);
    const o = steadyStateObservables(notPositive, problemOf(flipFlop, "spin"));
    expect(o.smallestEigenvalue).toBeCloseTo(-0.05, 15);
    expect(o.entropy).toBeNull(); // not a state: no von Neumann entropy, rather than a plausible number
    expect(o.concurrence).toBeNull();
    expect(Number.isFinite(o.chsh)).toBe(true);
  });

  it("rejects a state of the wrong dimension", () => {
    expect(() => steadyStateObservables(ComplexMatrix.identity(2), problemOf(flipFlop, "spin"))).toThrow(
      /4x4/,
    );
  });
});

/**
 * Eigenvectors of H = (3/2)(σz0 + σz1) + (σ⁺0σ⁻1 + h.c.) for energies −3 (|11⟩), −1 ((|01⟩ − |10⟩)/√2),
 * 1 ((|01⟩ + |10⟩)/√2), 3 (|00⟩), written out by hand.
 */
function eigenvectorsOfFlipFlop(): ComplexMatrix {
  const s = Math.SQRT1_2;
  return ComplexMatrix.from([
    [0, 0, 0, 1],
    [0, s, s, 0],
    [0, -s, s, 0],
    [1, 0, 0, 0],
  ]);
}
