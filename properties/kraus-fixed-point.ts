import { applyKraus } from "../src/measures/kraus-decomposition.js";
import { maxAbsDifference } from "../src/linalg/complex-matrix.js";
import { compareWithBound, notApplicable } from "../src/plugins/outcome.js";
import { defineProperty } from "../src/plugins/property.js";
import { krausDecompositionsOf } from "./kraus-completeness.js";

const TOLERANCE = 1e-9;

/** E(τ)[ρ_ss] = Σ_μ K_μ(τ) ρ_ss K_μ†(τ) = ρ_ss for all τ (paper 000, 000_47becd3a7196453b.txt eq. (15)). */
export default defineProperty({
  id: "kraus-fixed-point",
  title: "Steady state is a fixed point of the Kraus map",
  source: "000_47becd3a7196453b.txt eq. (15)",
  requires: { wrapsAnother: true, capabilities: ["generator"], maxDimension: 16 },
  check(context) {
    const rho = context.steadyState()?.rho;
    const decompositions = krausDecompositionsOf(context);
    if (!rho || !decompositions) return notApplicable("no unique steady state or no generator");
    const deviations = decompositions.map((d) => maxAbsDifference(applyKraus(d.kraus, rho), rho));
    const worst = Math.max(...deviations);
    return compareWithBound({
      value: worst,
      bound: 0,
      tolerance: TOLERANCE,
      holds: worst <= TOLERANCE,
      quantity: "max |Σ K ρ_ss K† − ρ_ss|",
      relation: "≈",
      details: decompositions.map((d, i) => ({ tau: d.tau, deviation: deviations[i] })),
    });
  },
});
