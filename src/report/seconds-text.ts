import { formatNumber } from "./format-number.js";

/** Seconds in a unit that fits, three significant digits. */
export function secondsText(seconds: number | undefined): string {
  if (seconds === undefined) return "—";
  if (seconds < 1e-6) return `${formatNumber(seconds * 1e9, 3)} ns`;
  if (seconds < 1e-3) return `${formatNumber(seconds * 1e6, 3)} µs`;
  if (seconds < 1) return `${formatNumber(seconds * 1e3, 3)} ms`;
  return `${formatNumber(seconds, 3)} s`;
}
