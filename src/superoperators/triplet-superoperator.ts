import type { ComplexMatrix } from "../linalg/complex-matrix.js";
import type { Superoperator } from "./superoperator.js";

/**
 * A superoperator given by the non-zeros (row, col, value) of its n²×n² matrix in the column-stacking
 * basis (vec index i + j·n of ρ_ij, DESIGN.md), e.g. a generator an external engine sends. Applying it
 * costs one multiply-add per non-zero; repeated (row, col) pairs add up.
 */
export class TripletSuperoperator implements Superoperator {
  constructor(
    readonly dimension: number,
    readonly rows: Int32Array,
    readonly cols: Int32Array,
    readonly re: Float64Array,
    readonly im: Float64Array,
  ) {
    const size = dimension * dimension;
    const count = rows.length;
    if (cols.length !== count || re.length !== count || im.length !== count) {
      throw new RangeError(
        `invalid argument. Triplets need equally long rows, cols, re and im. Value: ${count}, ${cols.length}, ${re.length}, ${im.length}.`,
      );
    }
    for (let k = 0; k < count; k++) {
      if (!(rows[k] >= 0 && rows[k] < size && cols[k] >= 0 && cols[k] < size)) {
        throw new RangeError(
          `invalid argument. Triplet indices must lie in [0, ${size}). Value: (${rows[k]}, ${cols[k]}) at ${k}.`,
        );
      }
    }
  }

  applyInto(rho: ComplexMatrix, out: ComplexMatrix): ComplexMatrix {
    const n = this.dimension;
    const { rows, cols, re, im } = this;
    const x = rho.data;
    const y = out.data;
    y.fill(0);
    for (let k = 0; k < rows.length; k++) {
      // vec index v = i + j·n is element (i, j), at 2(i·n + j) in row-major interleaved storage
      const to = 2 * ((rows[k] % n) * n + Math.floor(rows[k] / n));
      const from = 2 * ((cols[k] % n) * n + Math.floor(cols[k] / n));
      const xr = x[from];
      const xi = x[from + 1];
      y[to] += re[k] * xr - im[k] * xi;
      y[to + 1] += re[k] * xi + im[k] * xr;
    }
    return out;
  }
}
