import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { add, addScaledInPlace, adjoint, ComplexMatrix, scale } from "../../src/linalg/complex-matrix.js";
import { describeOperator } from "../../src/physics/describe-operator.js";
import { totalNumberOperator } from "../helpers/jordan-wigner.js";
import { operatorMatrix } from "../helpers/operator-matrix.js";

function op(text: string, nSites: number): ComplexMatrix {
  return operatorMatrix(text, nSites);
}

describe("describeOperator", () => {
  it("recovers both terms of X0X1 + Y0Y1", () => {
    expect(describeOperator(add(op("X0 X1", 2), op("Y0 Y1", 2)), 2)).toBe("1·X0X1 + 1·Y0Y1");
  });

  it("writes the flip-flop term σ⁺σ⁻ + h.c. as (X0X1 + Y0Y1)/2", () => {
    const flipFlop = add(op("sp0 sm1", 2), adjoint(op("sp0 sm1", 2)));
    expect(describeOperator(flipFlop, 2)).toBe("0.5·X0X1 + 0.5·Y0Y1");
    expect(describeOperator(add(flipFlop, scale(op("Z0", 2), -1)), 2)).toBe("0.5·X0X1 + 0.5·Y0Y1 − 1·Z0");
  });

  it("writes n = (1 + σz)/2, signs, and N = (Z0 + Z1)/2 + I for two sites, site 0 first", () => {
    expect(describeOperator(op("n0", 1), 1)).toBe("0.5·Z0 + 0.5·I");
    expect(describeOperator(scale(op("Z0", 2), -1), 2)).toBe("−1·Z0");
    expect(describeOperator(add(op("X1", 2), scale(op("Z0", 2), -0.25)), 2)).toBe("−0.25·Z0 + 1·X1");
    expect(describeOperator(totalNumberOperator(2), 2)).toBe("0.5·Z0 + 0.5·Z1 + 1·I");
  });

  it("writes the zero operator as 0 and complex coefficients in parentheses", () => {
    expect(describeOperator(ComplexMatrix.zeros(4), 2)).toBe("0");
    expect(describeOperator(op("sp0", 1), 1)).toBe("0.5·X0 + (0.5i)·Y0");
    expect(describeOperator(add(op("sm0", 1), op("Z0", 1)), 1)).toBe("0.5·X0 + (−0.5i)·Y0 + 1·Z0");
  });

  it("expands random real combinations of Pauli strings back into their coefficients", () => {
    const letters = ["I", "X", "Y", "Z"];
    const coefficient = fc.integer({ min: -8, max: 8 }).map((k) => k / 4);
    fc.assert(
      fc.property(fc.array(coefficient, { minLength: 16, maxLength: 16 }), (coefficients) => {
        const sum = ComplexMatrix.zeros(4);
        const expected = new Map<string, number>();
        coefficients.forEach((c, index) => {
          const first = letters[index >> 2];
          const second = letters[index & 3];
          const factors = [first === "I" ? "" : `${first}0`, second === "I" ? "" : `${second}1`]
            .join(" ")
            .trim();
          const label = factors.replace(" ", "") || "I";
          addScaledInPlace(sum, op(factors || "I", 2), c);
          if (c !== 0) expected.set(label, c);
        });
        const text = describeOperator(sum, 2, { maxTerms: 16 });
        const found = new Map<string, number>();
        if (text !== "0") {
          for (const term of text
            .replace(/^−/, "− ")
            .replace(/^(?=\d)/, "+ ")
            .split(/ (?=[+−] )/)) {
            const [, sign, value, label] = /^([+−]) ([\d.]+)·(\w+)$/.exec(term.trim()) ?? [];
            found.set(label, (sign === "−" ? -1 : 1) * Number(value));
          }
        }
        expect(found).toEqual(expected);
      }),
      { numRuns: 100 },
    );
  });

  it("keeps the largest terms within maxTerms and counts the rest", () => {
    const operator = add(add(scale(op("X0", 2), 3), scale(op("Y1", 2), 2)), op("Z0 Z1", 2));
    expect(describeOperator(operator, 2, { maxTerms: 2 })).toBe("3·X0 + 2·Y1 + … (1 more term)");
    expect(() => describeOperator(operator, 3)).toThrow(/must be 8x8 for 3 sites/);
    expect(() => describeOperator(operator, 2, { maxTerms: 0 })).toThrow(RangeError);
  });
});
