import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decimateSeries } from "../../src/report/decimate-series.js";

const value = fc.oneof(
  { weight: 20, arbitrary: fc.double({ min: -1e6, max: 1e6, noNaN: true }) },
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.constant(Number.NaN) },
);

const series = fc
  .array(value, { minLength: 1, maxLength: 3000, size: "large" })
  .map((y) => ({ x: y.map((_, i) => 0.5 * i), y }));

const isMissing = (v: number | null) => v === null || !Number.isFinite(v);

describe("decimateSeries", () => {
  it("keeps at most maxPoints points, in order, taken from the series itself", () => {
    fc.assert(
      fc.property(series, fc.integer({ min: 3, max: 200 }), ({ x, y }, maxPoints) => {
        const thinned = decimateSeries(x, y, maxPoints);
        expect(thinned.x.length).toBe(thinned.y.length);
        expect(thinned.x.length).toBeLessThanOrEqual(maxPoints);
        const increasing = thinned.x.every((xk, k) => k === 0 || xk > thinned.x[k - 1]);
        expect(increasing).toBe(true);
        const fromSeries = thinned.x.every((xk, k) => {
          const i = xk / 0.5;
          return thinned.y[k] === null ? isMissing(y[i]) : Object.is(thinned.y[k], y[i]);
        });
        expect(fromSeries).toBe(true);
      }),
    );
  });

  it("keeps the extremes of the series and a gap wherever values are missing", () => {
    fc.assert(
      fc.property(series, fc.integer({ min: 3, max: 200 }), ({ x, y }, maxPoints) => {
        const thinned = decimateSeries(x, y, maxPoints);
        const finite = (v: (number | null)[]) => v.filter((u): u is number => !isMissing(u));
        const before = finite(y);
        const after = finite(thinned.y);
        if (before.length > 0) {
          expect(Math.max(...after)).toBe(Math.max(...before));
          expect(Math.min(...after)).toBe(Math.min(...before));
        }
        expect(thinned.y.some(isMissing)).toBe(y.some(isMissing));
      }),
    );
  });

  it("returns short series unchanged and rejects bad arguments", () => {
    expect(decimateSeries([1, 2, 3], [4, null, 6], 3)).toEqual({ x: [1, 2, 3], y: [4, null, 6] });
    expect(() => decimateSeries([1, 2], [1], 10)).toThrow(RangeError);
    expect(() => decimateSeries([1], [1], 2)).toThrow(RangeError);
  });
});
