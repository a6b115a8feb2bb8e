import { InputError } from "../input-error.js";
import {
  addScaledInPlace,
  ComplexMatrix,
  isHermitian,
  maxAbsDifference,
  multiply,
  scale,
} from "../linalg/complex-matrix.js";
import { OperatorStringError, parseOperatorString } from "../operators/operator-string.js";
import type { SiteSpace } from "../operators/site-space.js";

/**
 * A dichotomic observable Q (eigenvalues ±1, Q² = 1) and the projector Π⁺ = (1 + Q)/2 onto its +1
 * eigenspace, as used in the Leggett-Garg function of paper 000 (000_47becd3a7196453b.txt eqs. (5)-(20)).
 */
export interface DichotomicObservable {
  label: string;
  observable: ComplexMatrix;
  projectorPlus: ComplexMatrix;
}

/** Π⁺ = (1 + Q)/2 for a Hermitian Q with Q² = 1 (a RangeError otherwise). */
export function dichotomicObservable(observable: ComplexMatrix, label: string): DichotomicObservable {
  const n = observable.rows;
  if (
    !isHermitian(observable) ||
    maxAbsDifference(multiply(observable, observable), ComplexMatrix.identity(n)) > 1e-12
  ) {
    throw new RangeError(
      `invalid argument. Observable must be Hermitian with Q² = 1 (eigenvalues ±1). Value: ${label}.`,
    );
  }
  const projectorPlus = addScaledInPlace(scale(observable, 0.5), ComplexMatrix.identity(n), 0.5);
  return { label, observable, projectorPlus };
}

/**
 * A Pauli string such as `Z0` (the default of paper 000, Sec. III A: Q = σz of the first qubit) or
 * `X0 Z1`, parsed with the case operator syntax; anything whose square is not the identity (σ⁺, n, …)
 * is an input error naming the flag.
 */
export function parseDichotomicObservable(
  text: string,
  space: SiteSpace,
  where = "--observable",
): DichotomicObservable {
  let observable: ComplexMatrix;
  try {
    observable = parseOperatorString(text, space).dense();
  } catch (error) {
    if (error instanceof OperatorStringError) {
      throw new InputError({
        file: where,
        path: "",
        expected: "a Pauli string such as Z0 or X0 Z1",
        got: JSON.stringify(text),
        reason: error.message,
      });
    }
    throw error;
  }
  try {
    return dichotomicObservable(observable, text);
  } catch {
    throw new InputError({
      file: where,
      path: "",
      expected:
        "a dichotomic observable (a product of Pauli factors X<k>, Y<k>, Z<k> on distinct sites, Q² = 1)",
      got: JSON.stringify(text),
    });
  }
}
