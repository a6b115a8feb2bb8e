import {
  addScaledInPlace,
  adjoint,
  ComplexMatrix,
  maxAbsDifference,
  multiply,
} from "../linalg/complex-matrix.js";
import { hermitianEigen } from "../linalg/eigen.js";
import { choiMatrix } from "../linalg/superoperator.js";

/**
 * Kraus operators of a linear map E from the eigendecomposition of its Choi matrix
 * C = Σ_ij |i⟩⟨j| ⊗ E(|i⟩⟨j|) = Σ_μ λ_μ |v_μ⟩⟨v_μ| (Choi 1975): with (K_μ)_ai = √|λ_μ| (v_μ)_{i·n+a},
 * E(ρ) = Σ_μ s_μ K_μ ρ K_μ†, s_μ = sign λ_μ (paper 000, 000_47becd3a7196453b.txt eq. (4)). For a
 * completely positive map every s_μ = +1; a negative eigenvalue (e.g. a Redfield generator) is kept
 * with its sign so that the decomposition stays exact, and its size is reported.
 */
export interface KrausDecomposition {
  operators: ComplexMatrix[];
  /** +1 for a positive Choi eigenvalue, −1 for a negative one. */
  signs: number[];
  /** The Choi eigenvalues kept, in the order of `operators`. */
  weights: number[];
  /** The most negative Choi eigenvalue (0 when the map is completely positive to round-off). */
  mostNegativeEigenvalue: number;
  /** max |Σ_μ s_μ K_μ†K_μ − 1|: trace preservation of the decomposition (eq. (4)). */
  completenessError: number;
}

/** Choi eigenvalues below this fraction of the largest are dropped (their Kraus operators are zero to round-off). */
const NEGLIGIBLE_WEIGHT = 1e-14;

export function krausDecomposition(propagator: ComplexMatrix, n: number): KrausDecomposition {
  const { values, vectors } = hermitianEigen(choiMatrix(propagator, n));
  const N = n * n;
  const largest = Math.max(...Array.from(values, Math.abs));
  const operators: ComplexMatrix[] = [];
  const signs: number[] = [];
  const weights: number[] = [];
  for (let mu = N - 1; mu >= 0; mu--) {
    const lambda = values[mu];
    if (Math.abs(lambda) <= NEGLIGIBLE_WEIGHT * largest) continue;
    const root = Math.sqrt(Math.abs(lambda));
    const k = new ComplexMatrix(n, n);
    for (let i = 0; i < n; i++) {
      for (let a = 0; a < n; a++) {
        const from = 2 * ((i * n + a) * N + mu);
        k.data[2 * (a * n + i)] = root * vectors.data[from];
        k.data[2 * (a * n + i) + 1] = root * vectors.data[from + 1];
      }
    }
    operators.push(k);
    signs.push(Math.sign(lambda));
    weights.push(lambda);
  }
  const completeness = ComplexMatrix.zeros(n);
  operators.forEach((k, mu) => {
    addScaledInPlace(completeness, multiply(adjoint(k), k), signs[mu]);
  });
  return {
    operators,
    signs,
    weights,
    mostNegativeEigenvalue: Math.min(0, values[0]),
    completenessError: maxAbsDifference(completeness, ComplexMatrix.identity(n)),
  };
}

/** E(ρ) = Σ_μ s_μ K_μ ρ K_μ† (eq. (4)). */
export function applyKraus(decomposition: KrausDecomposition, rho: ComplexMatrix): ComplexMatrix {
  const out = ComplexMatrix.zeros(rho.rows);
  decomposition.operators.forEach((k, mu) => {
    addScaledInPlace(out, multiply(multiply(k, rho), adjoint(k)), decomposition.signs[mu]);
  });
  return out;
}
