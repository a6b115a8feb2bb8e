import { type ComplexMatrix, scale } from "../src/linalg/complex-matrix.js";
import { hermitianEigen } from "../src/linalg/eigen.js";
import { expm } from "../src/linalg/expm.js";
import { choiMatrix } from "../src/linalg/superoperator.js";
import { dissipationRate } from "../src/plugins/dissipation-rate.js";
import { compareWithBound, formatNumber, notApplicable } from "../src/plugins/outcome.js";
import { defineProperty } from "../src/plugins/property.js";

const TOLERANCE = 1e-9;
/** Times at which exp(Lt) is tested, in units of the inverse dissipation scale 1/max|D_α|. */
const TIMES_IN_RELAXATION_UNITS = [0.01, 0.1, 1, 10];

/**
 * Complete positivity of the dynamical map E(t) = exp(L t): its Choi matrix Σ_ij |i⟩⟨j| ⊗ E(t)(|i⟩⟨j|)
 * is positive semidefinite (Choi 1975). Checked at several times spanning the relaxation; the value is
 * the most negative Choi eigenvalue divided by the dimension (the Choi trace), the finding for
 * generators that are not of Lindblad form (e.g. Redfield).
 */
export default defineProperty({
  id: "complete-positivity",
  title: "Complete positivity of exp(Lt)",
  source: "Choi, Linear Algebra Appl. 10, 285 (1975); Lindblad, Commun. Math. Phys. 48, 119 (1976)",
  requires: { capabilities: ["generator"], maxDimension: 16 },
  check(context) {
    const generator = context.denseGenerator();
    const symbolic = context.generator();
    if (!generator || !symbolic) return notApplicable("the engine has no generator");
    const n = context.problem.dimension;
    const dissipationScale = dissipationRate(symbolic);
    let worst = Number.POSITIVE_INFINITY;
    let worstTime = 0;
    let worstChoi: ComplexMatrix | undefined;
    for (const unit of TIMES_IN_RELAXATION_UNITS) {
      const t = unit / dissipationScale;
      const choi = choiMatrix(expm(scale(generator.liouvillian, t)), n);
      const smallest = hermitianEigen(choi).values[0] / n;
      if (smallest < worst) {
        worst = smallest;
        worstTime = t;
        worstChoi = choi;
      }
    }
    const holds = worst >= -TOLERANCE;
    const outcome = compareWithBound({
      value: worst,
      bound: 0,
      tolerance: TOLERANCE,
      holds,
      quantity: `most negative Choi eigenvalue / n (at t = ${formatNumber(worstTime)})`,
      relation: "≥",
      details: holds
        ? undefined
        : { time: worstTime, choiEigenvalues: Array.from(hermitianEigen(worstChoi!).values) },
    });
    return outcome;
  },
});
