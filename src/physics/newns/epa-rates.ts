import { ComplexMatrix } from "../../linalg/complex-matrix.js";
import { hermitianEigenvalues } from "../../linalg/eigen.js";
import { fermiDirac } from "../thermal.js";
import { integrateAdaptive } from "./adaptive-quadrature.js";
import { bandBreakPoints, newnsSpectralDensity } from "./energy-distribution.js";
import type { NewnsModel } from "./newns-model.js";
import { STEADY_STATE_TOLERANCE } from "./steady-state-correlation.js";

/** Asymptotic EPA rates of paper 004 (004_3bda4ae6cebee785.txt Sec. V). */
export interface EpaRates {
  /** EPA widths Γ_j = 2πJ_N(E_j) (text after eq. 53). */
  widths: readonly [number, number];
  /** Λ⁺ of eq. (55), eigenmode basis (Hermitian). */
  gain: ComplexMatrix;
  /** Λ⁻ = diag(Γ_j) − Λ⁺. */
  loss: ComplexMatrix;
  /** γ^±_{α,j} of eq. (58) per bath α (0 = left, 1 = right) and mode j: the diagonal of Λ± split by bath. */
  bathGain: [[number, number], [number, number]];
  bathLoss: [[number, number], [number, number]];
}

/**
 * Λ⁺_jk = i∫dω J_N F_jk [1/(E_j − ω + iΓ_j/2) − 1/(E_k − ω − iΓ_k/2)], eq. (55), with the EPA's E_j and
 * Γ_j = 2πJ_N(E_j); Λ⁻ = diag(Γ) − Λ⁺. The diagonal splits by bath through F_jj = Σ_α R_jα² f_α:
 * γ⁺_{α,j} = R_jα² Γ_j ∫J f_α/((E_j − ω)² + Γ_j²/4) and γ⁻_{α,j} = R_jα² Γ_j − γ⁺_{α,j} (eqs. 57-58 with
 * ∫φ_j = 1 replaced by Γ_j∫J/((ω − E_j)² + Γ_j²/4) = 1 + O(Γ/Ω), so that L_L + L_R + L_int = L exactly).
 */
export function epaRates(model: NewnsModel): EpaRates {
  const { Omega, rotation: R, energies: E, temperatures, chemicalPotentials } = model;
  const widths: [number, number] = [
    2 * Math.PI * newnsSpectralDensity(model, E[0]),
    2 * Math.PI * newnsSpectralDensity(model, E[1]),
  ];
  const integrand = (q: number, out: Float64Array) => {
    const omega = -Omega * Math.cos(q);
    const J = newnsSpectralDensity(model, omega) * Omega * Math.sin(q);
    const f = [
      fermiDirac(omega, chemicalPotentials[0], temperatures[0]),
      fermiDirac(omega, chemicalPotentials[1], temperatures[1]),
    ];
    const x1 = E[0] - omega;
    const x2 = E[1] - omega;
    const l1 = x1 * x1 + (widths[0] * widths[0]) / 4;
    const l2 = x2 * x2 + (widths[1] * widths[1]) / 4;
    // diagonal per bath: J f_α Γ_j / l_j
    out[0] = (J * f[0] * widths[0]) / l1;
    out[1] = (J * f[1] * widths[0]) / l1;
    out[2] = (J * f[0] * widths[1]) / l2;
    out[3] = (J * f[1] * widths[1]) / l2;
    // off-diagonal: i J F12 [1/(x1 + iΓ1/2) − 1/(x2 − iΓ2/2)]
    const F12 = R[0][0] * R[1][0] * f[0] + R[0][1] * R[1][1] * f[1];
    const aRe = x1 / l1 - x2 / l2;
    const aIm = -widths[0] / 2 / l1 - widths[1] / 2 / l2;
    out[4] = -J * F12 * aIm;
    out[5] = J * F12 * aRe;
  };
  const model2 = { ...model, shiftedEnergies: model.energies, widths };
  const { values: v } = integrateAdaptive(integrand, 6, 0, Math.PI, bandBreakPoints(model2), {
    absoluteTolerance: STEADY_STATE_TOLERANCE,
  });
  const bathGain: [[number, number], [number, number]] = [
    [R[0][0] ** 2 * v[0], R[1][0] ** 2 * v[2]],
    [R[0][1] ** 2 * v[1], R[1][1] ** 2 * v[3]],
  ];
  const bathLoss: [[number, number], [number, number]] = [
    [R[0][0] ** 2 * widths[0] - bathGain[0][0], R[1][0] ** 2 * widths[1] - bathGain[0][1]],
    [R[0][1] ** 2 * widths[0] - bathGain[1][0], R[1][1] ** 2 * widths[1] - bathGain[1][1]],
  ];
  const g11 = bathGain[0][0] + bathGain[1][0];
  const g22 = bathGain[0][1] + bathGain[1][1];
  const gain = ComplexMatrix.from(
    [
      [g11, v[4]],
      [v[4], g22],
    ],
    [
      [0, v[5]],
      [-v[5], 0],
    ],
  );
  const loss = ComplexMatrix.from(
    [
      [widths[0] - g11, -v[4]],
      [-v[4], widths[1] - g22],
    ],
    [
      [0, -v[5]],
      [v[5], 0],
    ],
  );
  return { widths, gain, loss, bathGain, bathLoss };
}

/** Canonical rates λ^±_j, eq. (52): the eigenvalues of Λ⁺ and Λ⁻. */
export function canonicalRates(rates: EpaRates): { gain: number[]; loss: number[] } {
  return { gain: [...hermitianEigenvalues(rates.gain)], loss: [...hermitianEigenvalues(rates.loss)] };
}

/** Asymptotic non-Markovianity ν∞ = Σ_{s,j} max(0, −λ^s_j), eq. (82). */
export function asymptoticNonMarkovianity(rates: EpaRates): number {
  const { gain, loss } = canonicalRates(rates);
  return [...gain, ...loss].reduce((sum, lambda) => sum + Math.max(0, -lambda), 0);
}
