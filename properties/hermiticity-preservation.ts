import { maxAbs } from "../src/linalg/complex-matrix.js";
import { compareWithBound, notApplicable } from "../src/plugins/outcome.js";
import { defineProperty } from "../src/plugins/property.js";

const RELATIVE_TOLERANCE = 1e-10;

/**
 * L(X†) = L(X)† for every X. On the basis X = |i⟩⟨j|: L(|j⟩⟨i|)_{ab} = conj(L(|i⟩⟨j|)_{ba}). In
 * column-stacking, column (j + n·i) of L is vec L(|j⟩⟨i|) and row (a + n·b) holds the (a, b) element.
 */
export default defineProperty({
  id: "hermiticity-preservation",
  title: "Hermiticity preservation of the generator",
  source:
    "Any physical generator maps Hermitian operators to Hermitian operators (Breuer & Petruccione Sec. 3.2)",
  appliesTo: (context) => (context.engine.generator ? true : "the engine has no generator"),
  check(context) {
    const generator = context.generator();
    if (!generator) return notApplicable("the engine has no generator");
    const L = generator.liouvillian;
    const n = context.problem.dimension;
    let worst = 0;
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) {
        const colIJ = i + n * j; // vec(|i⟩⟨j|)
        const colJI = j + n * i; // vec(|j⟩⟨i|)
        for (let a = 0; a < n; a++) {
          for (let b = 0; b < n; b++) {
            const dRe = L.re(a + n * b, colJI) - L.re(b + n * a, colIJ);
            const dIm = L.im(a + n * b, colJI) + L.im(b + n * a, colIJ);
            worst = Math.max(worst, Math.hypot(dRe, dIm));
          }
        }
      }
    }
    const value = worst / Math.max(maxAbs(L), Number.MIN_VALUE);
    return compareWithBound({
      value,
      bound: 0,
      tolerance: RELATIVE_TOLERANCE,
      holds: value <= RELATIVE_TOLERANCE,
      quantity: "max |L(X†) − L(X)†| / max|L|",
      relation: "=",
    });
  },
});
