import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ComplexMatrix, kron, multiply, product, scale, subtract } from "../../src/linalg/complex-matrix.js";
import { annihilationOperator, creationOperator, numberOperator } from "../../src/physics/jordan-wigner.js";
import { OperatorStringError, parseOperatorString } from "../../src/physics/operator-string.js";
import {
  OCCUPATION,
  PAULI_X,
  PAULI_Y,
  PAULI_Z,
  SIGMA_MINUS,
  SIGMA_PLUS,
  siteOperator,
} from "../../src/physics/spin-operators.js";
import { expectClose } from "../helpers/expect-close.js";

const SINGLE = { X: PAULI_X, Y: PAULI_Y, Z: PAULI_Z, sp: SIGMA_PLUS, sm: SIGMA_MINUS, n: OCCUPATION };

describe("parseOperatorString", () => {
  it("builds Kronecker products with site 0 leftmost", () => {
    expectClose(parseOperatorString("sp0 sm1", 2).operator, kron(SIGMA_PLUS, SIGMA_MINUS), 0, "sp0 sm1");
    expectClose(parseOperatorString("X0*X1", 2).operator, kron(PAULI_X, PAULI_X), 0, "X0*X1");
    expectClose(parseOperatorString(" Z1 * I ", 2).operator, siteOperator(PAULI_Z, 1, 2), 0, "Z1 * I");
  });

  it("multiplies in written order: sp0 sm0 = n0, sm0 sp0 = 1 − n0, X0 Y0 = iZ0", () => {
    expectClose(parseOperatorString("sp0 sm0", 1).operator, OCCUPATION, 0, "sp0 sm0");
    expectClose(
      parseOperatorString("sm0 sp0", 1).operator,
      subtract(ComplexMatrix.identity(2), OCCUPATION),
      0,
      "sm0 sp0",
    );
    expectClose(parseOperatorString("X0 Y0", 1).operator, scale(PAULI_Z, 0, 1), 0, "X0 Y0");
  });

  it("matches the product of site operators for random spin words", () => {
    const letters = Object.keys(SINGLE) as (keyof typeof SINGLE)[];
    const factor = fc.tuple(fc.constantFrom(...letters), fc.integer({ min: 0, max: 2 }));
    fc.assert(
      fc.property(fc.array(factor, { minLength: 1, maxLength: 6 }), (word) => {
        const text = word.map(([letter, site]) => `${letter}${site}`).join(" ");
        const expected = product(
          ComplexMatrix.identity(8),
          ...word.map(([letter, site]) => siteOperator(SINGLE[letter], site, 3)),
        );
        expectClose(parseOperatorString(text, 3).operator, expected, 0, text);
      }),
      { numRuns: 100 },
    );
  });

  it("gives Jordan-Wigner fermions with their strings: cdag0 c1 = c0† c1, cdag1 c1 = n1", () => {
    expectClose(
      parseOperatorString("cdag0 c1", 2).operator,
      multiply(creationOperator(0, 2), annihilationOperator(1, 2)),
      0,
      "cdag0 c1",
    );
    expectClose(
      parseOperatorString("cdag2*c0", 3).operator,
      multiply(creationOperator(2, 3), annihilationOperator(0, 3)),
      0,
      "cdag2*c0",
    );
    expectClose(parseOperatorString("cdag1 c1", 2).operator, numberOperator(1, 2), 0, "cdag1 c1");
  });

  it("reports the modes an operator acts on, leaving out Jordan-Wigner strings", () => {
    expect(parseOperatorString("X0", 2).support).toEqual([0]);
    expect(parseOperatorString("sp1 sm0", 2).support).toEqual([0, 1]);
    expect(parseOperatorString("cdag0 c2", 3).support).toEqual([0, 2]);
    expect(parseOperatorString("c2", 3).support).toEqual([2]);
    expect(parseOperatorString("Z0 c1", 2).support).toEqual([0, 1]);
    expect(parseOperatorString("cdag1 c1", 3).support).toEqual([1]);
    expect(parseOperatorString("Z0 Z0 I", 2).support).toEqual([]);
  });

  it("names the offending factor and its position", () => {
    expect(() => parseOperatorString("X0 Q1", 2)).toThrow(
      'unknown factor "Q1" at position 4 in "X0 Q1"; expected one of I, X<k>, Y<k>, Z<k>, sp<k>, sm<k>, n<k>, c<k>, cdag<k>',
    );
    expect(() => parseOperatorString("X0 Z3", 2)).toThrow("site 3 out of range (the system has 2 sites)");
    for (const bad of ["x0", "X", "sp", "c-1", "X1.5"]) {
      expect(() => parseOperatorString(bad, 2)).toThrow(OperatorStringError);
    }
    try {
      parseOperatorString("sp0  *  sigma1", 2);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(OperatorStringError);
      expect((error as OperatorStringError).detail).toEqual({
        text: "sp0  *  sigma1",
        factor: "sigma1",
        position: 9,
      });
    }
    expect(() => parseOperatorString("  ", 2)).toThrow(/empty operator string/);
  });
});
