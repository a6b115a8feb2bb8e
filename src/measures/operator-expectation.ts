import type { ComplexMatrix } from "../linalg/complex-matrix.js";
import type { Operator } from "../operators/operator.js";

/** A complex expectation value, as JSON carries it. */
export interface ComplexValue {
  re: number;
  im: number;
}

/**
 * ⟨O⟩ = Tr[O ρ]: a number for a Hermitian O (its imaginary part is round-off for a Hermitian ρ), {re, im}
 * for any other, e.g. the coherence ⟨σ⁺0 σ⁻1⟩ or a two-time correlation.
 */
export function expectationValue(
  operator: Operator,
  hermitian: boolean,
  rho: ComplexMatrix,
): number | ComplexValue {
  const [re, im] = operator.expectation(rho);
  return hermitian ? re : { re, im };
}
