import { energyDistribution, transmission } from "../../physics/newns/energy-distribution.js";
import { newnsModel } from "../../physics/newns/newns-model.js";
import { defineFigure, type LineChartSpec } from "../../plugins/figure.js";
import { linearPoints } from "../../runner/sweep.js";
import { modeSplitting } from "./regimes.js";

/** Paper 004 Fig. 3 parameters (caption): h = 1, g = δ = 0.5, Ω = 10; Γ = 0.02Δ, 0.2Δ, 2Δ. */
export const FIG3_SETTINGS = { h: 1, g: 0.5, delta: 0.5, Omega: 10, TL: 0.1, TR: 0.1, muL: 1, muR: 0 };
export const FIG3_COUPLINGS = [0.02, 0.2, 2];

/** The Γ ≪ Δ approximation T(ω) ≈ g²/(4Δ²) Σ_j Γ_j φ_j(ω), eq. (46). */
export function weakCouplingTransmission(model: ReturnType<typeof newnsModel>, omega: number): number {
  const ratio = (model.g * model.g) / (4 * model.splitting * model.splitting);
  return (
    ratio *
    (model.widths[0] * energyDistribution(model, 0, omega) +
      model.widths[1] * energyDistribution(model, 1, omega))
  );
}

/**
 * Paper 004 Fig. 3: the Landauer transmission function T(ω) = (πg²/2)φ1φ2 (eq. 45) for three couplings,
 * with the weak-coupling approximation eq. (46) at Γ = 0.02Δ; the two peaks at E1,2 merge for Γ ≳ Δ.
 */
export default defineFigure({
  id: "paper-004-fig3",
  title: "Transmission function of the double dot",
  source: "004_3bda4ae6cebee785.txt Fig. 3, eqs. (35), (45), (46)",
  description:
    "T(ω) = (πg²/2)φ1(ω)φ2(ω) against ω/Ω at h = 1, g = δ = 0.5, Ω = 10 for Γ = 0.02Δ, 0.2Δ and 2Δ (Δ = √(g² + δ²)), " +
    "and the approximation of eq. (46) for Γ = 0.02Δ (dotted in the paper). The temperatures and chemical " +
    "potentials do not enter T(ω).",
  compute() {
    const splitting = modeSplitting(FIG3_SETTINGS.g, FIG3_SETTINGS.delta);
    const x = linearPoints(0.04, 0.18, 561);
    const series: LineChartSpec["series"] = FIG3_COUPLINGS.map((ratio) => {
      const model = newnsModel({ ...FIG3_SETTINGS, Gamma: ratio * splitting });
      return { name: `Γ = ${ratio}Δ`, x, y: x.map((u) => transmission(model, u * FIG3_SETTINGS.Omega)) };
    });
    const weakest = newnsModel({ ...FIG3_SETTINGS, Gamma: FIG3_COUPLINGS[0] * splitting });
    series.push({
      name: "eq. (46), Γ = 0.02Δ",
      x,
      y: x.map((u) => weakCouplingTransmission(weakest, u * FIG3_SETTINGS.Omega)),
    });
    return {
      charts: [{ kind: "line", title: "Transmission function T(ω)", xLabel: "ω/Ω", yLabel: "T(ω)", series }],
    };
  },
});
