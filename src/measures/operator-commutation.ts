import { ComplexMatrix } from "../linalg/complex-matrix.js";
import type { Operator } from "../operators/operator.js";
import { complexProbes } from "./random-probes.js";

/**
 * Whether [A, B] = 0 to a relative `tolerance`, matrix-free: ‖A(Bv) − B(Av)‖ ≤ tolerance·‖A‖‖B‖‖v‖ on
 * seeded random vectors v (entry bounds of the symbolic operators as their norms). A non-zero commutator
 * fails on any probe with probability one.
 */
export function commute(a: Operator, b: Operator, tolerance = 1e-12, probes = 2): boolean {
  const n = a.dimension;
  const scale = Math.max(a.entryBound, Number.MIN_VALUE) * Math.max(b.entryBound, Number.MIN_VALUE) * n;
  for (const probe of complexProbes(n, probes, 271828)) {
    const v = new ComplexMatrix(n, 1, probe.data.subarray(0, 2 * n));
    const bv = b.multiplyLeftInto(v, new ComplexMatrix(n, 1));
    const av = a.multiplyLeftInto(v, new ComplexMatrix(n, 1));
    const difference = a.multiplyLeftInto(bv, new ComplexMatrix(n, 1));
    b.multiplyLeftInto(av, difference, -1, 0);
    let norm = 0;
    let vNorm = 0;
    for (let k = 0; k < 2 * n; k++) {
      norm += difference.data[k] ** 2;
      vNorm += v.data[k] ** 2;
    }
    if (Math.sqrt(norm) > tolerance * scale * Math.sqrt(vNorm)) return false;
  }
  return true;
}
