import { defineProperty } from "../../plugins/property.js";
import { chainIdentitySides } from "./chain-identity-sides.js";
import { steadyStateAtCoupling, vanishingDeviation } from "./coupling-scan.js";

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
    const sides: Record<number, { lhs: number; rhs: number }> = {};
    return vanishingDeviation(
      (factor) => {
        const rho = steadyStateAtCoupling(context, context.engine, factor);
        if (typeof rho === "string") return rho;
        const { lhs, rhs } = chainIdentitySides(rho, context.problem.space, couplings);
        sides[factor] = { lhs, rhs };
        // relative to the temperature difference itself, so that a flat chain (LHS ≈ 0) is judged absolutely
        return Math.abs(lhs - rhs) / Math.max(1, Math.abs(lhs));
      },
      {
        quantity: "|LHS − RHS| of eq. (150)",
        exact: context.traits.approximation === "perturbative",
        details: () => sides,
      },
    );
  },
});
