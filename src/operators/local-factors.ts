import { ComplexMatrix } from "../linalg/complex-matrix.js";

/**
 * Single-site matrices in the local bases of DESIGN.md. Spins and fermionic modes: state 0 is spin up
 * (σz = +1, occupied), state 1 spin down (empty). Bosons: state k is the Fock state |k⟩, truncated at
 * `levels` states. Every function returns a fresh matrix.
 */

/** σx */
export const pauliX = (): ComplexMatrix =>
  ComplexMatrix.from([
    [0, 1],
    [1, 0],
  ]);

/** σy = [[0, −i], [i, 0]] */
export const pauliY = (): ComplexMatrix =>
  ComplexMatrix.from(
    [
      [0, 0],
      [0, 0],
    ],
    [
      [0, -1],
      [1, 0],
    ],
  );

/** σz = diag(1, −1) */
export const pauliZ = (): ComplexMatrix => ComplexMatrix.diagonal([1, -1]);

/** σ⁺ = |0⟩⟨1| raises the spin (and the energy of (ε/2)σz). */
export const sigmaPlus = (): ComplexMatrix =>
  ComplexMatrix.from([
    [0, 1],
    [0, 0],
  ]);

/** σ⁻ = |1⟩⟨0| lowers the spin. */
export const sigmaMinus = (): ComplexMatrix =>
  ComplexMatrix.from([
    [0, 0],
    [1, 0],
  ]);

/** n = |0⟩⟨0| = (1 + σz)/2 for a two-level site (occupied = spin up). */
export const twoLevelOccupation = (): ComplexMatrix => ComplexMatrix.diagonal([1, 0]);

/** The bosonic annihilation operator a|k⟩ = √k |k − 1⟩ on `levels` Fock states. */
export function annihilation(levels: number): ComplexMatrix {
  const a = new ComplexMatrix(levels, levels);
  for (let k = 1; k < levels; k++) a.set(k - 1, k, Math.sqrt(k));
  return a;
}

/** a† |k⟩ = √(k + 1) |k + 1⟩ (truncated: a†|levels − 1⟩ = 0). */
export function creation(levels: number): ComplexMatrix {
  const a = new ComplexMatrix(levels, levels);
  for (let k = 1; k < levels; k++) a.set(k, k - 1, Math.sqrt(k));
  return a;
}

/** a†a = diag(0, 1, …, levels − 1). */
export function bosonNumber(levels: number): ComplexMatrix {
  return ComplexMatrix.diagonal(Array.from({ length: levels }, (_, k) => k));
}

/** x = (a + a†)/√2. */
export function quadratureX(levels: number): ComplexMatrix {
  const x = new ComplexMatrix(levels, levels);
  for (let k = 1; k < levels; k++) {
    const v = Math.sqrt(k / 2);
    x.set(k - 1, k, v);
    x.set(k, k - 1, v);
  }
  return x;
}

/** p = i(a† − a)/√2. */
export function quadratureP(levels: number): ComplexMatrix {
  const p = new ComplexMatrix(levels, levels);
  for (let k = 1; k < levels; k++) {
    const v = Math.sqrt(k / 2);
    p.set(k - 1, k, 0, -v); // −i a
    p.set(k, k - 1, 0, v); // +i a†
  }
  return p;
}

/** Whether a small matrix is exactly c·1 (local factors with exact entries). */
export function isMultipleOfIdentity(m: ComplexMatrix): boolean {
  const d = m.data;
  const n = m.rows;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const k = 2 * (i * n + j);
      if (i === j) {
        if (d[k] !== d[0] || d[k + 1] !== d[1]) return false;
      } else if (d[k] !== 0 || d[k + 1] !== 0) return false;
    }
  }
  return true;
}
