import type { NewnsModel } from "./newns-model.js";

/**
 * The spectral functions of paper 004 for the Newns leads, on the lead band |ω| < Ω
 * (004_3bda4ae6cebee785.txt eqs. 19, 35, 37, 45).
 */

/** J_N(ω) = Γ/(2π) √(1 − ω²/Ω²) Θ(Ω − |ω|), eq. (19). */
export function newnsSpectralDensity(model: NewnsModel, omega: number): number {
  const x = omega / model.Omega;
  return Math.abs(x) >= 1 ? 0 : (model.Gamma / (2 * Math.PI)) * Math.sqrt(1 - x * x);
}

/** Lorentzian denominator (ω − E'_j)² + Γ_j²/4 of eq. (35). */
export function lorentzianDenominator(model: NewnsModel, j: 0 | 1, omega: number): number {
  const detuning = omega - model.shiftedEnergies[j];
  return detuning * detuning + (model.widths[j] * model.widths[j]) / 4;
}

/** φ_j(ω) = J_N(ω)/[(1 − Γ/Ω)((ω − E'_j)² + Γ_j²/4)], eq. (35): the energy distribution of d_j†|0⟩. */
export function energyDistribution(model: NewnsModel, j: 0 | 1, omega: number): number {
  return (
    newnsSpectralDensity(model, omega) /
    ((1 - model.Gamma / model.Omega) * lorentzianDenominator(model, j, omega))
  );
}

/** T(ω) = (π g²/2) φ1(ω) φ2(ω), eq. (45): the Landauer transmission function. */
export function transmission(model: NewnsModel, omega: number): number {
  return (
    ((Math.PI * model.g * model.g) / 2) *
    energyDistribution(model, 0, omega) *
    energyDistribution(model, 1, omega)
  );
}

/**
 * Break points for quadratures over the band in the variable q, ω = −Ω cos q (q ∈ [0, π], the lead's
 * wave number, eq. 13, which removes the square-root band edges): the peaks of φ_j at E'_j (width Γ_j),
 * the Fermi edges at μ_α (width T_α) and geometric steps around each, so that the adaptive rule starts
 * with every narrow feature isolated.
 */
export function bandBreakPoints(
  model: NewnsModel,
  extraCenters: readonly { at: number; width: number }[] = [],
): number[] {
  const features = [
    { at: model.shiftedEnergies[0], width: model.widths[0] / 2 },
    { at: model.shiftedEnergies[1], width: model.widths[1] / 2 },
    { at: model.chemicalPotentials[0], width: model.temperatures[0] },
    { at: model.chemicalPotentials[1], width: model.temperatures[1] },
    ...extraCenters,
  ];
  const points: number[] = [];
  for (const { at, width } of features) {
    points.push(at);
    if (width > 0) for (const k of [1, 4, 16, 64]) points.push(at - k * width, at + k * width);
  }
  const Omega = model.Omega;
  return points.filter((w) => Math.abs(w) < Omega).map((w) => Math.acos(-w / Omega));
}
