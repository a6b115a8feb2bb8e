import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sansSerifTextWidth, wrapText } from "../../src/report/text-width.js";
import { expectClose } from "../helpers/expect-close.js";

describe("sansSerifTextWidth", () => {
  it("adds up over concatenation and scales with the font size", () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.double({ min: 1, max: 100, noNaN: true }), (a, b, size) => {
        const joined = sansSerifTextWidth(a + b, size);
        expectClose(joined, sansSerifTextWidth(a, size) + sansSerifTextWidth(b, size), 1e-12, "additivity");
        expectClose(sansSerifTextWidth(a, 2 * size), 2 * sansSerifTextWidth(a, size), 1e-12, "scaling");
      }),
    );
  });

  it("uses proportional Helvetica widths: digits 0.556 em, i narrow, W wide, bold wider", () => {
    expectClose(sansSerifTextWidth("0123456789", 10), 55.6, 1e-12, "ten digits at 10 px");
    expect(sansSerifTextWidth("i", 12)).toBeLessThan(sansSerifTextWidth("W", 12) / 3);
    expect(sansSerifTextWidth("ΔT", 12, true)).toBeGreaterThan(sansSerifTextWidth("ΔT", 12));
    // Much narrower than vega's canvas-less estimate of 0.8 em per character.
    expect(sansSerifTextWidth("Heat current J^Q_left", 12)).toBeLessThan(0.8 * 21 * 12 * 0.75);
  });
});

describe("wrapText", () => {
  it("breaks at spaces into lines that fit, keeping every word in order", () => {
    const text = "log10 relative deviation of the particle current from the exact solution";
    const lines = wrapText(text, 120, 12);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(" ")).toBe(text);
    for (const line of lines) expect(sansSerifTextWidth(line, 12)).toBeLessThanOrEqual(120);
    expect(wrapText("unbreakable-word-longer-than-the-line", 20, 12)).toEqual([
      "unbreakable-word-longer-than-the-line",
    ]);
  });
});
