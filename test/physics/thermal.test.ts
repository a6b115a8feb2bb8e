import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { boseEinstein, fermiDirac } from "../../src/physics/thermal.js";
import { expectClose } from "../helpers/expect-close.js";

const temperature = fc.double({ min: 1e-3, max: 1e3, noNaN: true });
const moderateRatio = fc.double({ min: -30, max: 30, noNaN: true }).filter((x) => Math.abs(x) > 1e-6);

describe("boseEinstein", () => {
  it("equals 1/(e^{ω/T} − 1) at moderate ω/T", () => {
    fc.assert(
      fc.property(moderateRatio, temperature, (x, T) => {
        const n = boseEinstein(x * T, T);
        expect(Math.abs(n - 1 / (Math.exp(x) - 1))).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(n)));
      }),
    );
  });

  it("satisfies n(−ω) = −(n(ω) + 1)", () => {
    fc.assert(
      fc.property(moderateRatio, temperature, (x, T) => {
        const n = boseEinstein(x * T, T);
        expectClose(boseEinstein(-x * T, T), -(n + 1), 1e-12, "n(−ω)");
      }),
    );
  });

  it("stays finite at ω/T = ±1e4 and has the T → 0 and ω → 0 limits", () => {
    expect(boseEinstein(1e4, 1)).toBe(0);
    expect(boseEinstein(-1e4, 1)).toBe(-1);
    expect(boseEinstein(1, 1e-300)).toBe(0);
    expect(boseEinstein(1, 0)).toBe(0);
    expect(boseEinstein(-1, 0)).toBe(-1);
    expect(boseEinstein(0, 1)).toBe(Number.POSITIVE_INFINITY);
    // n(ω) = T/ω − 1/2 + ω/(12T) + … for ω ≪ T
    const x = 1e-6;
    expectClose(boseEinstein(x, 1), 1 / x - 0.5 + x / 12, 1e-10, "n(ω ≪ T)");
  });

  it("rejects negative and NaN temperatures", () => {
    expect(() => boseEinstein(1, -0.1)).toThrow(RangeError);
    expect(() => boseEinstein(1, Number.NaN)).toThrow(RangeError);
    expect(() => boseEinstein(Number.NaN, 1)).toThrow(RangeError);
  });
});

describe("fermiDirac", () => {
  it("equals 1/(e^{(ε−μ)/T} + 1) at moderate (ε−μ)/T", () => {
    fc.assert(
      fc.property(moderateRatio, temperature, fc.double({ min: -5, max: 5, noNaN: true }), (x, T, mu) => {
        const f = fermiDirac(mu + x * T, mu, T);
        const direct = 1 / (Math.exp((mu + x * T - mu) / T) + 1);
        expectClose(f, direct, 1e-9, "f");
      }),
    );
  });

  it("is particle-hole symmetric: f(μ + x) + f(μ − x) = 1, f(μ) = ½", () => {
    fc.assert(
      fc.property(moderateRatio, temperature, (x, T) => {
        expectClose(fermiDirac(x * T, 0, T) + fermiDirac(-x * T, 0, T), 1, 1e-14, "f(x) + f(−x)");
      }),
    );
    expect(fermiDirac(0.3, 0.3, 2)).toBe(0.5);
  });

  it("stays finite at (ε−μ)/T = ±1e4 and becomes a step at T = 0", () => {
    expect(fermiDirac(1e4, 0, 1)).toBe(0);
    expect(fermiDirac(-1e4, 0, 1)).toBe(1);
    expect(fermiDirac(1e-3, 0, 1e-300)).toBe(0);
    expect(fermiDirac(2, 1, 0)).toBe(0);
    expect(fermiDirac(0, 1, 0)).toBe(1);
    expect(fermiDirac(1, 1, 0)).toBe(0.5);
    // e^{−x} tail kept accurately where 1 − f would underflow
    expectClose(fermiDirac(700, 0, 1) / Math.exp(-700), 1, 1e-12, "f(700T)/e^{−700}");
  });

  it("rejects negative and NaN temperatures", () => {
    expect(() => fermiDirac(1, 0, -1)).toThrow(RangeError);
    expect(() => fermiDirac(1, 0, Number.NaN)).toThrow(RangeError);
  });
});
