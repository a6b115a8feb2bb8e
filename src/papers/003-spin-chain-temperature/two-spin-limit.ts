import { defineProperty } from "../../plugins/property.js";
import { steadyStateAtCoupling, tProfile, vanishingDeviation } from "./coupling-scan.js";
import { twoSpinT } from "./two-spin-temperatures.js";

/**
 * The two-spin tilted Ising model's end temperatures, eqs. (111)-(114) of 003_cb0e800cb11a91bb.txt: the
 * zeroth-order state has t_1, t_2 = (t_L + t_R)/2 ± (K/2)(t_L − t_R) (the perturbative engine to round-off, 1e-9);
 * a weak-coupling steady state approaches them as λ → 0, its deviation falling at least as λ^0.7 from
 * λ to λ/10 (Fig. 4: relative errors of order 1e-2 at λ = 0.01).
 */
export default defineProperty({
  id: "two-spin-limit",
  title: "End temperatures of the two-spin chain (paper 003 eqs. (111)-(114))",
  source: "003_cb0e800cb11a91bb.txt eqs. (111)-(114), (B26)-(B33), Fig. 4",
  scope: "case",
  arguments: {
    theta: { description: "tilt θ of the coupling axis" },
    tL: { description: "t_L = tanh(β_L h)" },
    tR: { description: "t_R = tanh(β_R h)" },
    c: { description: "c = (c_L + c_R)/2, eq. (B30)" },
    d: { description: "d = (d_L + d_R)/2, eq. (B31)" },
    coupling: { description: "the parameter that is λ", kind: "parameter" },
  },
  requires: { capabilities: ["steadyState"] },
  appliesTo: (context) => (context.problem.space.size === 2 ? true : "a result for two spins (N = 2)"),
  check(context) {
    const { theta, tL, tR, c, d } = context.arguments as Record<string, number>;
    const expected = twoSpinT({ theta, tL, tR, c, d });
    return vanishingDeviation(
      (factor) => {
        const rho = steadyStateAtCoupling(context, context.engine, factor);
        if (typeof rho === "string") return rho;
        return Math.max(...tProfile(context, rho).map((t, l) => Math.abs(t - expected[l])));
      },
      {
        quantity: `max_l |t_l − t_l(eqs. 111-112)| (t = ${expected.map((t) => t.toFixed(6)).join(", ")})`,
        exact: context.traits.approximation === "perturbative",
        details: (here, weaker) => ({ expected, atCoupling: here, atWeaker: weaker }),
      },
    );
  },
});
