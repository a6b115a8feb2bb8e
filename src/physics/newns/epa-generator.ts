import { addScaledInPlace, adjoint, ComplexMatrix, multiply } from "../../linalg/complex-matrix.js";
import { hamiltonianSuperoperator, spost, spre, sprepost } from "../../linalg/superoperator.js";
import { modeAnnihilators } from "./two-mode-fermions.js";
import type { EpaRates } from "./epa-rates.js";
import type { NewnsModel } from "./newns-model.js";

/** d_j = Σ_α R_jα c_α (eq. 16) on the 4-dimensional Jordan-Wigner space. */
export function eigenmodeOperators(model: NewnsModel): [ComplexMatrix, ComplexMatrix] {
  const c = modeAnnihilators();
  const mode = (j: 0 | 1) => {
    const d = ComplexMatrix.zeros(4);
    addScaledInPlace(d, c[0], model.rotation[j][0]);
    addScaledInPlace(d, c[1], model.rotation[j][1]);
    return d;
  };
  return [mode(0), mode(1)];
}

/** Σ_jk M_jk (A_j ρ B_k − ½{B_k A_j, ρ}) as a superoperator (the shape of both sums of eq. 51). */
function matrixDissipator(
  weights: ComplexMatrix,
  left: readonly ComplexMatrix[],
  right: readonly ComplexMatrix[],
): ComplexMatrix {
  const out = ComplexMatrix.zeros(16);
  for (let j = 0; j < 2; j++)
    for (let k = 0; k < 2; k++) {
      const re = weights.re(j, k);
      const im = weights.im(j, k);
      if (re === 0 && im === 0) continue;
      const product = multiply(right[k], left[j]);
      addScaledInPlace(out, sprepost(left[j], right[k]), re, im);
      addScaledInPlace(out, spre(product), -re / 2, -im / 2);
      addScaledInPlace(out, spost(product), -re / 2, -im / 2);
    }
  return out;
}

/**
 * The asymptotic EPA dissipator of eq. (51): Σ_jk Λ⁻_jk (d_j ρ d_k† − ½{d_k† d_j, ρ}) +
 * Λ⁺_jk (d_k† ρ d_j − ½{d_j d_k†, ρ}), for given rate matrices.
 */
export function epaDissipator(model: NewnsModel, loss: ComplexMatrix, gain: ComplexMatrix): ComplexMatrix {
  const d = eigenmodeOperators(model);
  const dDagger = d.map(adjoint);
  // gain term: A_j = d_k†, B = d_j with weights Λ⁺_jk → use the transpose pairing
  const gainTransposed = ComplexMatrix.zeros(2);
  for (let j = 0; j < 2; j++)
    for (let k = 0; k < 2; k++) gainTransposed.set(k, j, gain.re(j, k), gain.im(j, k));
  const out = matrixDissipator(loss, d, dDagger);
  addScaledInPlace(out, matrixDissipator(gainTransposed, dDagger, d), 1);
  return out;
}

/** The pieces of the asymptotic EPA generator: L = −i[H_S, ·] + L_L + L_R + L_int, eqs. (56)-(58), (65). */
export interface EpaGenerator {
  coherent: ComplexMatrix;
  /** L_α = Σ_j γ⁻_{α,j} D[d_j] + γ⁺_{α,j} D[d_j†], eq. (57). */
  bath: [ComplexMatrix, ComplexMatrix];
  /** L_int: the off-diagonal Λ⁺ of eq. (65). */
  interference: ComplexMatrix;
}

export function epaGenerator(model: NewnsModel, hamiltonian: ComplexMatrix, rates: EpaRates): EpaGenerator {
  const bath = [0, 1].map((alpha) =>
    epaDissipator(
      model,
      ComplexMatrix.diagonal(rates.bathLoss[alpha]),
      ComplexMatrix.diagonal(rates.bathGain[alpha]),
    ),
  ) as [ComplexMatrix, ComplexMatrix];
  // eq. (65): Λ⁺ off-diagonal entering the gain with +, the loss with −
  const offDiagonal = rates.gain.clone();
  offDiagonal.set(0, 0, 0);
  offDiagonal.set(1, 1, 0);
  const minusOffDiagonal = offDiagonal.clone();
  for (let i = 0; i < minusOffDiagonal.data.length; i++) minusOffDiagonal.data[i] = -minusOffDiagonal.data[i];
  const interference = epaDissipator(model, minusOffDiagonal, offDiagonal);
  return { coherent: hamiltonianSuperoperator(hamiltonian), bath, interference };
}
