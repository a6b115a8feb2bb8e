/**
 * Thermal occupations (DESIGN.md, units ħ = k_B = 1), written to stay finite and accurate for any
 * ratio of energy to temperature, including T = 0.
 */

function assertTemperature(temperature: number): void {
  if (!(temperature >= 0)) {
    throw new RangeError(`invalid argument. Temperature must be non-negative. Value: ${temperature}.`);
  }
}

/**
 * Bose-Einstein occupation n(ω) = 1/(e^{ω/T} − 1), evaluated as 1/expm1(ω/T) (accurate for small
 * ω/T, → 0 without overflow for large ω/T). Negative ω is allowed: n(−ω) = −(n(ω) + 1), which tends
 * to −1 for ω/T → −∞. Limits: n(0) = +∞ at any T; at T = 0, n(ω > 0) = 0 and n(ω < 0) = −1.
 */
export function boseEinstein(omega: number, temperature: number): number {
  assertTemperature(temperature);
  if (Number.isNaN(omega))
    throw new RangeError(`invalid argument. Frequency must be a number. Value: ${omega}.`);
  if (omega === 0) return Number.POSITIVE_INFINITY;
  if (temperature === 0) return omega > 0 ? 0 : -1;
  return 1 / Math.expm1(omega / temperature);
}

/**
 * Fermi-Dirac occupation f(ε) = 1/(e^{(ε−μ)/T} + 1), evaluated with x = (ε−μ)/T as e^{−x}/(1 + e^{−x})
 * for x ≥ 0 and 1/(1 + e^{x}) for x < 0, so the exponential never overflows. At T = 0 it is the step
 * function: 1 below μ, 0 above, ½ at ε = μ.
 */
export function fermiDirac(energy: number, chemicalPotential: number, temperature: number): number {
  assertTemperature(temperature);
  const excess = energy - chemicalPotential;
  if (Number.isNaN(excess)) {
    throw new RangeError(
      `invalid argument. Energy and chemical potential must be numbers. Value: ${energy}, ${chemicalPotential}.`,
    );
  }
  if (excess === 0) return 0.5;
  if (temperature === 0) return excess > 0 ? 0 : 1;
  const x = excess / temperature;
  if (x >= 0) {
    const boltzmann = Math.exp(-x);
    return boltzmann / (1 + boltzmann);
  }
  return 1 / (1 + Math.exp(x));
}
