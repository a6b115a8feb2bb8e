import { describe, expect, it } from "vitest";
import {
  normalisedChsh,
  normalisedI3322,
} from "../../../src/papers/001-entanglement-nonlocality/bell-functions.js";
import { criticalBias } from "../../../src/papers/001-entanglement-nonlocality/critical-bias.js";
import { rectificationRatio } from "../../../src/papers/001-entanglement-nonlocality/rectification-ratio.js";
import { expectClose } from "../../helpers/expect-close.js";

describe("normalised Bell functions (001_a04d396bbf339a9e.txt eqs. (5), (8))", () => {
  it("I2 is 0 up to the local bound 2 and 1 at Tsirelson's 2√2", () => {
    expect(normalisedChsh(1.5)).toBe(0);
    expect(normalisedChsh(2)).toBe(0);
    expectClose(normalisedChsh(2 * Math.SQRT2), 1, 1e-15);
  });
  it("I3 is 0 up to the local bound 4 and 1 at the quantum maximum 5", () => {
    expect(normalisedI3322(3.2)).toBe(0);
    expectClose(normalisedI3322(4.25), 0.25, 1e-15);
    expectClose(normalisedI3322(5), 1, 1e-15);
  });
});

describe("rectification ratio (001_a04d396bbf339a9e.txt eq. (36))", () => {
  it("vanishes for an antisymmetric current, is ±1 for a perfect diode and is even in ΔT", () => {
    expect(rectificationRatio(0.3, -0.3)).toBe(0);
    expect(rectificationRatio(0.3, 0)).toBe(1);
    expect(rectificationRatio(-0.3, 0)).toBe(-1);
    expect(rectificationRatio(0.5, -0.2)).toBe(rectificationRatio(-0.2, 0.5));
    expect(rectificationRatio(0, 0)).toBeNaN();
  });
});

describe("critical bias (001_a04d396bbf339a9e.txt eq. (35))", () => {
  it("finds the root of the derivative of a smooth peaked function", () => {
    const result = criticalBias((x) => Math.exp(-((x - 0.237) ** 2)), { from: -1, to: 1, tolerance: 1e-9 });
    expect(result.found).toBe(true);
    expectClose(result.bias, 0.237, 1e-8);
  });
  it("reports a maximum at an end of the interval as no interior extremum", () => {
    const result = criticalBias((x) => x, { from: 0, to: 1 });
    expect(result.found).toBe(false);
    expect(result.bias).toBe(1);
  });
  it("reports a constant measure (e.g. a Bell function that is 0 throughout)", () => {
    expect(criticalBias(() => 0, { from: 0, to: 1 }).found).toBe(false);
  });
});
