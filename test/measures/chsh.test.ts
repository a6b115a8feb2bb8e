import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { add, type ComplexMatrix, kron, scale, subtract } from "../../src/linalg/complex-matrix.js";
import {
  type BlochDirection,
  chshValue,
  correlationMatrix,
  horodeckiChshMaximum,
  maximiseChshNumerically,
} from "../../src/measures/chsh.js";
import { expectation } from "../../src/measures/site-observables.js";
import { PAULI_X, PAULI_Y, PAULI_Z } from "../../src/physics/spin-operators.js";
import { expectClose } from "../helpers/expect-close.js";
import {
  bellStates,
  entryArbitrary,
  twoQubitStateArbitrary,
  wernerState,
  xStateArbitrary,
} from "./random-states.js";

const TSIRELSON = 2 * Math.SQRT2;

const directionArbitrary = fc
  .tuple(
    fc.double({ min: 0, max: Math.PI, noNaN: true }),
    fc.double({ min: 0, max: 2 * Math.PI, noNaN: true }),
  )
  .map(([theta, phi]): BlochDirection => [
    Math.sin(theta) * Math.cos(phi),
    Math.sin(theta) * Math.sin(phi),
    Math.cos(theta),
  ]);

/** n·σ */
function spinAlong(n: BlochDirection): ComplexMatrix {
  return add(add(scale(PAULI_X, n[0]), scale(PAULI_Y, n[1])), scale(PAULI_Z, n[2]));
}

describe("correlationMatrix", () => {
  it("has T_ij = Tr[ρ σ_i⊗σ_j] with σ_i on qubit 0", () => {
    const paulis = [PAULI_X, PAULI_Y, PAULI_Z];
    fc.assert(
      fc.property(twoQubitStateArbitrary(), (rho) => {
        const t = correlationMatrix(rho);
        const expected = paulis.flatMap((p) => paulis.map((q) => expectation(kron(p, q), rho)));
        expectClose(t, expected, 1e-13);
      }),
    );
  });
});

describe("chshValue", () => {
  it("equals Tr[ρ B] with the Bell operator B = A⊗(B1 + B2) + A′⊗(B1 − B2), paper 001 eq. (3)", () => {
    fc.assert(
      fc.property(
        twoQubitStateArbitrary(),
        fc.tuple(directionArbitrary, directionArbitrary, directionArbitrary, directionArbitrary),
        (rho, [a, a2, b, b2]) => {
          const bellOperator = add(
            kron(spinAlong(a), add(spinAlong(b), spinAlong(b2))),
            kron(spinAlong(a2), subtract(spinAlong(b), spinAlong(b2))),
          );
          expectClose(chshValue(rho, a, a2, b, b2), expectation(bellOperator, rho), 1e-12);
        },
      ),
    );
  });

  it("rejects directions that are not unit vectors", () => {
    const z: BlochDirection = [0, 0, 1];
    expect(() => chshValue(wernerState(1), [0, 0, 2], z, z, z)).toThrow(/Direction a must be a unit/);
  });
});

describe("horodeckiChshMaximum", () => {
  it("is 2√2 for the four Bell states", () => {
    for (const [name, rho] of Object.entries(bellStates())) {
      expectClose(horodeckiChshMaximum(rho), TSIRELSON, 1e-13, name);
    }
  });

  it("is 2√2·p for Werner states", () => {
    fc.assert(
      fc.property(entryArbitrary(0, 1), (p) => {
        expectClose(horodeckiChshMaximum(wernerState(p)), TSIRELSON * p, 1e-12);
      }),
    );
  });

  it("matches the X-state closed form 2√M(ρ), paper 001_a04d396bbf339a9e.txt eqs. (9)-(10)", () => {
    fc.assert(
      fc.property(xStateArbitrary(), (rho) => {
        const r14 = Math.hypot(rho.re(0, 3), rho.im(0, 3));
        const r23 = Math.hypot(rho.re(1, 2), rho.im(1, 2));
        const imbalance = rho.re(0, 0) + rho.re(3, 3) - rho.re(1, 1) - rho.re(2, 2);
        const m = Math.max(8 * (r14 ** 2 + r23 ** 2), imbalance ** 2 + 4 * (r23 + r14) ** 2);
        expectClose(horodeckiChshMaximum(rho), 2 * Math.sqrt(m), 1e-12);
      }),
    );
  });

  it("never exceeds the Tsirelson bound 2√2", () => {
    fc.assert(
      fc.property(twoQubitStateArbitrary(), (rho) => {
        expect(horodeckiChshMaximum(rho)).toBeLessThanOrEqual(TSIRELSON + 1e-12);
      }),
    );
  });

  it("equals the numerical optimum over measurement directions", () => {
    fc.assert(
      fc.property(twoQubitStateArbitrary(), fc.integer({ min: 1, max: 1000 }), (rho, seed) => {
        const optimum = maximiseChshNumerically(rho, { seed, starts: 4 });
        expectClose(optimum.value, horodeckiChshMaximum(rho), 1e-6);
        // The returned directions reproduce the value they claim.
        expectClose(
          chshValue(rho, optimum.a, optimum.aPrime, optimum.b, optimum.bPrime),
          optimum.value,
          1e-12,
        );
      }),
      { numRuns: 40 },
    );
  });
});

describe("maximiseChshNumerically", () => {
  it("is deterministic for a given seed", () => {
    const rho = wernerState(0.9);
    expect(maximiseChshNumerically(rho, { seed: 7 })).toEqual(maximiseChshNumerically(rho, { seed: 7 }));
  });
});
