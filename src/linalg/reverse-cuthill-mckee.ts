/**
 * The reverse Cuthill-McKee ordering of a sparse symmetric pattern (Cuthill & McKee 1969; George & Liu,
 * Computer Solution of Large Sparse Positive Definite Systems, Sec. 4.3): breadth-first from a
 * pseudo-peripheral node of each connected component, neighbours by ascending degree, the whole order
 * reversed. It keeps the non-zeros of a matrix with a local coupling structure near the diagonal, so that
 * a banded factorisation (banded-lu.ts) needs storage ~ size × bandwidth instead of size².
 * `neighbours[start[v] … start[v+1])` lists the nodes adjacent to v (both directions present).
 * Returns `order`: order[k] is the node placed at position k.
 */
export function reverseCuthillMcKee(size: number, start: Int32Array, neighbours: Int32Array): Int32Array {
  const degree = new Int32Array(size);
  for (let v = 0; v < size; v++) degree[v] = start[v + 1] - start[v];
  const placed = new Uint8Array(size);
  const order = new Int32Array(size);
  let count = 0;
  const level = new Int32Array(size);
  const queue = new Int32Array(size);
  /** Breadth-first levels from `root` over unplaced nodes; returns the last node of the deepest level and the depth. */
  const farthest = (root: number): [number, number] => {
    const seen = new Uint8Array(size);
    let head = 0;
    let tail = 0;
    queue[tail++] = root;
    seen[root] = 1;
    level[root] = 0;
    let last = root;
    while (head < tail) {
      const v = queue[head++];
      last = v;
      for (let k = start[v]; k < start[v + 1]; k++) {
        const w = neighbours[k];
        if (seen[w] || placed[w]) continue;
        seen[w] = 1;
        level[w] = level[v] + 1;
        queue[tail++] = w;
      }
    }
    return [last, level[last]];
  };
  for (let seed = 0; seed < size; seed++) {
    if (placed[seed]) continue;
    // a pseudo-peripheral root: walk to the farthest node while the depth grows
    let root = seed;
    let [candidate, depth] = farthest(root);
    for (let round = 0; round < 8; round++) {
      const [next, nextDepth] = farthest(candidate);
      if (nextDepth <= depth) break;
      root = candidate;
      candidate = next;
      depth = nextDepth;
    }
    root = candidate;
    let head = count;
    order[count++] = root;
    placed[root] = 1;
    while (head < count) {
      const v = order[head++];
      const fresh: number[] = [];
      for (let k = start[v]; k < start[v + 1]; k++) {
        const w = neighbours[k];
        if (!placed[w]) {
          placed[w] = 1;
          fresh.push(w);
        }
      }
      fresh.sort((a, b) => degree[a] - degree[b]);
      for (const w of fresh) order[count++] = w;
    }
  }
  return order.reverse();
}
