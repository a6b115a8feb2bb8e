/**
 * The edges of the cells of a heat map whose cell centres are the grid `values` (strictly
 * monotonic): midpoints between neighbours, and the first and last cells as wide as their
 * neighbours. On a logarithmic axis the midpoints are geometric means √(v_i v_{i+1}). A single
 * value gets a cell of width 1 (a factor √10 either side on a log axis). Returns values.length + 1 edges.
 */
export function cellEdges(values: readonly number[], logarithmic = false): number[] {
  const n = values.length;
  if (n === 0) throw new RangeError("invalid argument. A heat-map axis needs at least one value. Value: [].");
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (!Number.isFinite(v) || (logarithmic && v <= 0)) {
      throw new RangeError(
        `invalid argument. Heat-map axis values must be finite${logarithmic ? " and positive on a log axis" : ""}. Value: ${v} at index ${i}.`,
      );
    }
  }
  const increasing = n === 1 || values[1] > values[0];
  for (let i = 1; i < n; i++) {
    if (increasing ? values[i] <= values[i - 1] : values[i] >= values[i - 1]) {
      throw new RangeError(
        `invalid argument. Heat-map axis values must be strictly monotonic. Value: ${values[i - 1]}, ${values[i]} at index ${i}.`,
      );
    }
  }
  // Work in log10 coordinates on a log axis, where geometric means become midpoints.
  const t = logarithmic ? values.map(Math.log10) : [...values];
  const edges = new Array<number>(n + 1);
  if (n === 1) {
    edges[0] = t[0] - 0.5;
    edges[1] = t[0] + 0.5;
  } else {
    for (let i = 1; i < n; i++) edges[i] = (t[i - 1] + t[i]) / 2;
    edges[0] = t[0] - (t[1] - t[0]) / 2;
    edges[n] = t[n - 1] + (t[n - 1] - t[n - 2]) / 2;
  }
  return logarithmic ? edges.map((e) => 10 ** e) : edges;
}
