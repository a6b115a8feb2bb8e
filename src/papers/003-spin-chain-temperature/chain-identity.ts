import { compareWithBound, notApplicable } from "../../plugins/outcome.js";
import { defineProperty } from "../../plugins/property.js";
import { chainIdentity } from "./chain-identity-sides.js";
import { convergenceOrder, steadyStateAtCoupling, WEAKER } from "./coupling-scan.js";

/** Round-off of the zeroth-order state (a rate equation solved to 1e-12). */
const EXACT_TOLERANCE = 1e-9;
/** Least order of convergence accepted for the other engines (eq. (150) holds in the limit, Fig. 6). */
const LEAST_ORDER = 0.7;

/**
 * Eq. (150) of 003_cb0e800cb11a91bb.txt: t_N − t_1 equals α_zz/α_+ times the three-body and bath
 * correlations of eqs. (151)-(152). Exact for the zeroth-order state (the perturbative engine: to
 * round-off); for a weak-coupling steady state at λ the mismatch must vanish as λ → 0 (Fig. 6): it is
 * measured at λ and λ/10 and must fall at least as λ^0.7.
 */
export default defineProperty({
  id: "chain-identity",
  title: "Chain identity of the temperature difference (paper 003 eq. (150))",
  source: "003_cb0e800cb11a91bb.txt eqs. (149)-(152), Fig. 6",
  scope: "case",
  arguments: {
    alphaZZ: { description: "α_zz of the spin-spin coupling (eq. (118))" },
    alphaPlus: { description: "α_+ = α_xx + α_yy (after eq. (90))" },
    tL: { description: "t_L = tanh(β_L h) of the left bath" },
    tR: { description: "t_R = tanh(β_R h) of the right bath" },
    coupling: { description: "the parameter that is λ", kind: "parameter" },
  },
  requires: { capabilities: ["steadyState"] },
  check(context) {
    const { alphaZZ, alphaPlus, tL, tR } = context.arguments as Record<string, number>;
    const couplings = { alphaZZ, alphaPlus, tL, tR };
    const mismatchAt = (factor: number) => {
      const rho = steadyStateAtCoupling(context, context.engine, factor);
      if (typeof rho === "string") return rho;
      const { lhs, rhs } = chainIdentity(rho, context.problem.space, couplings);
      return { lhs, rhs, mismatch: Math.abs(lhs - rhs) };
    };
    const here = mismatchAt(1);
    if (typeof here === "string") return notApplicable(here);
    if (context.traits.approximation === "perturbative") {
      const tolerance = EXACT_TOLERANCE * Math.max(1e-3, Math.abs(here.lhs));
      return compareWithBound({
        value: here.mismatch,
        bound: 0,
        tolerance,
        holds: here.mismatch <= tolerance,
        quantity: `|LHS − RHS| of eq. (150) (LHS = t_N − t_1 = ${here.lhs.toExponential(4)})`,
        relation: "=",
        details: here,
      });
    }
    const weaker = mismatchAt(WEAKER);
    if (typeof weaker === "string") return notApplicable(weaker);
    if (here.mismatch <= EXACT_TOLERANCE && weaker.mismatch <= EXACT_TOLERANCE) {
      return compareWithBound({
        value: here.mismatch,
        bound: 0,
        tolerance: EXACT_TOLERANCE,
        holds: true,
        quantity: "|LHS − RHS| of eq. (150) at λ and λ/10",
        relation: "≈",
      });
    }
    const order = convergenceOrder(here.mismatch, weaker.mismatch);
    return compareWithBound({
      value: order,
      bound: LEAST_ORDER,
      tolerance: 0,
      holds: order >= LEAST_ORDER,
      quantity: `order of convergence of |LHS − RHS| (${here.mismatch.toExponential(2)} at λ, ${weaker.mismatch.toExponential(2)} at λ/10)`,
      relation: "≥",
      details: { atCoupling: here, atWeaker: weaker },
    });
  },
});
