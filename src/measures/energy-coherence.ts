import { assertSquare, ComplexMatrix } from "../linalg/complex-matrix.js";
import { type HermitianEigenDecomposition, hermitianEigen, hermitianEigenvalues } from "../linalg/eigen.js";

/**
 * Two eigenvalues of H count as the same energy when they differ by at most
 * max(DEGENERACY_ABSOLUTE_TOLERANCE, DEGENERACY_RELATIVE_TOLERANCE · (E_max − E_min)); levels are found by
 * clustering the sorted eigenvalues (a chain of close neighbours is one level).
 */
export const DEGENERACY_RELATIVE_TOLERANCE = 1e-9;
export const DEGENERACY_ABSOLUTE_TOLERANCE = 1e-12;

/**
 * Scratch space reused between calls of the same dimension (this runs at each point of a sweep):
 * the level indices, ρV and V†ρV.
 */
let levelScratch = new Int32Array(0);
let rhoTimesVectorsScratch = new Float64Array(0);
let rotatedScratch = new ComplexMatrix(0, 0);

/**
 * Coherence of ρ in the energy eigenbasis of H_S: the l1 norm of the off-diagonal part,
 *   C_l1 = Σ_{a≠b} |⟨a|ρ|b⟩|     (Baumgratz, Cramer and Plenio, PRL 113, 140401 (2014)),
 * with |a⟩ the eigenvectors of H_S.
 *
 * Degenerate H_S: inside an eigenspace the eigenbasis is arbitrary, so only elements between different
 * energies count (coherence inside a degenerate level is not coherence between energies). Between two
 * levels E ≠ E′ the block P_E ρ P_E′ contributes its trace norm ‖P_E ρ P_E′‖₁ (sum of singular values),
 * which does not depend on the basis chosen inside either level and reduces to |⟨a|ρ|b⟩| when both levels
 * are non-degenerate. So C = Σ_{E≠E′} ‖P_E ρ P_E′‖₁, equal to Σ_{a≠b}|⟨a|ρ|b⟩| for non-degenerate H_S.
 * Degeneracy uses the tolerance above.
 */
export function energyCoherence(rho: ComplexMatrix, hamiltonian: ComplexMatrix): number {
  assertSquare(hamiltonian, "Hamiltonian");
  return energyCoherenceInEigenbasis(rho, hermitianEigen(hamiltonian));
}

/** The same measure from a precomputed eigendecomposition of H_S (values ascending, as hermitianEigen returns). */
export function energyCoherenceInEigenbasis(rho: ComplexMatrix, eigen: HermitianEigenDecomposition): number {
  assertSquare(rho, "Density matrix");
  const n = rho.rows;
  const { values, vectors } = eigen;
  if (values.length !== n || vectors.rows !== n || vectors.cols !== n) {
    throw new RangeError(
      `invalid argument. Eigensystem must match the ${n}x${n} density matrix. Value: ${values.length} values, ${vectors.rows}x${vectors.cols} vectors.`,
    );
  }
  const level = energyLevelIndices(values);
  const inEigenbasis = rotateToEigenbasis(rho, vectors);
  const levelCount = level[n - 1] + 1;
  const r = inEigenbasis.data;
  if (levelCount === n) {
    let sum = 0;
    for (let a = 0; a < n; a++) {
      for (let b = 0; b < n; b++) {
        const re = r[2 * (a * n + b)];
        const im = r[2 * (a * n + b) + 1];
        if (a !== b) sum += Math.sqrt(re * re + im * im);
      }
    }
    return sum;
  }
  const members: number[][] = Array.from({ length: levelCount }, () => []);
  for (let a = 0; a < n; a++) members[level[a]].push(a);
  let sum = 0;
  for (let p = 0; p < levelCount; p++) {
    for (let q = 0; q < levelCount; q++) {
      if (p !== q) sum += blockTraceNorm(inEigenbasis, members[p], members[q]);
    }
  }
  return sum;
}

/** Level index of each eigenvalue: consecutive sorted eigenvalues within the tolerance share a level. */
function energyLevelIndices(values: Float64Array): Int32Array {
  const n = values.length;
  const width = values[n - 1] - values[0];
  const tolerance = Math.max(DEGENERACY_ABSOLUTE_TOLERANCE, DEGENERACY_RELATIVE_TOLERANCE * width);
  if (levelScratch.length !== n) levelScratch = new Int32Array(n);
  const level = levelScratch;
  level[0] = 0;
  for (let k = 1; k < n; k++) {
    const gap = values[k] - values[k - 1];
    if (!(gap >= 0)) {
      throw new RangeError(
        `invalid argument. Eigenvalues must be ascending. Value: ${values[k - 1]} before ${values[k]}.`,
      );
    }
    level[k] = gap > tolerance ? level[k - 1] + 1 : level[k - 1];
  }
  return level;
}

/** V† ρ V. */
function rotateToEigenbasis(rho: ComplexMatrix, vectors: ComplexMatrix): ComplexMatrix {
  const n = rho.rows;
  const r = rho.data;
  const v = vectors.data;
  if (rotatedScratch.rows !== n) {
    rhoTimesVectorsScratch = new Float64Array(2 * n * n);
    rotatedScratch = new ComplexMatrix(n, n);
  }
  const rhoV = rhoTimesVectorsScratch.fill(0);
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < n; k++) {
      const rr = r[2 * (i * n + k)];
      const ri = r[2 * (i * n + k) + 1];
      for (let b = 0; b < n; b++) {
        const vr = v[2 * (k * n + b)];
        const vi = v[2 * (k * n + b) + 1];
        rhoV[2 * (i * n + b)] += rr * vr - ri * vi;
        rhoV[2 * (i * n + b) + 1] += rr * vi + ri * vr;
      }
    }
  }
  const out = rotatedScratch;
  const o = out.data.fill(0);
  for (let i = 0; i < n; i++) {
    for (let a = 0; a < n; a++) {
      const vr = v[2 * (i * n + a)];
      const vi = -v[2 * (i * n + a) + 1];
      for (let b = 0; b < n; b++) {
        const xr = rhoV[2 * (i * n + b)];
        const xi = rhoV[2 * (i * n + b) + 1];
        o[2 * (a * n + b)] += vr * xr - vi * xi;
        o[2 * (a * n + b) + 1] += vr * xi + vi * xr;
      }
    }
  }
  return out;
}

/**
 * ‖B‖₁ = Σ singular values of the block B = M[rows, cols]. For a single row or column that is the Euclidean
 * norm; otherwise the singular values are read off the Hermitian dilation [[0, B], [B†, 0]], whose
 * eigenvalues are ±σ_i (accurate to rounding of ‖B‖, unlike √eig(B†B), which loses half the digits of
 * small σ_i), so ‖B‖₁ = ½ Σ |eigenvalues|.
 */
function blockTraceNorm(m: ComplexMatrix, rows: number[], cols: number[]): number {
  if (rows.length === 1 || cols.length === 1) {
    let squares = 0;
    for (const i of rows) {
      for (const j of cols) squares += m.re(i, j) ** 2 + m.im(i, j) ** 2;
    }
    return Math.sqrt(squares);
  }
  const size = rows.length + cols.length;
  const dilation = new ComplexMatrix(size, size);
  rows.forEach((i, p) => {
    cols.forEach((j, q) => {
      dilation.set(p, rows.length + q, m.re(i, j), m.im(i, j));
      dilation.set(rows.length + q, p, m.re(i, j), -m.im(i, j));
    });
  });
  let norm = 0;
  for (const value of hermitianEigenvalues(dilation)) norm += Math.abs(value);
  return norm / 2;
}
