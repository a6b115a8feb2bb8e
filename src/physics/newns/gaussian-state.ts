import { adjoint, ComplexMatrix, multiply } from "../../linalg/complex-matrix.js";
import { modeAnnihilators, modeCreators } from "./two-mode-fermions.js";

/**
 * The 4×4 density matrix of two fermionic modes (sites L = 0, R = 1, Jordan-Wigner basis of DESIGN.md)
 * that conserves the particle number, from its site correlation matrix C_αβ = Tr[ρ c_α† c_β] and its
 * double occupancy D = Tr[ρ nL nR] (004_3bda4ae6cebee785.txt eqs. 21-22; a Gaussian state has
 * D = det C, Sec. III B): ρ = D|LR⟩⟨LR| + (1 − C_LL − C_RR + D)|0⟩⟨0| + Σ_αβ (C_βα − Dδ_αβ)|α⟩⟨β|,
 * with |α⟩ = c_α†|0⟩ and |LR⟩ = c_L† c_R†|0⟩ built from the Jordan-Wigner operators themselves, so
 * every sign follows the suite's convention.
 */
export function twoModeDensityMatrix(siteCorrelation: ComplexMatrix, doubleOccupancy: number): ComplexMatrix {
  const vacuum = ComplexMatrix.zeros(4, 1);
  // the vacuum is the basis state with both spins down (local state 1): index 3
  vacuum.set(3, 0, 1);
  const creators = modeCreators();
  const single = [multiply(creators[0], vacuum), multiply(creators[1], vacuum)];
  const pair = multiply(creators[0], single[1]);
  const rho = ComplexMatrix.zeros(4);
  const addOuter = (ket: ComplexMatrix, bra: ComplexMatrix, re: number, im: number) => {
    const braRow = adjoint(bra);
    const outer = multiply(ket, braRow);
    for (let i = 0; i < 4; i++)
      for (let j = 0; j < 4; j++) {
        const a = outer.re(i, j);
        const b = outer.im(i, j);
        rho.set(i, j, rho.re(i, j) + a * re - b * im, rho.im(i, j) + a * im + b * re);
      }
  };
  const D = doubleOccupancy;
  addOuter(pair, pair, D, 0);
  addOuter(vacuum, vacuum, 1 - siteCorrelation.re(0, 0) - siteCorrelation.re(1, 1) + D, 0);
  for (let a = 0; a < 2; a++)
    for (let b = 0; b < 2; b++) {
      addOuter(single[a], single[b], siteCorrelation.re(b, a) - (a === b ? D : 0), siteCorrelation.im(b, a));
    }
  return rho;
}

/** det C of a 2×2 Hermitian correlation matrix: the double occupancy of the Gaussian state. */
export function gaussianDoubleOccupancy(correlation: ComplexMatrix): number {
  const offDiagonal = correlation.re(0, 1) ** 2 + correlation.im(0, 1) ** 2;
  return correlation.re(0, 0) * correlation.re(1, 1) - offDiagonal;
}

/** Tr[ρ c_α† c_β] of a two-mode state (the inverse of twoModeDensityMatrix on its correlations). */
export function siteCorrelationOfState(rho: ComplexMatrix): ComplexMatrix {
  const c = modeAnnihilators();
  const out = ComplexMatrix.zeros(2);
  for (let a = 0; a < 2; a++)
    for (let b = 0; b < 2; b++) {
      const op = multiply(adjoint(c[a]), c[b]);
      // Tr[ρ op]
      let re = 0;
      let im = 0;
      for (let i = 0; i < 4; i++)
        for (let k = 0; k < 4; k++) {
          re += rho.re(i, k) * op.re(k, i) - rho.im(i, k) * op.im(k, i);
          im += rho.re(i, k) * op.im(k, i) + rho.im(i, k) * op.re(k, i);
        }
      out.set(a, b, re, im);
    }
  return out;
}
