import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatComplexNumber, formatNumber, MINUS_SIGN } from "../../src/report/format-number.js";
import { formatDuration, formatTimestamp } from "../../src/report/format-time.js";
import { expectClose } from "../helpers/expect-close.js";

const SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

/** Reads a number written by formatNumber back (plain or `m×10ⁿ`). */
function parseFormatted(text: string): number {
  const normalised = text.replace(new RegExp(MINUS_SIGN, "g"), "-");
  const scientific = /^(-?[\d.]+)×10(⁻?)([⁰¹²³⁴⁵⁶⁷⁸⁹]+)$/.exec(normalised);
  if (!scientific) return Number(normalised);
  const exponent = Number([...scientific[3]].map((c) => SUPERSCRIPTS.indexOf(c)).join(""));
  return Number(`${scientific[1]}e${scientific[2] ? "-" : ""}${exponent}`);
}

/** Significant digits of a written mantissa or plain number (leading zeros do not count). */
function significantDigits(text: string): number {
  const mantissa = text.replace(MINUS_SIGN, "").split("×")[0];
  const digits = mantissa.replace(".", "").replace(/^0+/, "");
  return mantissa.includes(".") ? digits.length : digits.replace(/0+$/, "").length;
}

/** Any double away from the overflow edge (where the rounded value itself would not be a double). */
const finiteNonZero = fc.double({ min: -1e300, max: 1e300, noNaN: true }).filter((x) => x !== 0);

describe("formatNumber", () => {
  it("keeps the value to half a unit in the last of its significant digits", () => {
    fc.assert(
      fc.property(finiteNonZero, fc.integer({ min: 1, max: 8 }), (x, digits) => {
        const text = formatNumber(x, digits);
        // Rounding to d significant digits moves a value by at most 5·10^(−d) of itself.
        expectClose(parseFormatted(text) / x, 1, 5.000001 * 10 ** -digits, text);
      }),
    );
  });

  it("uses a power of ten exactly outside 10⁻³ ≤ |x| < 10⁴, and never more digits than asked there", () => {
    fc.assert(
      fc.property(finiteNonZero, (x) => {
        const text = formatNumber(x);
        const rounded = Math.abs(Number(x.toPrecision(3)));
        expect(text.includes("×10")).toBe(rounded < 1e-3 || rounded >= 1e4);
        if (text.includes("×10")) expect(significantDigits(text)).toBeLessThanOrEqual(3);
        expect(text.startsWith(MINUS_SIGN)).toBe(x < 0);
      }),
    );
  });

  it("writes tiny, ordinary and special values the way the report shows them", () => {
    expect(formatNumber(3.2e-13)).toBe("3.2×10⁻¹³");
    expect(formatNumber(0.000123456)).toBe("1.23×10⁻⁴");
    expect(formatNumber(0.0123456)).toBe("0.0123");
    expect(formatNumber(-2.5)).toBe(`${MINUS_SIGN}2.5`);
    expect(formatNumber(9.9996)).toBe("10");
    expect(formatNumber(0.00099996)).toBe("0.001");
    expect(formatNumber(6.02e23)).toBe("6.02×10²³");
    expect(formatNumber(Math.PI / 4, 6)).toBe("0.785398");
    expect(formatNumber(0)).toBe("0");
    expect(formatNumber(Number.NaN)).toBe("NaN");
    expect(formatNumber(Number.NEGATIVE_INFINITY)).toBe(`${MINUS_SIGN}∞`);
    expect(() => formatNumber(1, 0)).toThrow(RangeError);
  });

  it("writes complex numbers as a ± bi and drops a zero imaginary part", () => {
    expect(formatComplexNumber(0.25, -0.1)).toBe(`0.25 ${MINUS_SIGN} 0.1i`);
    expect(formatComplexNumber(0, 2e-7)).toBe("2×10⁻⁷i");
    expect(formatComplexNumber(-1, 0)).toBe(`${MINUS_SIGN}1`);
    fc.assert(
      fc.property(finiteNonZero, finiteNonZero, (re, im) => {
        const [realText, sign, imaginaryText] = formatComplexNumber(re, im).split(" ");
        expectClose(parseFormatted(realText) / re, 1, 5.000001e-3, "real part");
        expect(sign).toBe(im < 0 ? MINUS_SIGN : "+");
        expectClose(
          parseFormatted(imaginaryText.replace(/i$/, "")) / Math.abs(im),
          1,
          5.000001e-3,
          "imaginary part",
        );
      }),
    );
  });
});

describe("formatDuration and formatTimestamp", () => {
  it("writes seconds, minutes and hours", () => {
    expect(formatDuration(0.4204)).toBe("420 ms");
    expect(formatDuration(3.4)).toBe("3.4 s");
    expect(formatDuration(12.34)).toBe("12.3 s");
    expect(formatDuration(125)).toBe("2 min 05 s");
    expect(formatDuration(3725)).toBe("1 h 02 min");
    expect(() => formatDuration(-1)).toThrow(RangeError);
  });

  it("gives back the duration it writes, to the precision shown", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e6, noNaN: true }), (seconds) => {
        const text = formatDuration(seconds);
        const part = (unit: string) => Number(new RegExp(`([\\d.]+) ${unit}\\b`).exec(text)?.[1] ?? 0);
        const total = part("h") * 3600 + part("min") * 60 + part("s") + part("ms") / 1000;
        // Whole milliseconds below 1 s, tenths below a minute, whole seconds, then whole minutes.
        const resolution = seconds < 1 ? 5e-4 : seconds < 60 ? 0.05 : seconds < 3599.5 ? 0.5 : 30;
        expect(Math.abs(total - seconds)).toBeLessThanOrEqual(resolution + 1e-9);
      }),
    );
  });

  it("writes timestamps in UTC and leaves non-dates alone", () => {
    expect(formatTimestamp("2025-11-23T02:15:42.999+01:00")).toBe("2025-11-23 01:15:42 UTC");
    expect(formatTimestamp("yesterday")).toBe("yesterday");
  });
});
