import { defineProperty } from "../../plugins/property.js";
import { steadyStateAtCoupling, tProfile, vanishingDeviation } from "./coupling-scan.js";

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
    return vanishingDeviation(
      (factor) => {
        const rho = steadyStateAtCoupling(context, context.engine, factor);
        return typeof rho === "string" ? rho : spread(tProfile(context, rho));
      },
      { quantity: "max_l t_l − min_l t_l", exact: context.traits.approximation === "perturbative" },
    );
  },
});
