import { boseEinstein, fermiDirac } from "../../physics/thermal.js";

/** The closed forms of 002_2a2ed7907f7a4e96.txt for the Bell parameter B = 2√(λ1 + λ2) of its states. */

/** τ = 1/(2 ln(1 + √2)): the thermal state is Bell local from T = τg on (Sec. 4, App. B). */
export const TAU = 1 / (2 * Math.log(1 + Math.SQRT2));

/** The two baths of the machine: J_β(ω) = χ_β ω, temperatures, spins (ξ = +1) or bosons (ξ = −1). */
export interface MachineBaths {
  g: number;
  chi1: number;
  chi2: number;
  T1: number;
  T2: number;
  statistics: "spin" | "boson";
}

/**
 * Γ1 = γ1(g) + γ2(g) and Γ2 = γ1(−g) + γ2(−g), eq. (21), with γ_β(g) = J_β(g)[1 − ξ p_β(g)] and
 * γ_β(−g) = J_β(g) p_β(g), eq. (17), p the Fermi-Dirac (ξ = +1, μ = 0) or Bose-Einstein (ξ = −1)
 * distribution of eq. (12).
 */
export function decayRates(baths: MachineBaths): { Gamma1: number; Gamma2: number } {
  const { g, chi1, chi2, T1, T2, statistics } = baths;
  const xi = statistics === "spin" ? 1 : -1;
  const p = (T: number) => (statistics === "spin" ? fermiDirac(g, 0, T) : boseEinstein(g, T));
  const [p1, p2] = [p(T1), p(T2)];
  return {
    Gamma1: chi1 * g * (1 - xi * p1) + chi2 * g * (1 - xi * p2),
    Gamma2: chi1 * g * p1 + chi2 * g * p2,
  };
}

/**
 * B of the unique steady state with collective (γc) and mean local (γl) dephasing, eq. (29):
 * 2√(γc² + (γc + γl)²)(Γ1 − Γ2)/N with N = 4γl² + 8γcγl + (γc + γl)(Γ1 + Γ2).
 */
export function noisyBell(Gamma1: number, Gamma2: number, gc: number, gl: number): number {
  const N = 4 * gl * gl + 8 * gc * gl + (gc + gl) * (Gamma1 + Gamma2);
  return (2 * Math.sqrt(gc * gc + (gc + gl) ** 2) * (Gamma1 - Gamma2)) / N;
}

/** B of the thermal state e^{−H_S/T}/Z, eq. (33): 2√2 tanh(g/2T). */
export function thermalBell(g: number, T: number): number {
  return 2 * Math.SQRT2 * Math.tanh(g / (2 * T));
}
