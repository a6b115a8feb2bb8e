import type { BorderlinePoint } from "./lgi-borderlines.js";
import { fitPowerLaw } from "../../measures/power-law-fit.js";

/**
 * The borderlines of paper 000 Fig. 3a fitted to power laws T_M = A·Γ^p, next to the paper's values
 * (000_47becd3a7196453b.txt Sec. IV and eq. (25); units of V, here with V given).
 */
export interface BorderlineFit {
  gamma: number[];
  TM: (number | null)[];
  exponent: number | null;
  stderr: number | null;
  prefactor: number | null;
  paperExponent: number;
  paperPrefactor: number;
  /** How the paper's prefactor is obtained. */
  paperPrefactorSource: string;
}

export interface BorderlinesResult {
  violationBorder: BorderlineFit;
  curvatureBorder: BorderlineFit;
  warnings: string[];
}

/**
 * Violation border from eq. (24): at Vτ = π/6 (where the paper evaluates MLGI) the bracket
 * e^{−x} + ½e^{−2x} − 1 (x = πΓ_V/6V) vanishes at e^{−x} = √3 − 1, i.e. Γ_V = (6V/π) ln(1/(√3 − 1)); with
 * Γ_V = Γ Σ_j (2n̄(ω_j) + 1) ≈ 4ΓT_M ε/(ε² − V²) at high T_M this is T_M·Γ = Γ_V (ε² − V²)/(4ε).
 */
export function paperViolationPrefactor(eps: number, V: number): number {
  const gammaV = ((6 * V) / Math.PI) * Math.log(1 / (Math.sqrt(3) - 1));
  return (gammaV * (eps * eps - V * V)) / (4 * eps);
}

/** Curvature border, eq. (25) (in units of V): Γ = (3/π)(ε/4)³[1 − (V/ε)⁴] / T_M³, so T_M = A Γ^(−1/3). */
export function paperCurvaturePrefactor(eps: number, V: number): number {
  const e = eps / V;
  return V * ((3 / Math.PI) * (e / 4) ** 3 * (1 - e ** -4)) ** (1 / 3);
}

export function summariseBorderlines(
  points: readonly BorderlinePoint[],
  eps: number,
  V: number,
): BorderlinesResult {
  const fitBorder = (
    key: "violationTM" | "curvatureTM",
    paperExponent: number,
    paperPrefactor: number,
    source: string,
  ): BorderlineFit => {
    const found = points.filter((p) => p[key] !== null);
    const result = fitPowerLaw(
      found.map((p) => p.gamma),
      found.map((p) => p[key] as number),
    );
    return {
      gamma: points.map((p) => p.gamma),
      TM: points.map((p) => p[key]),
      exponent: result?.exponent ?? null,
      stderr: result?.stderr ?? null,
      prefactor: result?.prefactor ?? null,
      paperExponent,
      paperPrefactor,
      paperPrefactorSource: source,
    };
  };
  return {
    violationBorder: fitBorder(
      "violationTM",
      -1,
      paperViolationPrefactor(eps, V),
      "eq. (24) at Vτ = π/6, high-T_M limit (the paper states only T_M ~ Γ⁻¹)",
    ),
    curvatureBorder: fitBorder("curvatureTM", -1 / 3, paperCurvaturePrefactor(eps, V), "eq. (25)"),
    warnings: points.flatMap((p) => p.warnings),
  };
}
