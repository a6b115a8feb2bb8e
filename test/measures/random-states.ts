import fc from "fast-check";
import { adjoint, ComplexMatrix, hermitianPart, multiply, scale } from "../../src/linalg/complex-matrix.js";

/**
 * A double in [min, max]; magnitudes below 1e-150 are set to 0 so that products of two entries stay clear
 * of subnormal numbers (which carry only a few significant bits).
 */
export function entryArbitrary(min: number, max: number): fc.Arbitrary<number> {
  return fc.double({ min, max, noNaN: true }).map((x) => (Math.abs(x) < 1e-150 ? 0 : x));
}

/** A rows × cols complex matrix with entries in [−1, 1] + i[−1, 1]. */
export function complexMatrixArbitrary(rows: number, cols: number = rows): fc.Arbitrary<ComplexMatrix> {
  const length = 2 * rows * cols;
  return fc
    .array(entryArbitrary(-1, 1), { minLength: length, maxLength: length })
    .map((entries) => new ComplexMatrix(rows, cols, Float64Array.from(entries)));
}

/** A random Hermitian matrix ½(M + M†). */
export function hermitianArbitrary(dimension: number): fc.Arbitrary<ComplexMatrix> {
  return complexMatrixArbitrary(dimension).map(hermitianPart);
}

/** ρ = G G† / Tr(G G†) with G a random dimension × rank matrix: a density matrix of rank ≤ rank. */
export function densityMatrixArbitrary(
  dimension: number,
  rank: number = dimension,
): fc.Arbitrary<ComplexMatrix> {
  return complexMatrixArbitrary(dimension, rank)
    .filter((g) => g.data.some((x) => Math.abs(x) > 0.05))
    .map((g) => {
      const rho = multiply(g, adjoint(g));
      let trace = 0;
      for (let i = 0; i < dimension; i++) trace += rho.re(i, i);
      return hermitianPart(scale(rho, 1 / trace));
    });
}

/** A two-qubit density matrix of random rank 1 to 4. */
export function twoQubitStateArbitrary(): fc.Arbitrary<ComplexMatrix> {
  return fc.integer({ min: 1, max: 4 }).chain((rank) => densityMatrixArbitrary(4, rank));
}

/** A normalised random ket as a dimension × 1 matrix. */
export function ketArbitrary(dimension: number): fc.Arbitrary<ComplexMatrix> {
  return complexMatrixArbitrary(dimension, 1)
    .filter((v) => v.data.some((x) => Math.abs(x) > 0.05))
    .map((v) => {
      let norm = 0;
      for (const x of v.data) norm += x * x;
      return scale(v, 1 / Math.sqrt(norm));
    });
}

/** |ψ⟩⟨ψ| */
export function projector(ket: ComplexMatrix): ComplexMatrix {
  return multiply(ket, adjoint(ket));
}

/**
 * A random two-qubit X state (paper 001_a04d396bbf339a9e.txt eq. (2)) in the basis |00⟩, |01⟩, |10⟩, |11⟩:
 * populations from four random weights, coherences ρ14 = f14·√(ρ11ρ44)·e^{iφ14} and ρ23 = f23·√(ρ22ρ33)·e^{iφ23}
 * with f ∈ [0, 1] (positivity of each 2×2 block).
 */
export function xStateArbitrary(): fc.Arbitrary<ComplexMatrix> {
  const unit = entryArbitrary(0, 1);
  const weight = entryArbitrary(0.01, 1);
  const phase = entryArbitrary(0, 2 * Math.PI);
  return fc
    .tuple(fc.tuple(weight, weight, weight, weight), unit, unit, phase, phase)
    .map(([weights, f14, f23, phi14, phi23]) => {
      const total = weights[0] + weights[1] + weights[2] + weights[3];
      const [p1, p2, p3, p4] = weights.map((w) => w / total);
      const r14 = f14 * Math.sqrt(p1 * p4);
      const r23 = f23 * Math.sqrt(p2 * p3);
      const rho = ComplexMatrix.diagonal([p1, p2, p3, p4]);
      rho.set(0, 3, r14 * Math.cos(phi14), r14 * Math.sin(phi14));
      rho.set(3, 0, r14 * Math.cos(phi14), -r14 * Math.sin(phi14));
      rho.set(1, 2, r23 * Math.cos(phi23), r23 * Math.sin(phi23));
      rho.set(2, 1, r23 * Math.cos(phi23), -r23 * Math.sin(phi23));
      return rho;
    });
}

/** Bell states |Φ±⟩ = (|00⟩ ± |11⟩)/√2, |Ψ±⟩ = (|01⟩ ± |10⟩)/√2 as density matrices. */
export function bellStates(): Record<string, ComplexMatrix> {
  const s = Math.SQRT1_2;
  const ket = (amplitudes: number[]) => ComplexMatrix.from(amplitudes.map((a) => [a]));
  return {
    "phi+": projector(ket([s, 0, 0, s])),
    "phi-": projector(ket([s, 0, 0, -s])),
    "psi+": projector(ket([0, s, s, 0])),
    "psi-": projector(ket([0, s, -s, 0])),
  };
}

/** Werner state p|Ψ⁻⟩⟨Ψ⁻| + (1 − p) 1/4. */
export function wernerState(p: number): ComplexMatrix {
  const rho = scale(bellStates()["psi-"], p);
  for (let i = 0; i < 4; i++) rho.set(i, i, rho.re(i, i) + (1 - p) / 4, 0);
  return rho;
}
