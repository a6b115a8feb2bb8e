import { type ComplexMatrix, scale } from "../linalg/complex-matrix.js";
import type { HamiltonianTerm } from "../physics/problem.js";

/**
 * A term coefficient·O of H_S whose matrix is built only when an engine asks for it (the local master
 * equation does; most engines need only H_S): a sweep builds problems at thousands of points.
 */
export class ScaledHamiltonianTerm implements HamiltonianTerm {
  readonly label: string;
  readonly support: number[];
  private readonly matrix: ComplexMatrix;
  private readonly coefficient: number;
  private scaled: ComplexMatrix | undefined;

  constructor(label: string, support: number[], matrix: ComplexMatrix, coefficient: number) {
    this.label = label;
    this.support = support;
    this.matrix = matrix;
    this.coefficient = coefficient;
  }

  get operator(): ComplexMatrix {
    this.scaled ??= scale(this.matrix, this.coefficient);
    return this.scaled;
  }
}
