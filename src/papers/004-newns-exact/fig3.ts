import { energyDistribution, transmission } from "../../physics/newns/energy-distribution.js";
import { newnsModel } from "../../physics/newns/newns-model.js";
import { type ClaimOutcome, defineFigure, type LineChartSpec } from "../../plugins/figure.js";
import { formatNumber } from "../../plugins/outcome.js";
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

/** The local maxima (ω, T) of a sampled curve. */
function localMaxima(
  omegas: readonly number[],
  values: readonly number[],
): { omega: number; value: number }[] {
  const maxima: { omega: number; value: number }[] = [];
  for (let k = 1; k + 1 < values.length; k++) {
    if (values[k] > values[k - 1] && values[k] >= values[k + 1])
      maxima.push({ omega: omegas[k], value: values[k] });
  }
  return maxima;
}

const CLAIMS = [
  {
    id: "peaks-at-levels",
    source: "004_3bda4ae6cebee785.txt text after eq. (45), eqs. (17), (46)",
    statement: "For Γ ≪ Δ, T(ω) is a bimodal distribution with its peaks at ω = E1,2.",
    quantity: "the local maxima of T(ω) at Γ = 0.02Δ and their distance from E1,2 = h ± Δ/2 (eq. 17)",
    tolerance: "two maxima, each within Γ_j/2 (the half width of φ_j) of its level",
  },
  {
    id: "eq46-weak-coupling",
    source: "004_3bda4ae6cebee785.txt eq. (46)",
    statement: "For Γ ≪ Δ, T(ω) is well approximated by (g²/4Δ²) Σ_j Γ_j φ_j(ω), eq. (46).",
    quantity: "max_ω |T(ω) − eq. (46)| / max_ω T(ω) at Γ = 0.02Δ (and at 0.2Δ for the order in Γ/Δ)",
    tolerance: "≤ Γ/Δ = 0.02 (eq. (46) drops terms of first order in Γ/Δ)",
  },
  {
    id: "peaks-merge",
    source: "004_3bda4ae6cebee785.txt text after eq. (46)",
    statement:
      "As Γ is increased the two peaks broaden and ultimately merge into a single maximum for Γ ≫ Δ.",
    quantity: "the number of local maxima of T(ω) at Γ = 0.02Δ, 0.2Δ and 2Δ",
    tolerance: "2, 2, 1",
  },
] as const;

/**
 * Paper 004 Fig. 3: the Landauer transmission function T(ω) = (πg²/2)φ1φ2 (eq. 45) for three couplings,
 * with the weak-coupling approximation eq. (46) at Γ = 0.02Δ; the two peaks at E1,2 merge for Γ ≳ Δ.
 */
export default defineFigure({
  id: "paper-004-fig3",
  title: "Transmission function of the double dot",
  source: "004_3bda4ae6cebee785.txt Fig. 3, eqs. (17), (35), (45), (46)",
  description:
    "T(ω) = (πg²/2)φ1(ω)φ2(ω) against ω/Ω at h = 1, g = δ = 0.5, Ω = 10 for Γ = 0.02Δ, 0.2Δ and 2Δ (Δ = √(g² + δ²)), " +
    "and the approximation of eq. (46) for Γ = 0.02Δ (dotted in the paper). The temperatures and chemical " +
    "potentials do not enter T(ω).",
  claims: CLAIMS,
  compute() {
    const splitting = modeSplitting(FIG3_SETTINGS.g, FIG3_SETTINGS.delta);
    const x = linearPoints(0.04, 0.18, 561);
    const omegas = x.map((u) => u * FIG3_SETTINGS.Omega);
    const models = FIG3_COUPLINGS.map((ratio) => newnsModel({ ...FIG3_SETTINGS, Gamma: ratio * splitting }));
    const curves = models.map((model) => omegas.map((omega) => transmission(model, omega)));
    const approximations = models.map((model) =>
      omegas.map((omega) => weakCouplingTransmission(model, omega)),
    );
    const series: LineChartSpec["series"] = FIG3_COUPLINGS.map((ratio, k) => ({
      name: `Γ = ${ratio}Δ`,
      x,
      y: curves[k],
    }));
    series.push({ name: "eq. (46), Γ = 0.02Δ", x, y: approximations[0] });
    const maxima = curves.map((curve) => localMaxima(omegas, curve));
    const deviations = curves.map(
      (curve, k) => Math.max(...curve.map((v, i) => Math.abs(v - approximations[k][i]))) / Math.max(...curve),
    );
    const weakest = models[0];
    const offsets = maxima[0].map((peak) =>
      Math.min(...weakest.energies.map((E) => Math.abs(peak.omega - E))),
    );
    const halfWidth = Math.min(...weakest.widths) / 2;
    const verdicts: ClaimOutcome[] = [
      {
        claim: CLAIMS[0].id,
        verdict: maxima[0].length === 2 && offsets.every((d) => d <= halfWidth) ? "confirmed" : "refuted",
        evidence:
          `${maxima[0].length} maxima at ω = ${maxima[0].map((p) => formatNumber(p.omega)).join(", ")}; ` +
          `E1,2 = ${weakest.energies.map(formatNumber).join(", ")}; offsets ${offsets.map(formatNumber).join(", ")} ` +
          `(bound Γ_j/2 = ${formatNumber(halfWidth)})`,
      },
      {
        claim: CLAIMS[1].id,
        verdict: deviations[0] <= FIG3_COUPLINGS[0] ? "confirmed" : "refuted",
        evidence:
          `${formatNumber(deviations[0])} at Γ = 0.02Δ (bound 0.02); ${formatNumber(deviations[1])} at Γ = 0.2Δ: ` +
          `${formatNumber(deviations[1] / deviations[0])}× for 10× the coupling`,
      },
      {
        claim: CLAIMS[2].id,
        verdict: maxima.map((m) => m.length).join(",") === "2,2,1" ? "confirmed" : "refuted",
        evidence: FIG3_COUPLINGS.map((ratio, k) => `${maxima[k].length} at Γ = ${ratio}Δ`).join(", "),
      },
    ];
    return {
      charts: [{ kind: "line", title: "Transmission function T(ω)", xLabel: "ω/Ω", yLabel: "T(ω)", series }],
      verdicts,
    };
  },
});
