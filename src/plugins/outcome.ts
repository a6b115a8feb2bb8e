import type { PropertyOutcome } from "./property.js";

/** Formats a number for one-line messages: 3 significant digits, exponent for tiny or huge values. */
export function formatNumber(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  if (x === 0) return "0";
  const magnitude = Math.abs(x);
  return magnitude < 1e-3 || magnitude >= 1e5 ? x.toExponential(2) : x.toPrecision(3);
}

/**
 * The outcome of comparing a measured value with a bound: pass when `holds`, fail otherwise. The message
 * reads e.g. "max |Tr L(ρ)| = 3.1e-17 ≤ 1e-10".
 */
export function compareWithBound(args: {
  value: number;
  bound: number;
  tolerance: number;
  holds: boolean;
  quantity: string;
  relation: string;
  details?: unknown;
}): PropertyOutcome {
  const { value, bound, tolerance, holds, quantity, relation, details } = args;
  const text = `${quantity} = ${formatNumber(value)} ${holds ? relation : `violates ${relation}`} ${formatNumber(bound)} (tolerance ${formatNumber(tolerance)})`;
  return { status: holds ? "pass" : "fail", value, bound, tolerance, message: text, details };
}

export function notApplicable(reason: string): PropertyOutcome {
  return { status: "not-applicable", message: reason };
}
