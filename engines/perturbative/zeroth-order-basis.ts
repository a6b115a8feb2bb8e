import { symmetricEigen } from "../../src/linalg/symmetric-eigen.js";
import type { Operator } from "../../src/operators/operator.js";

/** One degenerate eigenspace of H0 with H1 diagonalised in it (003_cb0e800cb11a91bb.txt eqs. (25)-(27)). */
export interface ZerothOrderBlock {
  /** The eigenvalue E_n of H0. */
  energy: number;
  /** The site-basis states spanning it, ascending. */
  states: Int32Array;
  /** e_k^(n): the eigenvalues of H1 in the block, ascending. */
  values: Float64Array;
  /** |B|×|B| row-major: column k holds |E_{n,k}⟩ in the basis `states`. */
  vectors: Float64Array;
}

/** The zeroth-order eigenbasis |E_{n,k}⟩ of H0 + λH1: the blocks, and where each site-basis state sits. */
export interface ZerothOrderBasis {
  n: number;
  blocks: ZerothOrderBlock[];
  /** The block of each site-basis state. */
  blockOf: Int32Array;
  /** Its position in that block's `states`. */
  positionOf: Int32Array;
}

/** Relative size below which two energies of H0, or two eigenvalues of H1 in a block, count as equal. */
const DEGENERACY_TOLERANCE = 1e-9;

/**
 * Degenerate perturbation theory for H0 + λH1 (eqs. (25)-(27)): H0, diagonal in the site basis (fields along
 * the quantisation axis, as after eq. (105)), is split into its degenerate eigenspaces, and H1 is
 * diagonalised in each. Returns the reason instead when H0 is not diagonal, H1 has complex elements in a
 * block, or H1 is itself degenerate in a block: the zeroth-order state is then not fixed by eq. (47) (the
 * kernel of P0 L1 P0 is larger than the diagonal, eq. (33)) and would need the next order.
 */
export function zerothOrderBasis(h0: Operator, h1: Operator): ZerothOrderBasis | string {
  const n = h0.dimension;
  const energies = new Float64Array(n);
  let offDiagonal = false;
  h0.forEachEntry((row, col, re, im) => {
    if (row !== col || im !== 0) offDiagonal = true;
    else energies[row] += re;
  });
  if (offDiagonal)
    return "H0 (the terms of order 0) must be diagonal in the site basis: write the fields along z";
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => energies[a] - energies[b]);
  const scale = Math.max(1, ...Array.from(energies, Math.abs));
  const groups: number[][] = [];
  for (const state of order) {
    const last = groups[groups.length - 1];
    if (last && energies[state] - energies[last[last.length - 1]] <= DEGENERACY_TOLERANCE * scale)
      last.push(state);
    else groups.push([state]);
  }
  const blockOf = new Int32Array(n);
  const positionOf = new Int32Array(n);
  const matrices = groups.map((group, b) => {
    group.sort((x, y) => x - y);
    group.forEach((state, k) => {
      blockOf[state] = b;
      positionOf[state] = k;
    });
    return new Float64Array(group.length * group.length);
  });
  let complex = false;
  h1.forEachEntry((row, col, re, im) => {
    const b = blockOf[row];
    if (blockOf[col] !== b) return; // the part of H1 outside P0: it does not enter eqs. (46)-(47)
    if (im !== 0) complex = true;
    const size = groups[b].length;
    matrices[b][positionOf[row] * size + positionOf[col]] += re;
  });
  if (complex)
    return "H1 has complex matrix elements inside the degenerate blocks of H0; the perturbative engine treats real ones";
  const blocks: ZerothOrderBlock[] = groups.map((group, b) => {
    const { values, vectors } = symmetricEigen(matrices[b], group.length);
    return { energy: energies[group[0]], states: Int32Array.from(group), values, vectors };
  });
  const h1Scale = Math.max(
    Number.MIN_VALUE,
    ...blocks.map((block) => Math.max(...Array.from(block.values, Math.abs))),
  );
  for (const block of blocks) {
    for (let k = 1; k < block.values.length; k++) {
      const gap = block.values[k] - block.values[k - 1];
      if (gap <= DEGENERACY_TOLERANCE * h1Scale) {
        return (
          `H1 is degenerate inside the block of H0 at E = ${block.energy}: eigenvalues ${block.values[k - 1]} and ` +
          `${block.values[k]} (gap ${gap.toExponential(2)}); the zeroth-order state then needs the next order (paper 003 eq. (25) assumes non-degenerate E_{n,k})`
        );
      }
    }
  }
  return { n, blocks, blockOf, positionOf };
}
