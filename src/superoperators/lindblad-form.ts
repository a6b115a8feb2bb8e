import { adjoint, multiply } from "../linalg/complex-matrix.js";
import { Operator } from "../operators/operator.js";
import { DenseOperator, type LinearOperator } from "./linear-operator.js";
import { SandwichSuperoperator } from "./sandwich-superoperator.js";

/** ρ ↦ −i[H, ρ]: K = −iH. */
export function coherentGenerator(hamiltonian: LinearOperator): SandwichSuperoperator {
  return new SandwichSuperoperator(hamiltonian.dimension, [{ re: 0, im: -1, operator: hamiltonian }], []);
}

/**
 * Σ_k γ_k (J_k ρ J_k† − ½{J_k†J_k, ρ}) (DESIGN.md): sandwiches (γ_k, J_k, J_k) and K = −½Σ γ_k J_k†J_k.
 * Jump operators with rate 0 are left out.
 */
export function lindbladDissipator(
  dimension: number,
  jumps: readonly { operator: LinearOperator; rate: number }[],
): SandwichSuperoperator {
  const kept = jumps.filter((jump) => jump.rate !== 0);
  for (const { rate } of kept) {
    if (!Number.isFinite(rate) || rate < 0) {
      throw new RangeError(`invalid argument. A Lindblad rate must be finite and ≥ 0. Value: ${rate}.`);
    }
  }
  return new SandwichSuperoperator(
    dimension,
    kept.map(({ operator, rate }) => ({ re: -rate / 2, im: 0, operator: adjointProduct(operator) })),
    kept.map(({ operator, rate }) => ({ weight: rate, left: operator, right: operator })),
  );
}

/** J†J, symbolic for a symbolic J, dense otherwise. */
export function adjointProduct(operator: LinearOperator): LinearOperator {
  if (operator instanceof Operator) return operator.adjoint().times(operator);
  const matrix = operator.dense();
  return new DenseOperator(multiply(adjoint(matrix), matrix));
}
