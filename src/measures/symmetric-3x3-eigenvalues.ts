const MAX_SWEEPS = 50;

/**
 * Eigenvalues of a real symmetric 3×3 matrix M (row-major, 9 entries) in ascending order, by cyclic Jacobi
 * rotations (Numerical Recipes §11.1): each rotation in the (p, q) plane with
 *   θ = (m_qq − m_pp)/(2 m_pq),  t = sgn(θ)/(|θ| + √(θ² + 1)),
 * sets m_pq to 0 and moves t·m_pq from m_pp to m_qq. Accurate to a few ulps of ‖M‖ also for (nearly)
 * repeated eigenvalues, where the closed trigonometric formula loses half the digits.
 */
export function symmetricEigenvalues3x3(m: ArrayLike<number>): [number, number, number] {
  if (m.length !== 9) {
    throw new RangeError(`invalid argument. A 3x3 matrix needs 9 entries. Value: ${m.length}.`);
  }
  const a = [m[0], 0.5 * (m[1] + m[3]), 0.5 * (m[2] + m[6]), 0, m[4], 0.5 * (m[5] + m[7]), 0, 0, m[8]];
  for (let sweep = 0; sweep < MAX_SWEEPS; sweep++) {
    if (a[1] === 0 && a[2] === 0 && a[5] === 0) break;
    rotate(a, 0, 1);
    rotate(a, 0, 2);
    rotate(a, 1, 2);
  }
  const values: [number, number, number] = [a[0], a[4], a[8]];
  return values.sort((x, y) => x - y);
}

/** Annihilates a_pq (upper triangle kept, p < q) by one Jacobi rotation. */
function rotate(a: number[], p: number, q: number): void {
  const apq = a[3 * p + q];
  if (apq === 0) return;
  const app = a[4 * p];
  const aqq = a[4 * q];
  // Drop a_pq once it is below the rounding of both diagonal entries.
  if (
    Math.abs(app) + 1e3 * Math.abs(apq) === Math.abs(app) &&
    Math.abs(aqq) + 1e3 * Math.abs(apq) === Math.abs(aqq)
  ) {
    a[3 * p + q] = 0;
    return;
  }
  const theta = (aqq - app) / (2 * apq);
  const t = (theta >= 0 ? 1 : -1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
  const c = 1 / Math.sqrt(t * t + 1);
  const s = t * c;
  a[4 * p] = app - t * apq;
  a[4 * q] = aqq + t * apq;
  a[3 * p + q] = 0;
  // The third index r and the upper-triangle positions of a_pr and a_qr.
  const r = 3 - p - q;
  const pr = p < r ? 3 * p + r : 3 * r + p;
  const qr = q < r ? 3 * q + r : 3 * r + q;
  const apr = a[pr];
  const aqr = a[qr];
  a[pr] = c * apr - s * aqr;
  a[qr] = s * apr + c * aqr;
}
