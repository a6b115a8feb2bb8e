import { compareWithBound, notApplicable } from "../../plugins/outcome.js";
import { defineProperty } from "../../plugins/property.js";
import {
  convergenceOrder,
  perturbativeEngine,
  steadyStateAtCoupling,
  tProfile,
  WEAKER,
} from "./coupling-scan.js";

/** Least order of convergence accepted (the paper's master equation is correct to first order, Sec. III B). */
const LEAST_ORDER = 0.7;
/** Deviations below this are already the limit (round-off of the solvers). */
const CONVERGED = 1e-9;

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
    const deviationAt = (factor: number) => {
      const rho = steadyStateAtCoupling(context, context.engine, factor);
      if (typeof rho === "string") return rho;
      return Math.max(...tProfile(context, rho).map((t, l) => Math.abs(t - t0[l])));
    };
    const here = deviationAt(1);
    const weaker = deviationAt(WEAKER);
    if (typeof here === "string") return notApplicable(here);
    if (typeof weaker === "string") return notApplicable(weaker);
    const details = { t0, deviationAtCoupling: here, deviationAtWeaker: weaker };
    if (here <= CONVERGED) {
      return compareWithBound({
        value: here,
        bound: 0,
        tolerance: CONVERGED,
        holds: true,
        quantity: "max_l |t_l − t_l⁰|",
        relation: "≈",
        details,
      });
    }
    const order = convergenceOrder(here, weaker);
    return compareWithBound({
      value: order,
      bound: LEAST_ORDER,
      tolerance: 0,
      holds: order >= LEAST_ORDER,
      quantity: `order of convergence of max_l |t_l − t_l⁰| (${here.toExponential(2)} at λ, ${weaker.toExponential(2)} at λ/10)`,
      relation: "≥",
      details,
    });
  },
});
