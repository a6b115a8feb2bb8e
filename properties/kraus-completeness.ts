import { type KrausDecomposition, krausDecomposition } from "../src/measures/kraus-decomposition.js";
import { scale } from "../src/linalg/complex-matrix.js";
import { expm } from "../src/linalg/expm.js";
import { dissipationRate } from "../src/plugins/dissipation-rate.js";
import { compareWithBound, formatNumber, notApplicable } from "../src/plugins/outcome.js";
import { defineProperty, type PropertyContext } from "../src/plugins/property.js";

const TOLERANCE = 1e-9;
/** Times, in units of the inverse dissipation scale 1/max|D_α|, at which E(τ) is decomposed. */
export const KRAUS_TIMES_IN_RELAXATION_UNITS = [0.01, 0.1, 1, 10];

/** Kraus decompositions of exp(Lτ) at the test times (shared with the fixed-point property). */
export function krausDecompositionsOf(
  context: PropertyContext,
): { tau: number; kraus: KrausDecomposition }[] | undefined {
  const generator = context.denseGenerator();
  const symbolic = context.generator();
  if (!generator || !symbolic) return undefined;
  const scaleOfDissipation = dissipationRate(symbolic);
  return KRAUS_TIMES_IN_RELAXATION_UNITS.map((unit) => {
    const tau = unit / scaleOfDissipation;
    return {
      tau,
      kraus: krausDecomposition(expm(scale(generator.liouvillian, tau)), context.problem.dimension),
    };
  });
}

/**
 * Σ_μ K_μ†(τ)K_μ(τ) = 1 for the Kraus operators of E(τ) = exp(Lτ) built from its Choi matrix
 * (paper 000, 000_47becd3a7196453b.txt eq. (4) and the condition below it). Negative Choi eigenvalues
 * (no Kraus form with positive weights: the map is not completely positive) are reported with their size.
 */
export default defineProperty({
  id: "kraus-completeness",
  title: "Kraus operators of exp(Lτ): Σ K†K = 1",
  source: "000_47becd3a7196453b.txt eq. (4); Choi 1975",
  requires: { wrapsAnother: true, capabilities: ["generator"], maxDimension: 16 },
  check(context) {
    const decompositions = krausDecompositionsOf(context);
    if (!decompositions) return notApplicable("the engine has no generator");
    const worst = Math.max(...decompositions.map((d) => d.kraus.completenessError));
    const negative = Math.min(...decompositions.map((d) => d.kraus.mostNegativeEigenvalue));
    const outcome = compareWithBound({
      value: worst,
      bound: 0,
      tolerance: TOLERANCE,
      holds: worst <= TOLERANCE,
      quantity: "max |Σ s K†K − 1|",
      relation: "≈",
      details: decompositions.map((d) => ({
        tau: d.tau,
        krausOperators: d.kraus.operators.length,
        completenessError: d.kraus.completenessError,
        mostNegativeChoiEigenvalue: d.kraus.mostNegativeEigenvalue,
      })),
    });
    const finding =
      negative < -TOLERANCE
        ? `; finding: negative Choi eigenvalue ${formatNumber(negative)} (not completely positive, Kraus weights with sign −1)`
        : "";
    const via = context.traits.wraps ? ` (base ${context.traits.wraps})` : "";
    return { ...outcome, message: `${outcome.message}${finding}${via}` };
  },
});
