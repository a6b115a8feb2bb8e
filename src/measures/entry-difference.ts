import type { ComplexMatrix } from "../linalg/complex-matrix.js";

/** Where two matrices differ most: |a_ij − b_ij|, the entry, and both values there as [re, im]. */
export interface EntryDifference {
  difference: number;
  row: number;
  col: number;
  ours: [number, number];
  theirs: [number, number];
}

/** The largest element-wise difference |a_ij − b_ij| of two matrices of one shape, where, and both values. */
export function largestEntryDifference(a: ComplexMatrix, b: ComplexMatrix): EntryDifference {
  let worst: EntryDifference = { difference: 0, row: 0, col: 0, ours: [0, 0], theirs: [0, 0] };
  for (let i = 0; i < a.rows; i++) {
    for (let j = 0; j < a.cols; j++) {
      const difference = Math.hypot(a.re(i, j) - b.re(i, j), a.im(i, j) - b.im(i, j));
      if (difference > worst.difference) {
        worst = {
          difference,
          row: i,
          col: j,
          ours: [a.re(i, j), a.im(i, j)],
          theirs: [b.re(i, j), b.im(i, j)],
        };
      }
    }
  }
  return worst;
}

/** A value to ten digits, enough to show where two engines part. */
export const preciseText = (x: number) => String(Number(x.toPrecision(10)));

/** A complex entry [re, im] to ten digits, e.g. `0.25−0.125i`. */
export const entryText = ([re, im]: readonly number[]) =>
  im === 0 ? preciseText(re) : `${preciseText(re)}${im < 0 ? "−" : "+"}${preciseText(Math.abs(im))}i`;
