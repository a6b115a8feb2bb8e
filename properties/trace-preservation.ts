import { maxAbs } from "../src/linalg/complex-matrix.js";
import { compareWithBound, notApplicable } from "../src/plugins/outcome.js";
import { defineProperty } from "../src/plugins/property.js";

const RELATIVE_TOLERANCE = 1e-10;

/**
 * Tr L(ρ) = 0 for every ρ ⇔ the row vector vec(1)† L vanishes (column stacking: Tr X = vec(1)† vec X).
 * The measured value is max_k |Σ_i L_{(i,i),k}| relative to max|L|.
 */
export default defineProperty({
  id: "trace-preservation",
  title: "Trace preservation of the generator",
  source: "Any quantum master equation: d/dt Tr ρ = Tr L(ρ) = 0 (Breuer & Petruccione Sec. 3.2)",
  appliesTo: (context) => (context.engine.generator ? true : "the engine has no generator"),
  check(context) {
    const generator = context.generator();
    if (!generator) return notApplicable("the engine has no generator");
    const L = generator.liouvillian;
    const n = context.problem.dimension;
    let worst = 0;
    for (let k = 0; k < L.cols; k++) {
      let re = 0;
      let im = 0;
      for (let i = 0; i < n; i++) {
        re += L.re(i * n + i, k);
        im += L.im(i * n + i, k);
      }
      worst = Math.max(worst, Math.hypot(re, im));
    }
    const value = worst / Math.max(maxAbs(L), Number.MIN_VALUE);
    return compareWithBound({
      value,
      bound: 0,
      tolerance: RELATIVE_TOLERANCE,
      holds: value <= RELATIVE_TOLERANCE,
      quantity: "max |Tr L(|i⟩⟨j|)| / max|L|",
      relation: "=",
    });
  },
});
