import { defineFigure } from "../../plugins/figure.js";
import { linearPoints } from "../../runner/sweep.js";
import { engineChart, bellEngines, solvePlans } from "./bell-sweep.js";
import { FIG6_CLAIMS, judgeFig6 } from "./fig6-claims.js";
import { paperEngineId } from "./paper-engine.js";

/**
 * Paper 001 Fig. 6: heat current I_2 (eq. (29)) and entropy production σ (eq. (33)) against ΔT = T2 − T1 at
 * T̄ = ε̄ for identical qubits, γ1 = γ2 = 0.1ε̄: linear current and quadratic σ at small ΔT (Sec. 5.1).
 */
export default defineFigure({
  id: "paper-001-fig6",
  title: "Heat current and entropy production against the temperature difference",
  source: "001_a04d396bbf339a9e.txt Fig. 6, eqs. (29), (32), (33)",
  description:
    "Heat current from bath 2 and entropy production rate against ΔT = T2 − T1 at fixed mean temperature T̄ = ε̄ " +
    "(κ = 3ε̄, γ1 = γ2 = 0.1ε̄). The current is odd in ΔT (eq. (32)) and linear near ΔT = 0; σ is quadratic.",
  claims: FIG6_CLAIMS,
  async compute(context) {
    const set = { Tm: 1 };
    const xs = linearPoints(-1, 1, 21);
    const engines = bellEngines(context, set);
    const [curves] = await solvePlans(context, [{ parameter: "dT", xs, engines, set }]);
    const paper = paperEngineId(context, set);
    const reference = paper ? curves[paper] : undefined;
    return {
      charts: [
        engineChart(
          "(a) heat current I_2 from bath 2",
          "ΔT = T2 − T1",
          "I_2 (eq. 29)",
          xs,
          curves,
          (p) => p.currents.right.heat,
        ),
        engineChart(
          "(b) entropy production",
          "ΔT = T2 − T1",
          "σ (eq. 33)",
          xs,
          curves,
          (p) => p.entropyProduction,
        ),
      ],
      verdicts: judgeFig6({
        bias: xs,
        current: reference?.map((p) => p?.currents.right.heat ?? null),
        entropyProduction: reference?.map((p) => p?.entropyProduction ?? null),
      }),
    };
  },
});
