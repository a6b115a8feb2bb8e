import type { ComplexMatrix } from "../../src/linalg/complex-matrix.js";
import { Operator } from "../../src/operators/operator.js";
import { type Site, type SiteKind, SiteSpace } from "../../src/operators/site-space.js";

/** N sites of one kind (spins by default), named q0, q1, …. */
export function siteSpace(n: number, kind: SiteKind = "spin"): SiteSpace {
  return new SiteSpace(Array.from({ length: n }, (_, i): Site => ({ name: `q${i}`, kind, levels: 2 })));
}

/** A dense 2^N × 2^N matrix as an operator on N two-level sites (one block on all of them). */
export function operatorOf(matrix: ComplexMatrix, kind: SiteKind = "spin", label = "A"): Operator {
  const n = Math.round(Math.log2(matrix.rows));
  if (2 ** n !== matrix.rows) {
    throw new RangeError(`invalid argument. A test operator must be 2^N × 2^N. Value: ${matrix.rows}.`);
  }
  const space = siteSpace(n, kind);
  return Operator.onSites(space, [...Array(n).keys()], matrix, label);
}
