/** Comparisons of temperature profiles used by the claims of paper 003's figures (003_cb0e800cb11a91bb.txt). */

/** max_l |T_l − T_l^ref| / T_l^ref: the "relative error" of a profile the paper quotes (text before Fig. 4). */
export function relativeDeviation(T: readonly number[], reference: readonly number[]): number {
  return Math.max(...T.map((value, l) => Math.abs(value - reference[l]) / reference[l]));
}

/** max_l T_l − min_l T_l: zero for a flat profile. */
export function spread(T: readonly number[]): number {
  return Math.max(...T) - Math.min(...T);
}

/** Half a decade: "of order 1e-2" accepts 10^−2.5 … 10^−1.5. */
export const HALF_DECADE = 0.5;

/** Whether a positive number is "of order" `magnitude`: within half a decade of it. */
export function ofOrder(value: number, magnitude: number): boolean {
  return value > 0 && Math.abs(Math.log10(value / magnitude)) <= HALF_DECADE;
}

/** The range "of order" `magnitude` accepts, for the claims' tolerances. */
export function orderRange(magnitude: number): [number, number] {
  return [magnitude * 10 ** -HALF_DECADE, magnitude * 10 ** HALF_DECADE];
}
