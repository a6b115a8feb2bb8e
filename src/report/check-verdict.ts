import type { CheckResult } from "../runner/results.js";

/**
 * How the report shows a property check: its status combined with the case's expectation.
 * A declared failure that happens is `expected-fail` when theory predicts it and `refuted` when it is a
 * measured refutation of the paper's claim; one that does not happen is `unexpected-pass`
 * (worth a look: the theory, the tolerance or the engine may have changed).
 */
export type CheckVerdict =
  "pass" | "fail" | "expected-fail" | "refuted" | "unexpected-pass" | "not-applicable" | "error";

export interface VerdictStyle {
  /** Shown in the matrix next to the colour, so the verdict survives greyscale printing. */
  symbol: string;
  label: string;
}

export const VERDICT_STYLES: Record<CheckVerdict, VerdictStyle> = {
  pass: { symbol: "✓", label: "pass" },
  fail: { symbol: "✗", label: "fail" },
  "expected-fail": { symbol: "⚠\uFE0E", label: "expected fail" },
  refuted: { symbol: "✗\uFE0E", label: "paper claim refuted" },
  "unexpected-pass": { symbol: "✓?", label: "unexpected pass" },
  "not-applicable": { symbol: "–", label: "n/a" },
  error: { symbol: "!", label: "error" },
};

export function checkVerdict(
  check: Pick<CheckResult, "status" | "expectedFailure" | "expectedOutcome">,
): CheckVerdict {
  switch (check.status) {
    case "pass":
      return check.expectedFailure ? "unexpected-pass" : "pass";
    case "fail":
      if (!check.expectedFailure) return "fail";
      return check.expectedOutcome === "refuted" ? "refuted" : "expected-fail";
    case "not-applicable":
      return "not-applicable";
    case "error":
      return "error";
    default:
      throw new TypeError(`invalid argument. Unknown check status. Value: ${JSON.stringify(check.status)}.`);
  }
}

/** True for a check that makes `qmebench run` need attention: an undeclared failure or an error. */
export function needsAttention(verdict: CheckVerdict): boolean {
  return verdict === "fail" || verdict === "error";
}
