/**
 * Rectification ratio of a heat current (001_a04d396bbf339a9e.txt eq. (36)):
 *   R(ΔT) = (I2(ΔT) + I2(−ΔT)) / max{|I2(ΔT)|, |I2(−ΔT)|},
 * from the current I2 into the system from bath 2 at the biases ΔT and −ΔT. R = 0 without rectification,
 * ±1 for a perfect diode; R > 0 means the current from bath 1 to bath 2 is relatively blocked (Sec. 5.4).
 * Even in ΔT by construction. NaN when both currents vanish (no transport, no ratio).
 */
export function rectificationRatio(forward: number, backward: number): number {
  const largest = Math.max(Math.abs(forward), Math.abs(backward));
  return largest === 0 ? Number.NaN : (forward + backward) / largest;
}
