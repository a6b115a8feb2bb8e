import type { ComplexMatrix } from "../../linalg/complex-matrix.js";
import { parseOperatorString } from "../../operators/operator-string.js";
import { SiteSpace } from "../../operators/site-space.js";

/** The two fermionic modes L = 0 and R = 1 of the Newns model (004_3bda4ae6cebee785.txt Sec. II). */
const TWO_MODES = new SiteSpace([
  { name: "L", kind: "fermion", levels: 2 },
  { name: "R", kind: "fermion", levels: 2 },
]);

/** [c_L, c_R] on the 4-dimensional Jordan-Wigner space of DESIGN.md (the string comes from the parser). */
export function modeAnnihilators(): [ComplexMatrix, ComplexMatrix] {
  return [parseOperatorString("c0", TWO_MODES).dense(), parseOperatorString("c1", TWO_MODES).dense()];
}

/** [c_L†, c_R†]. */
export function modeCreators(): [ComplexMatrix, ComplexMatrix] {
  return [parseOperatorString("cdag0", TWO_MODES).dense(), parseOperatorString("cdag1", TWO_MODES).dense()];
}
