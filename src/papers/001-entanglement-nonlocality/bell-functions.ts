/**
 * The normalised Bell functions of 001_a04d396bbf339a9e.txt, 0 for Bell-local values and 1 at the
 * quantum maximum:
 *   I2(ρ) = max{0, (B_CHSH − 2)/(2√2 − 2)}  (eq. (5)), from the maximal CHSH value B_CHSH ∈ [0, 2√2];
 *   I3(ρ) = max{0, B_3322 − 4}              (eq. (8)), from the maximal I3322 value B_3322 ≤ 5.
 */
export function normalisedChsh(chshMaximum: number): number {
  return Math.max(0, (chshMaximum - 2) / (2 * Math.SQRT2 - 2));
}

/** I3(ρ) = max{0, B_3322 − 4}, 001_a04d396bbf339a9e.txt eq. (8). */
export function normalisedI3322(i3322Maximum: number): number {
  return Math.max(0, i3322Maximum - 4);
}
