import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  add,
  ComplexMatrix,
  commutator,
  kronAll,
  multiply,
  scale,
  subtract,
} from "../../src/linalg/complex-matrix.js";
import {
  OCCUPATION,
  PAULI_I,
  PAULI_X,
  PAULI_Y,
  PAULI_Z,
  SIGMA_MINUS,
  SIGMA_PLUS,
  siteOperator,
} from "../../src/physics/spin-operators.js";
import { expectClose } from "../helpers/expect-close.js";
import { complexMatrixArbitrary } from "../helpers/random-operators.js";

/** ⟨state|op|state⟩ for a basis state of the site basis (real part). */
function basisExpectation(op: ComplexMatrix, state: number): number {
  return op.re(state, state);
}

describe("single-site spin operators", () => {
  it("obey the Pauli algebra σ_a² = 1 and [σx, σy] = 2iσz (cyclic)", () => {
    for (const sigma of [PAULI_X, PAULI_Y, PAULI_Z]) expectClose(multiply(sigma, sigma), PAULI_I, 1e-15);
    expectClose(commutator(PAULI_X, PAULI_Y), scale(PAULI_Z, 0, 2), 1e-15, "[X, Y]");
    expectClose(commutator(PAULI_Y, PAULI_Z), scale(PAULI_X, 0, 2), 1e-15, "[Y, Z]");
    expectClose(commutator(PAULI_Z, PAULI_X), scale(PAULI_Y, 0, 2), 1e-15, "[Z, X]");
  });

  it("has σ± = (σx ± iσy)/2, σ⁺σ⁻ = n = (1 + σz)/2 and σ⁻σ⁺ = 1 − n", () => {
    expectClose(SIGMA_PLUS, scale(add(PAULI_X, scale(PAULI_Y, 0, 1)), 0.5), 1e-15, "σ⁺");
    expectClose(SIGMA_MINUS, scale(subtract(PAULI_X, scale(PAULI_Y, 0, 1)), 0.5), 1e-15, "σ⁻");
    expectClose(multiply(SIGMA_PLUS, SIGMA_MINUS), OCCUPATION, 1e-15, "σ⁺σ⁻");
    expectClose(OCCUPATION, scale(add(PAULI_I, PAULI_Z), 0.5), 1e-15, "n");
    expectClose(multiply(SIGMA_MINUS, SIGMA_PLUS), subtract(PAULI_I, OCCUPATION), 1e-15, "σ⁻σ⁺");
  });

  it("σ⁻ lowers the energy of (ε/2)σz: [σz, σ⁻] = −2σ⁻, and maps up (state 0) to down (state 1)", () => {
    expectClose(commutator(PAULI_Z, SIGMA_MINUS), scale(SIGMA_MINUS, -2), 1e-15);
    expect(SIGMA_MINUS.re(1, 0)).toBe(1);
    expect(PAULI_Z.re(0, 0)).toBe(1);
  });
});

describe("siteOperator", () => {
  it("puts site 0 leftmost: σz on site 0 of |01⟩ is +1 and on site 1 is −1", () => {
    const state01 = 0b01;
    expect(basisExpectation(siteOperator(PAULI_Z, 0, 2), state01)).toBe(1);
    expect(basisExpectation(siteOperator(PAULI_Z, 1, 2), state01)).toBe(-1);
    // three sites, |011⟩: up, down, down
    expect([0, 1, 2].map((site) => basisExpectation(siteOperator(PAULI_Z, site, 3), 0b011))).toEqual([
      1, -1, -1,
    ]);
  });

  it("equals I ⊗ … ⊗ A ⊗ … ⊗ I for any 2x2 A", () => {
    fc.assert(
      fc.property(complexMatrixArbitrary(2), fc.integer({ min: 1, max: 4 }), fc.nat(), (single, n, s) => {
        const site = s % n;
        const factors = Array.from({ length: n }, (_, j) => (j === site ? single : PAULI_I));
        expectClose(siteOperator(single, site, n), kronAll(factors), 0, "siteOperator");
      }),
      { numRuns: 60 },
    );
  });

  it("gives commuting operators on different sites and keeps products on one site", () => {
    fc.assert(
      fc.property(complexMatrixArbitrary(2), complexMatrixArbitrary(2), (a, b) => {
        const onSite0 = siteOperator(a, 0, 3);
        const onSite2 = siteOperator(b, 2, 3);
        expectClose(commutator(onSite0, onSite2), ComplexMatrix.zeros(8), 1e-14, "[A_0, B_2]");
        expectClose(
          multiply(siteOperator(a, 1, 3), siteOperator(b, 1, 3)),
          siteOperator(multiply(a, b), 1, 3),
          1e-14,
          "A_1 B_1",
        );
      }),
      { numRuns: 30 },
    );
  });

  it("rejects bad sites and shapes", () => {
    expect(() => siteOperator(PAULI_X, 2, 2)).toThrow(RangeError);
    expect(() => siteOperator(PAULI_X, -1, 2)).toThrow(/Site must be an integer from 0 to 1/);
    expect(() => siteOperator(PAULI_X, 0, 0)).toThrow(RangeError);
    expect(() => siteOperator(ComplexMatrix.identity(4), 0, 2)).toThrow(/must be 2x2. Value: 4x4/);
  });
});
