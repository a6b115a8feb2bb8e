import { compareWithBound, notApplicable } from "../../plugins/outcome.js";
import { defineProperty } from "../../plugins/property.js";
import { convergenceOrder, steadyStateAtCoupling, tProfile, WEAKER } from "./coupling-scan.js";

const EXACT_TOLERANCE = 1e-9;
const LEAST_ORDER = 0.7;

function spread(values: readonly number[]): number {
  return Math.max(...values) - Math.min(...values);
}

/**
 * Without an α_zz coupling (the transverse Ising chain, θ = π/2) the λ → 0 temperature profile is flat:
 * every t_l = −⟨σz_l⟩ is the same (003_cb0e800cb11a91bb.txt eq. (150) with α_zz = 0, Figs. 4-5 right;
 * the integrable case of ref. [12]). The zeroth-order state is flat to round-off; a weak-coupling steady
 * state at λ must flatten as λ → 0 (its spread max_l t_l − min_l t_l falling at least as λ^0.7 from λ to λ/10).
 */
export default defineProperty({
  id: "flat-profile",
  title: "Flat temperature profile without α_zz (paper 003)",
  source: "003_cb0e800cb11a91bb.txt eq. (150), Figs. 4-5 (θ = π/2)",
  scope: "case",
  arguments: { coupling: { description: "the parameter that is λ", kind: "parameter" } },
  requires: { capabilities: ["steadyState"] },
  check(context) {
    const spreadAt = (factor: number) => {
      const rho = steadyStateAtCoupling(context, context.engine, factor);
      return typeof rho === "string" ? rho : spread(tProfile(context, rho));
    };
    const here = spreadAt(1);
    if (typeof here === "string") return notApplicable(here);
    if (context.traits.approximation === "perturbative" || here <= EXACT_TOLERANCE) {
      return compareWithBound({
        value: here,
        bound: 0,
        tolerance: EXACT_TOLERANCE,
        holds: here <= EXACT_TOLERANCE,
        quantity: "max_l t_l − min_l t_l",
        relation: "=",
      });
    }
    const weaker = spreadAt(WEAKER);
    if (typeof weaker === "string") return notApplicable(weaker);
    const order = convergenceOrder(here, weaker);
    return compareWithBound({
      value: order,
      bound: LEAST_ORDER,
      tolerance: 0,
      holds: order >= LEAST_ORDER || weaker <= EXACT_TOLERANCE,
      quantity: `order of convergence of the spread of t_l (${here.toExponential(2)} at λ, ${weaker.toExponential(2)} at λ/10)`,
      relation: "≥",
      details: { atCoupling: here, atWeaker: weaker },
    });
  },
});
