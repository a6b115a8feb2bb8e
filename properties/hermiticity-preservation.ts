import { adjoint, maxAbs, maxAbsDifference } from "../src/linalg/complex-matrix.js";
import { hermitianProbes } from "../src/measures/random-probes.js";
import { compareWithBound, notApplicable } from "../src/plugins/outcome.js";
import { defineProperty } from "../src/plugins/property.js";
import { applySuperoperator } from "../src/superoperators/superoperator.js";

const RELATIVE_TOLERANCE = 1e-10;
const PROBES = 4;

/**
 * L(X) is Hermitian for Hermitian X: checked matrix-free on seeded random Hermitian X, the value
 * max |L(X) − L(X)†| / max|L(X)|.
 */
export default defineProperty({
  id: "hermiticity-preservation",
  title: "Hermiticity preservation of the generator",
  source:
    "Any physical generator maps Hermitian operators to Hermitian operators (Breuer & Petruccione Sec. 3.2)",
  requires: { capabilities: ["generator"] },
  check(context) {
    const generator = context.generator();
    if (!generator) return notApplicable("the engine has no generator");
    let worst = 0;
    for (const probe of hermitianProbes(context.problem.dimension, PROBES, context.seed)) {
      const image = applySuperoperator(generator.liouvillian, probe);
      worst = Math.max(
        worst,
        maxAbsDifference(image, adjoint(image)) / Math.max(maxAbs(image), Number.MIN_VALUE),
      );
    }
    return compareWithBound({
      value: worst,
      bound: 0,
      tolerance: RELATIVE_TOLERANCE,
      holds: worst <= RELATIVE_TOLERANCE,
      quantity: `max |L(X) − L(X)†| / max|L(X)| over ${PROBES} random Hermitian X (seed ${context.seed})`,
      relation: "=",
    });
  },
});
