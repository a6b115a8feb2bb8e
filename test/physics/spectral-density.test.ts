import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  rateFunction,
  rateSlopeAtZero,
  type SpectralDensitySpec,
} from "../../src/physics/spectral-density.js";
import { expectClose } from "../helpers/expect-close.js";

describe("rateFunction", () => {
  it("flat: γ(ω) = strength", () => {
    const gamma = rateFunction({ kind: "flat", strength: 0.05 });
    expect([0, 1, 3.7, -2].map(gamma)).toEqual([0.05, 0.05, 0.05, 0.05]);
  });

  it("ohmic: γ(ω) = χω (002_2a2ed7907f7a4e96.txt eq. (17) with J = χω), even in ω", () => {
    const gamma = rateFunction({ kind: "ohmic", coefficient: 0.015 });
    expectClose(gamma(2), 0.03, 1e-15, "γ(2)");
    expect(gamma(-2)).toBe(gamma(2));
    expect(gamma(0)).toBe(0);
  });

  it("newns: γ(ω) = Γ√(1 − ω²/Ω²) Θ(Ω − |ω|) (004_3bda4ae6cebee785.txt eq. (19)), even, zero outside the band", () => {
    const gamma = rateFunction({ kind: "newns", Gamma: 0.2, Omega: 4 });
    expect(gamma(0)).toBe(0.2);
    expectClose(gamma(2), 0.2 * Math.sqrt(3 / 4), 1e-15, "γ(Ω/2)");
    expect(gamma(-2)).toBe(gamma(2));
    expect(gamma(4)).toBe(0);
    expect(gamma(-7)).toBe(0);
    fc.assert(
      fc.property(fc.double({ min: -10, max: 10, noNaN: true }), (omega) => {
        expect(gamma(omega)).toBeGreaterThanOrEqual(0);
        expect(gamma(omega)).toBeLessThanOrEqual(0.2);
      }),
    );
    expect(rateFunction({ kind: "newns", Gamma: 1, Omega: 0 })(0)).toBe(0);
  });

  it("rejects negative or non-finite parameters and unknown kinds", () => {
    expect(() => rateFunction({ kind: "flat", strength: -1 })).toThrow(/strength must be non-negative/);
    expect(() => rateFunction({ kind: "newns", Gamma: 1, Omega: Number.POSITIVE_INFINITY })).toThrow(
      RangeError,
    );
    expect(() => rateFunction({ kind: "lorentzian" } as unknown as SpectralDensitySpec)).toThrow(TypeError);
  });
});

describe("rateSlopeAtZero", () => {
  it("is lim γ(ω)/ω at ω → 0⁺", () => {
    const specs: SpectralDensitySpec[] = [
      { kind: "ohmic", coefficient: 0.3 },
      { kind: "flat", strength: 0 },
      { kind: "newns", Gamma: 0, Omega: 2 },
    ];
    for (const spec of specs) {
      const h = 1e-9;
      expectClose(rateSlopeAtZero(spec), rateFunction(spec)(h) / h, 1e-9, spec.kind);
    }
    expect(rateSlopeAtZero({ kind: "flat", strength: 1 })).toBe(Number.POSITIVE_INFINITY);
    expect(rateSlopeAtZero({ kind: "newns", Gamma: 1, Omega: 2 })).toBe(Number.POSITIVE_INFINITY);
  });
});
