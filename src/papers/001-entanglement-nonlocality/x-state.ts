import type { ComplexMatrix } from "../../linalg/complex-matrix.js";

/**
 * Closed forms for two-qubit "X" states (001_a04d396bbf339a9e.txt eq. (2)): in the local basis
 * |00⟩, |01⟩, |10⟩, |11⟩ only the diagonal and the anti-diagonal ρ14, ρ23 are non-zero. Indices below are
 * the paper's 1-based ones.
 */
export interface XStateElements {
  rho11: number;
  rho22: number;
  rho33: number;
  rho44: number;
  /** |ρ14| */
  abs14: number;
  /** |ρ23| */
  abs23: number;
}

/** The elements of an X state, or a RangeError naming the largest element outside the X pattern. */
export function xStateElements(rho: ComplexMatrix, tolerance = 1e-12): XStateElements {
  if (rho.rows !== 4 || rho.cols !== 4) {
    throw new RangeError(`invalid argument. An X state is 4x4. Value: ${rho.rows}x${rho.cols}.`);
  }
  let outside = 0;
  for (let i = 0; i < 4; i++) {
    for (let j = 0; j < 4; j++) {
      if (i === j || i + j === 3) continue;
      outside = Math.max(outside, Math.hypot(rho.re(i, j), rho.im(i, j)));
    }
  }
  if (outside > tolerance) {
    throw new RangeError(
      `invalid argument. Density matrix must be an X state (eq. (2)). Value: an element ${outside} off the X pattern.`,
    );
  }
  return {
    rho11: rho.re(0, 0),
    rho22: rho.re(1, 1),
    rho33: rho.re(2, 2),
    rho44: rho.re(3, 3),
    abs14: Math.hypot(rho.re(0, 3), rho.im(0, 3)),
    abs23: Math.hypot(rho.re(1, 2), rho.im(1, 2)),
  };
}

/** Concurrence of an X state, eq. (1): 2 max{0, |ρ23| − √(ρ11ρ44), |ρ14| − √(ρ22ρ33)}. */
export function xStateConcurrence(x: XStateElements): number {
  return (
    2 *
    Math.max(
      0,
      x.abs23 - Math.sqrt(Math.max(0, x.rho11 * x.rho44)),
      x.abs14 - Math.sqrt(Math.max(0, x.rho22 * x.rho33)),
    )
  );
}

/**
 * Maximal CHSH value of an X state, eqs. (9)-(10): 2√M with
 * M = max{8(|ρ14|² + |ρ23|²), (ρ11 + ρ44 − ρ22 − ρ33)² + 4(|ρ23| + |ρ14|)²}.
 */
export function xStateChshMaximum(x: XStateElements): number {
  const coherence = 8 * (x.abs14 ** 2 + x.abs23 ** 2);
  const imbalance = (x.rho11 + x.rho44 - x.rho22 - x.rho33) ** 2 + 4 * (x.abs23 + x.abs14) ** 2;
  return 2 * Math.sqrt(Math.max(coherence, imbalance));
}
