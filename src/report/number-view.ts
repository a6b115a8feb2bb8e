import { formatNumber } from "./format-number.js";

/** A formatted number with its full-precision value for the `title=` tooltip. */
export interface NumberView {
  text: string;
  exact: string;
}

/** Significant digits of the values in the check tables. */
export const CELL_DIGITS = 3;

export function numberView(value: number | undefined, digits = CELL_DIGITS): NumberView | undefined {
  if (value === undefined) return undefined;
  return { text: formatNumber(value, digits), exact: String(value) };
}
