import { ComplexMatrix } from "../linalg/complex-matrix.js";
import type { LinearOperator } from "./linear-operator.js";
import type { Superoperator } from "./superoperator.js";

/** c·A, one term of the effective operator K. */
export interface EffectiveTerm {
  re: number;
  im: number;
  operator: LinearOperator;
}

/** w·X ρ Y†, one sandwich term. */
export interface SandwichTerm {
  weight: number;
  left: LinearOperator;
  right: LinearOperator;
}

/**
 * A generator in the form every Markovian master equation of the suite takes,
 *
 *   L(ρ) = K ρ + ρ K† + Σ_k w_k X_k ρ Y_k†,
 *
 * with K = Σ c_j A_j. Lindblad: K = −iH − ½Σ γ_k J_k†J_k and sandwiches (γ_k, J_k, J_k). Bloch-Redfield
 * (redfield-dissipator.ts): per channel K −= A†Λ and sandwiches (1, Λ, A), (1, A, Λ), Λ = Σ_ω ½S(ω)A(ω).
 * Applying it costs one left or right multiplication per term: cheap for local operators (a few n²
 * operations), one n³ product for a dense one. The terms also give the generator's matrix elements in
 * any basis, which the eigenbasis preconditioner of the Krylov solver uses.
 */
export class SandwichSuperoperator implements Superoperator {
  readonly dimension: number;
  private scratch?: ComplexMatrix;

  constructor(
    dimension: number,
    readonly effective: readonly EffectiveTerm[],
    readonly sandwiches: readonly SandwichTerm[],
  ) {
    this.dimension = dimension;
    for (const term of effective) assertDimension(term.operator, dimension);
    for (const term of sandwiches) {
      assertDimension(term.left, dimension);
      assertDimension(term.right, dimension);
    }
  }

  /** The sum of several generators in this form (terms concatenated). */
  static sum(parts: readonly SandwichSuperoperator[]): SandwichSuperoperator {
    if (parts.length === 0)
      throw new RangeError("invalid argument. A sum needs at least one generator. Value: 0.");
    return new SandwichSuperoperator(
      parts[0].dimension,
      parts.flatMap((part) => part.effective),
      parts.flatMap((part) => part.sandwiches),
    );
  }

  applyInto(rho: ComplexMatrix, out: ComplexMatrix): ComplexMatrix {
    const n = this.dimension;
    out.data.fill(0);
    for (const { re, im, operator } of this.effective) {
      operator.multiplyLeftInto(rho, out, re, im);
      // ρ (cA)† = conj(c)·ρA†
      operator.multiplyRightInto(rho, out, re, -im, true);
    }
    if (this.sandwiches.length === 0) return out;
    this.scratch ??= new ComplexMatrix(n, n);
    const middle = this.scratch;
    for (const { weight, left, right } of this.sandwiches) {
      if (weight === 0) continue;
      middle.data.fill(0);
      left.multiplyLeftInto(rho, middle, weight, 0);
      right.multiplyRightInto(middle, out, 1, 0, true);
    }
    return out;
  }
}

function assertDimension(operator: LinearOperator, n: number): void {
  if (operator.dimension !== n) {
    throw new RangeError(
      `invalid argument. Every operator of a generator must have dimension ${n}. Value: ${operator.dimension}.`,
    );
  }
}
