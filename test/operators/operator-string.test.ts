import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ComplexMatrix, kron, multiply, product, scale, subtract } from "../../src/linalg/complex-matrix.js";
import { annihilationOperator, creationOperator, numberOperator } from "../helpers/jordan-wigner.js";
import { OperatorStringError, parseOperatorString } from "../../src/operators/operator-string.js";
import { operatorMatrix } from "../helpers/operator-matrix.js";
import { siteSpace } from "../helpers/operators.js";
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
    expectClose(operatorMatrix("sp0 sm1", 2), kron(SIGMA_PLUS, SIGMA_MINUS), 0, "sp0 sm1");
    expectClose(operatorMatrix("X0*X1", 2), kron(PAULI_X, PAULI_X), 0, "X0*X1");
    expectClose(operatorMatrix(" Z1 * I ", 2), siteOperator(PAULI_Z, 1, 2), 0, "Z1 * I");
  });

  it("multiplies in written order: sp0 sm0 = n0, sm0 sp0 = 1 − n0, X0 Y0 = iZ0", () => {
    expectClose(operatorMatrix("sp0 sm0", 1), OCCUPATION, 0, "sp0 sm0");
    expectClose(operatorMatrix("sm0 sp0", 1), subtract(ComplexMatrix.identity(2), OCCUPATION), 0, "sm0 sp0");
    expectClose(operatorMatrix("X0 Y0", 1), scale(PAULI_Z, 0, 1), 0, "X0 Y0");
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
        expectClose(operatorMatrix(text, 3), expected, 0, text);
      }),
      { numRuns: 100 },
    );
  });

  it("gives Jordan-Wigner fermions with their strings: cdag0 c1 = c0† c1, cdag1 c1 = n1", () => {
    expectClose(
      operatorMatrix("cdag0 c1", 2, "fermion"),
      multiply(creationOperator(0, 2), annihilationOperator(1, 2)),
      0,
      "cdag0 c1",
    );
    expectClose(
      operatorMatrix("cdag2*c0", 3, "fermion"),
      multiply(creationOperator(2, 3), annihilationOperator(0, 3)),
      0,
      "cdag2*c0",
    );
    expectClose(operatorMatrix("cdag1 c1", 2, "fermion"), numberOperator(1, 2), 0, "cdag1 c1");
  });

  it("reports the modes an operator acts on, leaving out Jordan-Wigner strings", () => {
    expect(parseOperatorString("X0", siteSpace(2)).support).toEqual([0]);
    expect(parseOperatorString("sp1 sm0", siteSpace(2)).support).toEqual([0, 1]);
    expect(parseOperatorString("cdag0 c2", siteSpace(3, "fermion")).support).toEqual([0, 2]);
    expect(parseOperatorString("c2", siteSpace(3, "fermion")).support).toEqual([2]);
    expect(parseOperatorString("Z0 c1", siteSpace(2, "fermion")).support).toEqual([0, 1]);
    expect(parseOperatorString("cdag1 c1", siteSpace(3, "fermion")).support).toEqual([1]);
    expect(parseOperatorString("Z0 Z0 I", siteSpace(2)).support).toEqual([]);
  });

  it("names the offending factor and its position", () => {
    expect(() => parseOperatorString("X0 Q1", siteSpace(2))).toThrow(
      'in "X0 Q1": factor "Q1" at position 4 does not act on site 1, a spin; its factors are X1, Y1, Z1, sp1, sm1, n1',
    );
    expect(() => parseOperatorString("X0 Z3", siteSpace(2))).toThrow(
      "site 3 out of range (the system has 2 sites)",
    );
    for (const bad of ["x0", "X", "sp", "c-1", "X1.5", "c0"]) {
      expect(() => parseOperatorString(bad, siteSpace(2))).toThrow(OperatorStringError);
    }
    try {
      parseOperatorString("sp0  *  sigma1", siteSpace(2));
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(OperatorStringError);
      expect((error as OperatorStringError).detail).toEqual({
        text: "sp0  *  sigma1",
        factor: "sigma1",
        position: 9,
      });
    }
    expect(() => parseOperatorString("  ", siteSpace(2))).toThrow(/empty operator string/);
  });
});
