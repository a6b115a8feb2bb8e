import type { ComplexMatrix } from "../linalg/complex-matrix.js";
import type { Superoperator } from "./superoperator.js";

/**
 * A Markovian engine's generator L and its split into one dissipator per bath (for the currents).
 * Both are matrix-free superoperators; small systems can be written out densely.
 */
export interface MarkovianGenerator {
  liouvillian: Superoperator;
  bathDissipators: Record<string, Superoperator>;
}

/** A generator written out as n²×n² matrices (column stacking), for checks that need the matrices. */
export interface DenseGenerator {
  liouvillian: ComplexMatrix;
  bathDissipators: Record<string, ComplexMatrix>;
}
