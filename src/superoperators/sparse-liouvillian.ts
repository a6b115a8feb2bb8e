import type { SandwichSuperoperator } from "./sandwich-superoperator.js";

/** A complex sparse matrix by rows (CSR): the entries of row r are at rowStart[r] … rowStart[r+1] − 1. */
export interface SparseComplexMatrix {
  size: number;
  rowStart: Int32Array;
  col: Int32Array;
  re: Float64Array;
  im: Float64Array;
}

/**
 * The n²×n² matrix of a generator in sandwich form, L(ρ) = Kρ + ρK† + Σ w XρY†, in the column-stacking
 * basis (vec index i + j·n of ρ_ij; vec(AρB) = (Bᵀ ⊗ A) vec ρ): Kρ gives (1 ⊗ K), ρK† gives (K̄ ⊗ 1) and
 * each sandwich w (Ȳ ⊗ X), built from the operators' own non-zeros. For local operators the matrix has a
 * few dozen entries per row where the dense one has n².
 */
export function sparseLiouvillian(generator: SandwichSuperoperator): SparseComplexMatrix {
  const n = generator.dimension;
  const size = n * n;
  const rows: number[] = [];
  const cols: number[] = [];
  const res: number[] = [];
  const ims: number[] = [];
  const push = (row: number, col: number, re: number, im: number) => {
    rows.push(row);
    cols.push(col);
    res.push(re);
    ims.push(im);
  };
  for (const { re: cr, im: ci, operator } of generator.effective) {
    operator.forEachEntry((a, b, ar, ai) => {
      const vr = cr * ar - ci * ai;
      const vi = cr * ai + ci * ar;
      for (let j = 0; j < n; j++) {
        push(a + j * n, b + j * n, vr, vi); // (1 ⊗ K)
        push(j + a * n, j + b * n, vr, -vi); // (K̄ ⊗ 1)
      }
    });
  }
  for (const { weight, left, right } of generator.sandwiches) {
    const y: [number, number, number, number][] = [];
    right.forEachEntry((c, d, yr, yi) => y.push([c, d, yr, -yi])); // Ȳ
    left.forEachEntry((a, b, xr, xi) => {
      for (const [c, d, yr, yi] of y) {
        push(a + c * n, b + d * n, weight * (xr * yr - xi * yi), weight * (xr * yi + xi * yr));
      }
    });
  }
  return compress(size, rows, cols, res, ims);
}

/** CSR from coordinates (bucketed by row, then sorted by column within each row), duplicates summed. */
function compress(
  size: number,
  rows: number[],
  cols: number[],
  res: number[],
  ims: number[],
): SparseComplexMatrix {
  const counts = new Int32Array(size + 1);
  for (const row of rows) counts[row + 1]++;
  for (let r = 0; r < size; r++) counts[r + 1] += counts[r];
  const slots = counts.slice();
  const byRow = new Int32Array(rows.length);
  rows.forEach((row, k) => (byRow[slots[row]++] = k));
  const rowStart = new Int32Array(size + 1);
  const col: number[] = [];
  const re: number[] = [];
  const im: number[] = [];
  for (let r = 0; r < size; r++) {
    const entries = Array.from(byRow.subarray(counts[r], counts[r + 1])).sort((p, q) => cols[p] - cols[q]);
    for (const k of entries) {
      const last = col.length - 1;
      if (last >= rowStart[r] && col.length > rowStart[r] && col[last] === cols[k]) {
        re[last] += res[k];
        im[last] += ims[k];
      } else {
        col.push(cols[k]);
        re.push(res[k]);
        im.push(ims[k]);
      }
    }
    rowStart[r + 1] = col.length;
  }
  return { size, rowStart, col: Int32Array.from(col), re: Float64Array.from(re), im: Float64Array.from(im) };
}
