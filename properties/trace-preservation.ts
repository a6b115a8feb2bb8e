import { trace } from "../src/linalg/complex-matrix.js";
import { complexProbes } from "../src/measures/random-probes.js";
import { compareWithBound, notApplicable } from "../src/plugins/outcome.js";
import { defineProperty } from "../src/plugins/property.js";
import { applySuperoperator } from "../src/superoperators/superoperator.js";

const RELATIVE_TOLERANCE = 1e-10;
const PROBES = 4;

/**
 * Tr L(X) = 0 for every X: checked matrix-free on seeded random complex matrices X (a trace-losing
 * generator fails on any probe with probability one), relative to ‖L(X)‖, the largest |entry| of the image.
 */
export default defineProperty({
  id: "trace-preservation",
  title: "Trace preservation of the generator",
  source: "Any quantum master equation: d/dt Tr ρ = Tr L(ρ) = 0 (Breuer & Petruccione Sec. 3.2)",
  requires: { capabilities: ["generator"] },
  check(context) {
    const generator = context.generator();
    if (!generator) return notApplicable("the engine has no generator");
    const L = generator.liouvillian;
    let worst = 0;
    for (const probe of complexProbes(context.problem.dimension, PROBES, context.seed)) {
      const image = applySuperoperator(L, probe);
      let size = 0;
      for (let k = 0; k < image.data.length; k += 2)
        size = Math.max(size, Math.hypot(image.data[k], image.data[k + 1]));
      const [re, im] = trace(image);
      worst = Math.max(worst, Math.hypot(re, im) / Math.max(size, Number.MIN_VALUE));
    }
    return compareWithBound({
      value: worst,
      bound: 0,
      tolerance: RELATIVE_TOLERANCE,
      holds: worst <= RELATIVE_TOLERANCE,
      quantity: `max |Tr L(X)| / max|L(X)| over ${PROBES} random X (seed ${context.seed})`,
      relation: "=",
    });
  },
});
