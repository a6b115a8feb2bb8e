import { fermiDirac } from "../../physics/thermal.js";

/**
 * Regime boundaries of paper 004 (004_3bda4ae6cebee785.txt) drawn over the validity maps of case
 * newns-double-dot: the quantum-optical (secular) regime Γ ≪ Δ (Sec. II after eq. (7), Fig. 3) and the
 * white-noise limit, where the lead distributions f_α(ω) are constant over the frequencies at which the
 * modes' energy distributions φ_j(ω) are appreciable (Sec. IV B after eq. (54), Sec. V B after eq. (78)).
 */

/** White noise: each f_α changes by less than this across the level window. */
export const WHITE_NOISE_FLATNESS = 0.1;

/** Δ = √(g² + δ²), eq. (16). */
export function modeSplitting(g: number, delta: number): number {
  return Math.hypot(g, delta);
}

export type LeadSettings = {
  h: number;
  delta: number;
  g: number;
  Gamma: number;
  TL: number;
  TR: number;
  muL: number;
  muR: number;
};

/**
 * The largest change of a lead's Fermi function across the level window [E2 − Γ, E1 + Γ]
 * (E1,2 = h ± Δ/2, eq. 17): small means white noise, where the rate matrices become Γ·F and the
 * local master equation holds (text after eq. (54)).
 */
export function fermiVariationOverLevels(p: LeadSettings): number {
  const halfWindow = modeSplitting(p.g, p.delta) / 2 + p.Gamma;
  const variation = (mu: number, T: number) =>
    Math.abs(fermiDirac(p.h - halfWindow, mu, T) - fermiDirac(p.h + halfWindow, mu, T));
  return Math.max(variation(p.muL, p.TL), variation(p.muR, p.TR));
}

/** How many temperatures the bias window must clear a broadened level by to count as inside it. */
export const THERMAL_MARGIN = 5;

/**
 * Resonant transport: both levels, broadened by Γ, lie inside the bias window with THERMAL_MARGIN
 * temperatures to spare, min μ + 5T ≤ E2 − Γ and E1 + Γ ≤ max μ − 5T (E1,2 = h ± Δ/2, eq. 17). There the
 * current is carried by the levels themselves (eqs. 43, 46), not by the tails of their distributions.
 */
export function levelsInsideBiasWindow(p: LeadSettings): boolean {
  const halfWindow = modeSplitting(p.g, p.delta) / 2 + p.Gamma;
  const [low, high] = p.muL < p.muR ? [p.muL, p.muR] : [p.muR, p.muL];
  const temperature = Math.max(p.TL, p.TR);
  return (
    low + THERMAL_MARGIN * temperature <= p.h - halfWindow &&
    p.h + halfWindow <= high - THERMAL_MARGIN * temperature
  );
}

/** The root of a monotone function of log x between a and b by bisection, or null without a sign change. */
function logBisection(fn: (x: number) => number, a: number, b: number): number | null {
  let lo = Math.log(a);
  let hi = Math.log(b);
  let fLo = fn(a);
  if (fLo * fn(b) > 0) return null;
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2;
    const fMid = fn(Math.exp(mid));
    if (fMid * fLo > 0) {
      lo = mid;
      fLo = fMid;
    } else hi = mid;
  }
  return Math.exp((lo + hi) / 2);
}

/**
 * The white-noise boundary as a curve y(x): for each x, the y in [yMin, yMax] where the Fermi variation
 * over the level window equals WHITE_NOISE_FLATNESS (points without a crossing are left out).
 */
export function whiteNoiseBoundary(
  xs: readonly number[],
  yRange: readonly [number, number],
  settingsAt: (x: number, y: number) => LeadSettings,
): { x: number[]; y: number[] } {
  const curve = { x: [] as number[], y: [] as number[] };
  for (const x of xs) {
    const y = logBisection(
      (value) => fermiVariationOverLevels(settingsAt(x, value)) - WHITE_NOISE_FLATNESS,
      yRange[0],
      yRange[1],
    );
    if (y !== null) {
      curve.x.push(x);
      curve.y.push(y);
    }
  }
  return curve;
}
