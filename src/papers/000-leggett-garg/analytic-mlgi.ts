import { boseEinstein } from "../../physics/thermal.js";
import { biasCurvature, firstSignChange } from "./borderline-search.js";

/**
 * The paper's analytic MLGI (000_47becd3a7196453b.txt, text after eq. (24); App. B eqs. (B1)-(B7) start from
 * the same product G·H), in units of V as the paper writes it (ε̃ = ε/V, Γ̃ = Γ/V, T̃ = T/V):
 *   MLGI ≈ r23 [e^{−πΓ̃_V/6} + ½ e^{−πΓ̃_V/3} − 1],
 * eq. (24) at τ̃ = π/6, with r23 = c2 + c3 of eq. (22) and Γ̃_V = Γ̃ Σ_j [2n(ω̃_j) + 1], n the mean occupation of
 * the baths at T̃_M ± ΔT̃/2 and ω̃_{1,2} = ε̃ ∓ 1. Γ̃ is the paper's (paper-coupling.ts). The value is that of
 * the formula, negative where it predicts no violation (the sign the violation border is found from).
 */
export function analyticMlgi(eps: number, gamma: number, TM: number, dT: number): number {
  const occupations = [eps - 1, eps + 1].map(
    (w) => (boseEinstein(w, TM + dT / 2) + boseEinstein(w, TM - dT / 2)) / 2,
  );
  const [p1, p2] = occupations.map((n) => n / (2 * n + 1));
  const r23 = p1 * (1 - p2) + (1 - p1) * p2;
  const x = (Math.PI * gamma * occupations.reduce((sum, n) => sum + 2 * n + 1, 0)) / 6;
  return r23 * (Math.exp(-x) + 0.5 * Math.exp(-2 * x) - 1);
}

/** Where the analytic MLGI vanishes at ΔT̃ = 0 and where its ΔT̃-curvature changes sign, at one Γ̃. */
export function analyticBorderlines(
  eps: number,
  gamma: number,
): { violationTM: number; curvatureTM: number } {
  const mlgi = (TM: number, dT: number) => analyticMlgi(eps, gamma, TM, dT);
  return {
    violationTM: firstSignChange((T) => mlgi(T, 0), "analytic MLGI(ΔT = 0) = 0"),
    curvatureTM: firstSignChange((T) => biasCurvature(mlgi, T), "analytic ∂²MLGI/∂ΔT² = 0"),
  };
}

/**
 * A in T̃_M = A·Γ̃^(−1/3), the large-T̃_M limit of the analytic curvature border (derived here): with
 * n(ω̃) ≈ T̃/ω̃, r23 → ½ with ∂²r23/∂ΔT̃² ≈ ω̃1ω̃2(ω̃1² + ω̃2²)/(192 T̃⁶), and the bracket → ½ with curvature
 * −(π/3) ∂²Γ̃_V/∂ΔT̃² ≈ −πΓ̃ε̃/(18 T̃³), so that T̃_M³ = 3(ε̃⁴ − 1)/(16πε̃Γ̃). Eq. (B32) has 64π for 16π.
 */
export function analyticCurvatureAsymptote(eps: number): number {
  return ((3 * (eps ** 4 - 1)) / (16 * Math.PI * eps)) ** (1 / 3);
}

/**
 * A in T̃_M = A·Γ̃⁻¹, the large-T̃_M limit of the analytic violation border (derived here; the paper states
 * only T̃_M ∼ Γ̃⁻¹): the bracket vanishes at e^{−x} = √3 − 1, Γ̃_V = (6/π) ln(1/(√3 − 1)), and
 * Γ̃_V ≈ 4Γ̃T̃_M ε̃/(ε̃² − 1) at high T̃_M.
 */
export function analyticViolationAsymptote(eps: number): number {
  const gammaV = (6 / Math.PI) * Math.log(1 / (Math.sqrt(3) - 1));
  return (gammaV * (eps * eps - 1)) / (4 * eps);
}

/** A in T̃_M = A·Γ̃^(−1/3) of eq. (25) (= eq. (B32)): Γ̃ = (3/π)(ε̃/4)³[1 − ε̃⁻⁴]/T̃_M³. */
export function eq25Prefactor(eps: number): number {
  return ((3 / Math.PI) * (eps / 4) ** 3 * (1 - eps ** -4)) ** (1 / 3);
}
