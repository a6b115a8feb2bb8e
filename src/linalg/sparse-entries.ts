/**
 * The non-zero entries of a dense real matrix, for adding scaled copies of it fast: a matrix that is
 * summed with different weights at every point of a sweep (e.g. the real representation of the
 * dissipator D[A(ω)] of one Bohr component, secular-components.ts) keeps only its few non-zero entries.
 */
export interface SparseEntries {
  /** Offsets of the entries in the dense data. */
  offsets: Int32Array;
  values: Float64Array;
}

/** The non-zero entries of a real array. */
export function realNonZeros(dense: Float64Array): SparseEntries {
  const offsets: number[] = [];
  const values: number[] = [];
  for (let k = 0; k < dense.length; k++) {
    if (dense[k] === 0) continue;
    offsets.push(k);
    values.push(dense[k]);
  }
  return { offsets: Int32Array.from(offsets), values: Float64Array.from(values) };
}

/** target += factor · entries. */
export function addRealEntries(target: Float64Array, entries: SparseEntries, factor: number): void {
  const { offsets, values } = entries;
  for (let k = 0; k < offsets.length; k++) target[offsets[k]] += factor * values[k];
}
