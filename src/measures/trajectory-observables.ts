import type { ComplexMatrix } from "../linalg/complex-matrix.js";
import type { Operator } from "../operators/operator.js";

/** An operator whose expectation is followed along a trajectory, under the name it is reported by. */
export interface ObservedOperator {
  name: string;
  operator: Operator;
  hermitian: boolean;
}

/** ⟨O⟩(t_k) for each time: real values for a Hermitian O, real and imaginary parts otherwise. */
export type ObservedValues = number[] | { re: number[]; im: number[] };

/** Tr[O ρ(t_k)] of every observed operator along the states, by name. */
export function trajectoryObservables(
  states: readonly ComplexMatrix[],
  observed: readonly ObservedOperator[],
): Record<string, ObservedValues> {
  const values: Record<string, ObservedValues> = {};
  for (const { name, operator, hermitian } of observed) {
    const re: number[] = [];
    const im: number[] = [];
    for (const rho of states) {
      const [r, i] = operator.expectation(rho);
      re.push(r);
      im.push(i);
    }
    values[name] = hermitian ? re : { re, im };
  }
  return values;
}
