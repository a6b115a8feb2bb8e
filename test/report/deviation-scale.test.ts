import { describe, expect, it } from "vitest";
import { decadeScale, isLog10Label } from "../../src/report/deviation-scale.js";

describe("decadeScale", () => {
  it("labels the decades of a relative deviation in percent, 100 % always the top boundary", () => {
    const scale = decadeScale("log10 relative deviation from newns-exact", -4.7);
    expect(scale.title).toBe("relative deviation from newns-exact");
    expect(scale.thresholds).toEqual([-4, -3, -2, -1, 0]);
    expect(scale.labels).toEqual([
      "< 0.01 %",
      "0.01 % – 0.1 %",
      "0.1 % – 1 %",
      "1 % – 10 %",
      "10 % – 100 %",
      "≥ 100 %",
    ]);
    expect(scale.colors).toHaveLength(scale.thresholds.length + 1);
    expect(new Set(scale.colors).size).toBe(scale.colors.length);
  });

  it("labels an absolute deviation as numbers, and stops at seven decades below 1", () => {
    const scale = decadeScale("log10 absolute (largest) deviation", -12);
    expect(scale.thresholds[0]).toBe(-7);
    expect(scale.labels.at(-1)).toBe("≥ 1");
    expect(scale.labels[0]).toBe("< 1×10⁻⁷");
  });

  it("keeps the 100 % boundary when every value is above it", () => {
    expect(decadeScale("log10 relative error", 2).labels).toEqual(["< 100 %", "≥ 100 %"]);
  });

  it("applies to colour labels that say log10, and only to those", () => {
    expect(isLog10Label("log10 relative deviation")).toBe(true);
    expect(isLog10Label("MLGI")).toBe(false);
    expect(isLog10Label("log10deviation")).toBe(false);
  });
});
