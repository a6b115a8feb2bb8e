import { isPointFailure } from "../../runner/point-failure.js";
import { defineFigure, type LineChartSpec } from "../../plugins/figure.js";
import { figureEngines, figureOptions } from "../figure-engines.js";
import { chainIdentitySides } from "./chain-identity-sides.js";

/** The couplings of Fig. 6. */
export const FIG6_COUPLINGS = [0.001, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2];
const FIG6_SET = { N: 6, theta: Math.PI / 4 };

/**
 * Paper 003 Fig. 6: both sides of eq. (150) — t_N − t_1 and α_zz/α_+ times the three-body and bath
 * correlations — against λ for the six-spin chain at θ = π/4, from each weak-coupling engine, with the
 * zeroth-order value of the perturbative engine (where both sides agree exactly) as the λ → 0 line.
 */
export default defineFigure({
  id: "paper-003-fig6",
  title: "Both sides of the chain identity eq. (150) against λ",
  source: "003_cb0e800cb11a91bb.txt Fig. 6, eqs. (150)-(152)",
  description:
    "LHS t_N − t_1 and RHS (α_zz/α_+){Σ(⟨σz ρA⟩ − ⟨ρA σz⟩) − t_L⟨ρA_12⟩ + ⟨ρA_N−1,N⟩t_R} of eq. (150) for N = 6, " +
    "θ = π/4 at λ = 0.001 … 0.2: they converge to one value as λ → 0, the zeroth-order state's.",
  compute(context) {
    const notes: string[] = [];
    const base = context.prepared.problemAt(FIG6_SET, "figure").parameters as Record<string, number>;
    const couplings = {
      alphaZZ: Math.cos(FIG6_SET.theta) ** 2,
      alphaPlus: Math.sin(FIG6_SET.theta) ** 2,
      tL: base.tL,
      tR: base.tR,
    };
    const identityAt = (engine: Parameters<typeof figureOptions>[1], lam: number) => {
      const problem = context.prepared.problemAt({ ...FIG6_SET, lam }, "figure");
      const options = figureOptions(context, engine, problem);
      try {
        const rho = engine.steadyState!(problem, options).rho;
        return rho ? chainIdentitySides(rho, problem.space, couplings) : undefined;
      } catch (error) {
        if (isPointFailure(error)) {
          notes.push(`${engine.id} at λ = ${lam}: ${error.message}`);
          return undefined;
        }
        throw error;
      }
    };
    const series: LineChartSpec["series"] = [];
    for (const engine of figureEngines(context, {
      approximations: ["weak-coupling"],
      needs: ["steadyState"],
      set: FIG6_SET,
    })) {
      const values = FIG6_COUPLINGS.map((lam) => identityAt(engine, lam));
      series.push({
        name: `${engine.id}: LHS t_N − t_1`,
        x: FIG6_COUPLINGS,
        y: values.map((v) => v?.lhs ?? null),
      });
      series.push({ name: `${engine.id}: RHS`, x: FIG6_COUPLINGS, y: values.map((v) => v?.rhs ?? null) });
    }
    for (const engine of figureEngines(context, {
      approximations: ["perturbative"],
      needs: ["steadyState"],
      set: FIG6_SET,
    })) {
      const limit = identityAt(engine, FIG6_COUPLINGS[0]);
      if (!limit) continue;
      series.push({
        name: `${engine.id} (λ → 0, both sides)`,
        x: [FIG6_COUPLINGS[0], FIG6_COUPLINGS.at(-1)!],
        y: [limit.lhs, limit.lhs],
      });
      notes.push(
        `${engine.id}: LHS = ${limit.lhs.toExponential(6)}, RHS = ${limit.rhs.toExponential(6)} (|LHS − RHS| = ${Math.abs(limit.lhs - limit.rhs).toExponential(1)})`,
      );
    }
    notes.push(
      "Paper: both sides converge to the same value in the weak-coupling limit, a little more slowly than the temperatures.",
    );
    return {
      charts: [
        {
          kind: "line",
          title: "Eq. (150) for N = 6, θ = π/4",
          xLabel: "λ",
          yLabel: "t_N − t_1 (LHS) and RHS",
          logX: true,
          series,
        },
      ],
      notes,
    };
  },
});
