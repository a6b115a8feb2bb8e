import { ComplexMatrix } from "../../linalg/complex-matrix.js";
import { fermiDirac } from "../thermal.js";
import { integrateAdaptive } from "./adaptive-quadrature.js";
import { bandBreakPoints, lorentzianDenominator } from "./energy-distribution.js";
import type { NewnsModel } from "./newns-model.js";

/** Absolute accuracy of every integral of the exact steady state (the issue asks for ~1e-9). */
export const STEADY_STATE_TOLERANCE = 1e-10;

export interface ExactSteadyState {
  /** C_jk(∞) = Tr[ρ d_j† d_k] in the eigenmode basis, eq. (32). */
  eigenmodeCorrelation: ComplexMatrix;
  /** Tr[ρ c_α† c_β] in the site basis (α = L, R): R^T C R. */
  siteCorrelation: ComplexMatrix;
  /** Landauer particle current from the left lead into the system, eq. (43); the right lead's is its negative. */
  particleCurrent: number;
  /** Landauer energy current from the left lead, eq. (44). */
  energyCurrent: number;
  /** Largest quadrature error estimate of the integrals. */
  quadratureError: number;
}

/** Site-basis correlation matrix R^T C R from the eigenmode one (d = R c, eq. 16). */
export function siteCorrelationOf(model: NewnsModel, eigenmode: ComplexMatrix): ComplexMatrix {
  const R = model.rotation;
  const site = ComplexMatrix.zeros(2);
  for (let a = 0; a < 2; a++)
    for (let b = 0; b < 2; b++) {
      let re = 0;
      let im = 0;
      for (let j = 0; j < 2; j++)
        for (let k = 0; k < 2; k++) {
          re += R[j][a] * R[k][b] * eigenmode.re(j, k);
          im += R[j][a] * R[k][b] * eigenmode.im(j, k);
        }
      site.set(a, b, re, im);
    }
  return site;
}

/**
 * The exact steady state of paper 004 (004_3bda4ae6cebee785.txt) in one adaptive quadrature over the band:
 * C_jk(∞) = ∫dω J F_jk (ϑ_j + iπφ_j)(ϑ_k − iπφ_k), eq. (32), written with eq. (37) as
 * ∫dω J F_jk a_j a_k* / [(1 − Γ/Ω)² L_j L_k], a_j = (1 − Γ/2Ω)ω − E_j + iπJ, L_j = (ω − E'_j)² + Γ_j²/4
 * (eq. 35; |a_j|² = (1 − Γ/Ω)L_j, so C_jj = ∫φ_j F_jj), F = R diag(fL, fR) R^T (eq. 28); and the Landauer
 * currents J^P_L = ∫T(fL − fR), J^E_L = ∫ωT(fL − fR) with T = (πg²/2)φ1φ2, eqs. (43)-(45).
 * The variable is q with ω = −Ω cos q, which makes the band edges smooth.
 */
export function exactSteadyState(
  model: NewnsModel,
  absoluteTolerance = STEADY_STATE_TOLERANCE,
): ExactSteadyState {
  const { Gamma, Omega, rotation: R, energies, temperatures, chemicalPotentials, g } = model;
  const s = Gamma / Omega;
  const norm = 1 / (1 - s);
  const integrand = (q: number, out: Float64Array) => {
    const sinQ = Math.sin(q);
    const omega = -Omega * Math.cos(q);
    const jacobian = Omega * sinQ;
    const spectral = (Gamma / (2 * Math.PI)) * sinQ; // J_N(ω), eq. (19)
    const fL = fermiDirac(omega, chemicalPotentials[0], temperatures[0]);
    const fR = fermiDirac(omega, chemicalPotentials[1], temperatures[1]);
    const L1 = lorentzianDenominator(model, 0, omega);
    const L2 = lorentzianDenominator(model, 1, omega);
    const F11 = R[0][0] * R[0][0] * fL + R[0][1] * R[0][1] * fR;
    const F22 = R[1][0] * R[1][0] * fL + R[1][1] * R[1][1] * fR;
    const F12 = R[0][0] * R[1][0] * fL + R[0][1] * R[1][1] * fR;
    const phi1 = (spectral * norm) / L1;
    const phi2 = (spectral * norm) / L2;
    const x1 = (1 - s / 2) * omega - energies[0];
    const x2 = (1 - s / 2) * omega - energies[1];
    const y = Math.PI * spectral;
    const crossWeight = (jacobian * spectral * F12 * norm * norm) / (L1 * L2);
    const bias = fL - fR;
    const transmissionWeight = jacobian * ((Math.PI * g * g) / 2) * phi1 * phi2 * bias;
    out[0] = jacobian * phi1 * F11;
    out[1] = jacobian * phi2 * F22;
    out[2] = crossWeight * (x1 * x2 + y * y);
    out[3] = crossWeight * y * (x2 - x1);
    out[4] = transmissionWeight;
    out[5] = transmissionWeight * omega;
  };
  const result = integrateAdaptive(integrand, 6, 0, Math.PI, bandBreakPoints(model), {
    absoluteTolerance,
  });
  const v = result.values;
  const eigenmodeCorrelation = ComplexMatrix.from(
    [
      [v[0], v[2]],
      [v[2], v[1]],
    ],
    [
      [0, v[3]],
      [-v[3], 0],
    ],
  );
  return {
    eigenmodeCorrelation,
    siteCorrelation: siteCorrelationOf(model, eigenmodeCorrelation),
    particleCurrent: v[4],
    energyCurrent: v[5],
    quadratureError: Math.max(...result.errors),
  };
}
