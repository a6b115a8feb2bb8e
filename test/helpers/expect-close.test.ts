import { describe, expect, it } from "vitest";
import { ComplexMatrix } from "../../src/linalg/complex-matrix.js";
import { expectClose } from "./expect-close.js";

describe("expectClose", () => {
  it("passes when |a − e| ≤ tolerance·max(1, |e|) (absolute near 0, relative for large values)", () => {
    expect(() => expectClose(1e-9, 0, 1e-8)).not.toThrow();
    expect(() => expectClose(1e6 + 1e-3, 1e6, 1e-8)).not.toThrow();
    expect(() => expectClose(1e6 + 1, 1e6, 1e-8)).toThrow();
    expect(() => expectClose([1, 2], [1, 2 + 1e-13], 1e-12)).not.toThrow();
  });

  it("names the label, the worst element, actual, expected, delta and tolerance", () => {
    expect(() => expectClose(1.5, 1, 1e-3, "p_up")).toThrow(
      /p_up: expected 1, got 1.5 \(delta 5.000e-1, tolerance 0.001/,
    );
    expect(() => expectClose([0, 1, 2], [0, 1, 2.5], 1e-3, "populations")).toThrow(
      /populations: element \[2\]/,
    );
    const a = ComplexMatrix.from([
      [1, 0],
      [0, 1],
    ]);
    const b = ComplexMatrix.from(
      [
        [1, 0],
        [0, 1],
      ],
      [
        [0, 0.5],
        [0, 0],
      ],
    );
    expect(() => expectClose(a, b, 1e-6, "ρ")).toThrow(/ρ: element \(0, 1\) expected 0\+0.5i, got 0/);
  });

  it("fails on NaN, on shape mismatches and on mixed kinds", () => {
    expect(() => expectClose(Number.NaN, 0, 1)).toThrow();
    expect(() => expectClose([Number.NaN], [0], 1)).toThrow();
    expect(() => expectClose(ComplexMatrix.zeros(2), ComplexMatrix.zeros(3), 1)).toThrow(/shape/);
    expect(() => expectClose([1], [1, 2], 1)).toThrow(/length/);
    expect(() => expectClose(1, [1], 1)).toThrow(TypeError);
  });
});
