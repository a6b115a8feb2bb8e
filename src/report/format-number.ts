const SUPERSCRIPT_DIGITS: Record<string, string> = {
  "0": "⁰",
  "1": "¹",
  "2": "²",
  "3": "³",
  "4": "⁴",
  "5": "⁵",
  "6": "⁶",
  "7": "⁷",
  "8": "⁸",
  "9": "⁹",
  "-": "⁻",
};

/** Typographic minus sign (U+2212), used for negative numbers in the report. */
export const MINUS_SIGN = "−";

/** Removes trailing zeros after a decimal point: `1.200` → `1.2`, `3.000` → `3`. */
function stripTrailingZeros(digits: string): string {
  return digits.includes(".") ? digits.replace(/0+$/, "").replace(/\.$/, "") : digits;
}

/**
 * A number for people: `significantDigits` significant digits (trailing zeros dropped), plain
 * notation for 10⁻³ ≤ |x| < 10⁴ (e.g. `0.00123`, `2.5`, `1234`) and scientific notation with a
 * superscript exponent otherwise (e.g. `1.23×10⁻⁵`). Negative numbers use the minus sign −;
 * NaN is `NaN`, infinities `∞` and `−∞`.
 */
export function formatNumber(value: number, significantDigits = 3): string {
  if (!Number.isInteger(significantDigits) || significantDigits < 1 || significantDigits > 17) {
    throw new RangeError(
      `invalid argument. Significant digits must be an integer from 1 to 17. Value: ${significantDigits}.`,
    );
  }
  if (Number.isNaN(value)) return "NaN";
  if (value === Number.POSITIVE_INFINITY) return "∞";
  if (value === Number.NEGATIVE_INFINITY) return `${MINUS_SIGN}∞`;
  if (value === 0) return "0";
  const sign = value < 0 ? MINUS_SIGN : "";
  const magnitude = Math.abs(value);
  // The exponent after rounding to the requested digits (9.996 → 1.00e+1 has exponent 1).
  const [mantissa, exponentText] = magnitude.toExponential(significantDigits - 1).split("e");
  const exponent = Number(exponentText);
  if (exponent >= -3 && exponent < 4) {
    const decimals = Math.max(0, significantDigits - 1 - exponent);
    return sign + stripTrailingZeros(magnitude.toFixed(decimals));
  }
  const superscript = [...String(exponent)].map((c) => SUPERSCRIPT_DIGITS[c]).join("");
  return `${sign}${stripTrailingZeros(mantissa)}×10${superscript}`;
}

/** A complex number `a + bi` with each part formatted by formatNumber; a zero imaginary part is omitted. */
export function formatComplexNumber(re: number, im: number, significantDigits = 3): string {
  if (im === 0) return formatNumber(re, significantDigits);
  const imaginary = `${formatNumber(Math.abs(im), significantDigits)}i`;
  if (re === 0) return im < 0 ? `${MINUS_SIGN}${imaginary}` : imaginary;
  return `${formatNumber(re, significantDigits)} ${im < 0 ? MINUS_SIGN : "+"} ${imaginary}`;
}
