/** Fraction of the spectral width within which two Bohr frequencies count as equal (bohr-components.ts). */
export const RELATIVE_FREQUENCY_TOLERANCE = 1e-9;
export const ABSOLUTE_FREQUENCY_TOLERANCE = 1e-12;

/**
 * The Bohr frequencies ω_ab = E_b − E_a of all n² pairs of levels, grouped into clusters of equal
 * frequency: sorted, and split wherever two neighbours differ by more than the tolerance (single
 * linkage), each cluster represented by its median, which is exactly 0 for the cluster of the diagonal
 * and exactly −ω for the mirror of a cluster at ω (bohr-components.ts uses the same rule).
 */
export interface BohrFrequencyClusters {
  /** Cluster of the pair (a, b), at index a·n + b. */
  clusterOf: Int32Array;
  /** Representative frequency of each cluster, ascending. */
  omegas: Float64Array;
  /** The cluster holding ω = 0 (the diagonal pairs). */
  zeroCluster: number;
  /** Pair indices a·n + b of each cluster: members[start[c] .. start[c+1]). */
  members: Int32Array;
  start: Int32Array;
}

/** Clusters the Bohr frequencies of the ascending eigenvalues `values` (default tolerance as bohr-components). */
export function bohrFrequencyClusters(values: Float64Array, tolerance?: number): BohrFrequencyClusters {
  const n = values.length;
  const width = n > 0 ? values[n - 1] - values[0] : 0;
  const tol = tolerance ?? Math.max(ABSOLUTE_FREQUENCY_TOLERANCE, RELATIVE_FREQUENCY_TOLERANCE * width);
  const count = n * n;
  const frequencies = new Float64Array(count);
  for (let a = 0; a < n; a++) for (let b = 0; b < n; b++) frequencies[a * n + b] = values[b] - values[a];
  const order = new Int32Array(count);
  for (let k = 0; k < count; k++) order[k] = k;
  order.sort((x, y) => frequencies[x] - frequencies[y]);
  const clusterOf = new Int32Array(count);
  const omegas: number[] = [];
  const starts: number[] = [];
  let start = 0;
  for (let k = 1; k <= count; k++) {
    if (k < count && frequencies[order[k]] - frequencies[order[k - 1]] <= tol) continue;
    const middle = start + ((k - start) >> 1);
    const omega =
      (k - start) % 2 === 1
        ? frequencies[order[middle]]
        : (frequencies[order[middle - 1]] + frequencies[order[middle]]) / 2;
    const cluster = omegas.length;
    for (let j = start; j < k; j++) clusterOf[order[j]] = cluster;
    omegas.push(omega);
    starts.push(start);
    start = k;
  }
  starts.push(count);
  return {
    clusterOf,
    omegas: Float64Array.from(omegas),
    zeroCluster: n > 0 ? clusterOf[0] : 0,
    members: order,
    start: Int32Array.from(starts),
  };
}
