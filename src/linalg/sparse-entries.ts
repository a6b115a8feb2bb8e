/**
 * The non-zero entries of a dense matrix, for adding scaled copies of it fast: a matrix that is summed
 * with different weights at every point of a sweep (e.g. the dissipator D[A(ω)] of one Bohr component,
 * secular-bath-dissipator.ts) keeps only its few non-zero entries.
 */
export interface SparseEntries {
  /** Offsets of the entries in the dense data (of the real part, for interleaved complex data). */
  offsets: Int32Array;
  /** Their values: one per entry for real data, (re, im) pairs for interleaved complex data. */
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

/** The non-zero entries of interleaved complex data (re, im pairs). */
export function complexNonZeros(dense: Float64Array): SparseEntries {
  const offsets: number[] = [];
  const values: number[] = [];
  for (let k = 0; k < dense.length; k += 2) {
    if (dense[k] === 0 && dense[k + 1] === 0) continue;
    offsets.push(k);
    values.push(dense[k], dense[k + 1]);
  }
  return { offsets: Int32Array.from(offsets), values: Float64Array.from(values) };
}

/** target += factor · entries, for real entries. */
export function addRealEntries(target: Float64Array, entries: SparseEntries, factor: number): void {
  const { offsets, values } = entries;
  for (let k = 0; k < offsets.length; k++) target[offsets[k]] += factor * values[k];
}

/** target += factor · entries (factor real), for interleaved complex entries. */
export function addComplexEntries(target: Float64Array, entries: SparseEntries, factor: number): void {
  const { offsets, values } = entries;
  for (let k = 0; k < offsets.length; k++) {
    target[offsets[k]] += factor * values[2 * k];
    target[offsets[k] + 1] += factor * values[2 * k + 1];
  }
}
