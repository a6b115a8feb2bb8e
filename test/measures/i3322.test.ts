import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { add, type ComplexMatrix, kron, multiply, scale, trace } from "../../src/linalg/complex-matrix.js";
import type { BlochDirection } from "../../src/measures/chsh.js";
import { horodeckiChshMaximum } from "../../src/measures/chsh.js";
import { i3322Value, maximiseI3322 } from "../../src/measures/i3322.js";
import { PAULI_I, PAULI_X, PAULI_Y, PAULI_Z } from "../../src/physics/spin-operators.js";
import { openCase } from "../../src/cases/open-case.js";
import { expectClose } from "../helpers/expect-close.js";
import { engineOf, optionsOf } from "../helpers/registry.js";
import { bellStates, ketArbitrary, projector, twoQubitStateArbitrary, wernerState } from "./random-states.js";

const directionArbitrary = fc
  .tuple(fc.double({ min: -1, max: 1, noNaN: true }), fc.double({ min: 0, max: 2 * Math.PI, noNaN: true }))
  .map(([z, phi]): BlochDirection => {
    const r = Math.sqrt(1 - z * z);
    return [r * Math.cos(phi), r * Math.sin(phi), z];
  });
const settingsArbitrary = fc
  .tuple(...Array.from({ length: 6 }, () => directionArbitrary))
  .map(([a1, a2, a3, b1, b2, b3]) => ({
    alice: [a1, a2, a3] as [BlochDirection, BlochDirection, BlochDirection],
    bob: [b1, b2, b3] as [BlochDirection, BlochDirection, BlochDirection],
  }));

function spinAlong(n: BlochDirection): ComplexMatrix {
  return add(add(scale(PAULI_X, n[0]), scale(PAULI_Y, n[1])), scale(PAULI_Z, n[2]));
}

/** The Bell operator of 001_a04d396bbf339a9e.txt eq. (6), written out term by term. */
function bellOperator3322(alice: BlochDirection[], bob: BlochDirection[]): ComplexMatrix {
  const [A1, A2, A3] = alice.map(spinAlong);
  const [B1, B2, B3] = bob.map(spinAlong);
  const terms = [
    kron(A1, add(add(B1, B2), B3)),
    kron(A2, add(add(B1, B2), scale(B3, -1))),
    kron(A3, add(B1, scale(B2, -1))),
    kron(add(A1, A2), PAULI_I),
    scale(kron(PAULI_I, add(B1, B2)), -1),
  ];
  return terms.reduce((sum, term) => add(sum, term));
}

describe("I3322 value and maximum (001_a04d396bbf339a9e.txt eqs. (6)-(8))", () => {
  it("equals Tr[B3322 ρ] with the Bell operator of eq. (6) built explicitly", () => {
    fc.assert(
      fc.property(twoQubitStateArbitrary(), settingsArbitrary, (rho, settings) => {
        const [expected] = trace(multiply(bellOperator3322(settings.alice, settings.bob), rho));
        expectClose(i3322Value(rho, settings), expected, 1e-12);
      }),
      { numRuns: 50 },
    );
  });

  it("reaches the quantum maximum 5 for every Bell state", () => {
    for (const [name, rho] of Object.entries(bellStates())) {
      expectClose(maximiseI3322(rho).value, 5, 1e-9, name);
    }
  });

  it("gives 5p for a Werner state, so I3322 is violated only for p > 4/5 (Collins & Gisin 2004)", () => {
    for (const p of [0, 0.3, 0.79, 0.81, 1]) expectClose(maximiseI3322(wernerState(p)).value, 5 * p, 1e-9);
  });

  it("is at most 5 for every state and at least the value at any settings", () => {
    fc.assert(
      fc.property(twoQubitStateArbitrary(), settingsArbitrary, (rho, settings) => {
        const { value } = maximiseI3322(rho);
        expect(value).toBeLessThanOrEqual(5 + 1e-12);
        expect(value).toBeGreaterThanOrEqual(i3322Value(rho, settings) - 1e-12);
      }),
      { numRuns: 30 },
    );
  });

  it("never exceeds the local bound 4 for product pure states", () => {
    fc.assert(
      fc.property(ketArbitrary(2), ketArbitrary(2), (a, b) => {
        const rho = kron(projector(a), projector(b));
        expect(maximiseI3322(rho).value).toBeLessThanOrEqual(4 + 1e-9);
      }),
      { numRuns: 30 },
    );
  });

  it("returns unit directions that achieve the reported value", () => {
    fc.assert(
      fc.property(twoQubitStateArbitrary(), (rho) => {
        const optimum = maximiseI3322(rho);
        for (const n of [...optimum.alice, ...optimum.bob]) expectClose(Math.hypot(...n), 1, 1e-12);
        expectClose(i3322Value(rho, optimum), optimum.value, 1e-12);
      }),
      { numRuns: 20 },
    );
  });

  it("is deterministic for a given seed", () => {
    const rho = wernerState(0.9);
    expect(maximiseI3322(rho, { seed: 7 }).value).toBe(maximiseI3322(rho, { seed: 7 }).value);
  });

  it("agrees with CHSH on the maximally entangled state's neighbourhood: both violated by Werner p = 0.9", () => {
    const rho = wernerState(0.9);
    expect(horodeckiChshMaximum(rho)).toBeGreaterThan(2);
    expect(maximiseI3322(rho).value).toBeGreaterThan(4);
  });

  it("climbs to the maximum where the see-saw is slow: a start and its refinement agree with 200 starts", () => {
    // the Redfield steady state of zhang-wang-bosonic at detuned-biased, where a fixed number of see-saw
    // steps used to stop 4e-8 short (up to 3e-5 on other Redfield states)
    const prepared = openCase("zhang-wang-bosonic");
    const problem = prepared.problemAt(prepared.scenario("detuned-biased").set ?? {});
    const redfield = engineOf("redfield");
    const rho = redfield.steadyState!(problem, optionsOf(redfield, problem)).rho!;
    const optimum = maximiseI3322(rho);
    expect(optimum.converged).toBe(true);
    expectClose(optimum.value, maximiseI3322(rho, { starts: 200, seed: 3 }).value, 1e-12, "I3322 maximum");
    // a maximum of the see-saw: one more step changes nothing
    expectClose(i3322Value(rho, optimum), optimum.value, 1e-14, "value at the optimal settings");
  });

  it("rejects a bad number of starts", () => {
    expect(() => maximiseI3322(wernerState(1), { starts: 0 })).toThrow(RangeError);
  });
});
