import type { BorderlinePoint } from "./lgi-borderlines.js";
import { fitPowerLaw } from "../../measures/power-law-fit.js";
import { paperGamma } from "./paper-coupling.js";

/**
 * A borderline of paper 000 Fig. 3a fitted to a power law T̃_M = A·Γ̃^p on log-log axes, in units of V as the
 * paper writes them, Γ̃ the paper's coupling (the case's Gamma/2V, paper-coupling.ts). The paper gives the exponents, −1 and −1/3 (Sec. IV),
 * and for the curvature border the prefactor of eq. (25).
 */
export interface BorderlineFit {
  /** The paper's Γ̃ of each point. */
  gamma: number[];
  /** T̃_M = T_M/V of each point, null where the border was not found. */
  TM: (number | null)[];
  exponent: number | null;
  stderr: number | null;
  prefactor: number | null;
}

export interface BorderlinesResult {
  violationBorder: BorderlineFit;
  curvatureBorder: BorderlineFit;
  warnings: string[];
}

/** The exponents of the borderlines the paper states (Sec. IV: T̃_M ∼ Γ̃⁻¹ and T̃_M ∼ Γ̃^(−1/3), eq. (25)). */
export const PAPER_EXPONENTS = { violationBorder: -1, curvatureBorder: -1 / 3 } as const;

/** Fits both borderlines of the points of one engine (each point's gamma is the case's Gamma, V its coupling). */
export function summariseBorderlines(points: readonly BorderlinePoint[], V: number): BorderlinesResult {
  const fitBorder = (key: "violationTM" | "curvatureTM"): BorderlineFit => {
    const gamma = points.map((p) => paperGamma(p.gamma, V));
    const TM = points.map((p) => (p[key] === null ? null : (p[key] as number) / V));
    const found = gamma.flatMap((g, k) => (TM[k] === null ? [] : [[g, TM[k] as number]]));
    const result = fitPowerLaw(
      found.map(([g]) => g),
      found.map(([, T]) => T),
    );
    return {
      gamma,
      TM,
      exponent: result?.exponent ?? null,
      stderr: result?.stderr ?? null,
      prefactor: result?.prefactor ?? null,
    };
  };
  return {
    violationBorder: fitBorder("violationTM"),
    curvatureBorder: fitBorder("curvatureTM"),
    warnings: points.flatMap((p) => p.warnings),
  };
}
