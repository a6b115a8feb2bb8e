import { notApplicable } from "../../plugins/outcome.js";
import { defineProperty } from "../../plugins/property.js";
import { perturbativeEngine, steadyStateAtCoupling, tProfile, vanishingDeviation } from "./coupling-scan.js";

/**
 * A weak-coupling steady state tends to the zeroth-order state ρ0 of 003_cb0e800cb11a91bb.txt eqs. (45)-(47)
 * as λ → 0 (ρ = ρ0 + λρ1 + …, eq. (21)): the largest difference of the t_l = −⟨σz_l⟩ profile from that of
 * the registry's perturbative engine is measured at λ and λ/10 and must fall at least as λ^0.7
 * (Figs. 4-5: relative errors of order 1e-2 at λ = 0.01). Not applicable where the perturbative state
 * does not exist (H1 degenerate in a block of H0).
 */
export default defineProperty({
  id: "perturbative-limit",
  title: "Steady state tends to the zeroth-order state as λ → 0 (paper 003)",
  source: "003_cb0e800cb11a91bb.txt eqs. (21), (45)-(47), Figs. 4-5",
  scope: "case",
  arguments: { coupling: { description: "the parameter that is λ", kind: "parameter" } },
  requires: {
    capabilities: ["steadyState"],
    approximations: ["weak-coupling", "secular", "local", "bloch-redfield"],
  },
  check(context) {
    const limit = perturbativeEngine(context);
    if (!limit) return notApplicable("no perturbative engine is registered");
    const rho0 = steadyStateAtCoupling(context, limit, 1);
    if (typeof rho0 === "string") return notApplicable(rho0);
    const t0 = tProfile(context, rho0);
    return vanishingDeviation(
      (factor) => {
        const rho = steadyStateAtCoupling(context, context.engine, factor);
        if (typeof rho === "string") return rho;
        return Math.max(...tProfile(context, rho).map((t, l) => Math.abs(t - t0[l])));
      },
      {
        quantity: "max_l |t_l − t_l⁰|",
        exact: false,
        details: (here, weaker) => ({ t0, deviationAtCoupling: here, deviationAtWeaker: weaker }),
      },
    );
  },
});
