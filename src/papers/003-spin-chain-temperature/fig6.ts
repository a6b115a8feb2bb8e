import type { Engine } from "../../plugins/engine.js";
import { type ClaimOutcome, defineFigure, type LineChartSpec } from "../../plugins/figure.js";
import { formatNumber } from "../../plugins/outcome.js";
import { isPointFailure } from "../../runner/point-failure.js";
import { figureEngines, figureOptions } from "../figure-engines.js";
import { type ChainIdentity, chainIdentitySides } from "./chain-identity-sides.js";
import { EXACT_TOLERANCE, LEAST_ORDER } from "./coupling-scan.js";
import { relativeDeviation } from "./profile-deviation.js";
import { localTemperature } from "./two-spin-temperatures.js";

/** The couplings of Fig. 6. */
export const FIG6_COUPLINGS = [0.001, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2];
const FIG6_SET = { N: 6, theta: Math.PI / 4 };
/** The decade over which the convergence is measured, and the coupling where the paper compares rates. */
const [WEAK, QUOTED] = [0.001, 0.01];

const CLAIMS = [
  {
    id: "sides-converge",
    source: "003_cb0e800cb11a91bb.txt text before Fig. 6, eq. (150)",
    statement: "Both sides of eq. (150) converge to the same value in the weak-coupling limit.",
    quantity:
      "orders of decrease from λ = 0.01 to 0.001 of |LHS − RHS| and of each side's distance from the λ → 0 value " +
      "(the zeroth-order state's, where both sides agree), weak-coupling engine",
    tolerance: `each order ≥ ${LEAST_ORDER} (at least λ^${LEAST_ORDER})`,
  },
  {
    id: "exact-at-zeroth-order",
    source: "003_cb0e800cb11a91bb.txt eqs. (46), (149)-(150)",
    statement: "Eq. (150) follows from P0 L1 ρ0 = 0: it holds exactly for the zeroth-order state.",
    quantity: "|LHS − RHS| of the perturbative (λ → 0) state",
    tolerance: "≤ 1e-9",
  },
  {
    id: "slower-than-temperature",
    source: "003_cb0e800cb11a91bb.txt text before Fig. 6",
    statement: "The convergence of the two sides is slightly slower than that for the temperature.",
    quantity:
      "at λ = 0.01: the larger relative distance of LHS, RHS from the λ → 0 value over the largest relative " +
      "deviation of the local temperatures T_l of the same state from the λ → 0 profile",
    tolerance: "ratio in (1, 10]: slower, but within an order of magnitude",
  },
] as const;

function order(atCoupling: number, atWeaker: number): number {
  return Math.log10(atCoupling / atWeaker);
}

function inconclusive(claim: string, evidence: string): ClaimOutcome {
  return { claim, verdict: "inconclusive", evidence };
}

/** The verdicts from the weak-coupling engine's identities by λ and the zeroth-order state's. */
function verdicts(
  h: number,
  numerical: Map<number, ChainIdentity> | undefined,
  limit: ChainIdentity | undefined,
) {
  const outcomes: ClaimOutcome[] = [];
  const [quoted, weak] = [numerical?.get(QUOTED), numerical?.get(WEAK)];
  if (!quoted || !weak || !limit) {
    outcomes.push(
      inconclusive("sides-converge", "no weak-coupling state at λ = 0.01 and 0.001, or no λ → 0 state"),
    );
  } else {
    const value = limit.lhs;
    const orders = [
      order(Math.abs(quoted.lhs - quoted.rhs), Math.abs(weak.lhs - weak.rhs)),
      order(Math.abs(quoted.lhs - value), Math.abs(weak.lhs - value)),
      order(Math.abs(quoted.rhs - value), Math.abs(weak.rhs - value)),
    ];
    outcomes.push({
      claim: "sides-converge",
      verdict: orders.every((o) => o >= LEAST_ORDER) ? "confirmed" : "refuted",
      evidence:
        `orders ${orders.map((o) => o.toFixed(2)).join(", ")} (|LHS − RHS|, LHS, RHS); at λ = ${WEAK}: ` +
        `LHS = ${weak.lhs.toFixed(6)}, RHS = ${weak.rhs.toFixed(6)}; λ → 0: ${value.toFixed(6)}`,
    });
  }
  if (!limit)
    outcomes.push(inconclusive("exact-at-zeroth-order", "no perturbative engine among the run's engines"));
  else {
    const mismatch = Math.abs(limit.lhs - limit.rhs);
    outcomes.push({
      claim: "exact-at-zeroth-order",
      verdict: mismatch <= EXACT_TOLERANCE ? "confirmed" : "refuted",
      evidence: `|LHS − RHS| = ${formatNumber(mismatch)} (LHS = ${limit.lhs.toExponential(6)})`,
    });
  }
  if (!quoted || !limit) {
    outcomes.push(
      inconclusive("slower-than-temperature", "no weak-coupling state at λ = 0.01, or no λ → 0 state"),
    );
  } else {
    const value = limit.lhs;
    const sides = Math.max(Math.abs(quoted.lhs - value), Math.abs(quoted.rhs - value)) / Math.abs(value);
    const temperature = (t: number[]) => t.map((x) => localTemperature(x, h));
    const temperatures = relativeDeviation(temperature(quoted.t), temperature(limit.t));
    const ratio = sides / temperatures;
    outcomes.push({
      claim: "slower-than-temperature",
      verdict: ratio > 1 && ratio <= 10 ? "confirmed" : "refuted",
      evidence: `at λ = ${QUOTED}: sides ${formatNumber(sides)}, temperatures ${formatNumber(temperatures)}: ratio ${formatNumber(ratio)}`,
    });
  }
  return outcomes;
}

/**
 * Paper 003 Fig. 6: both sides of eq. (150) — t_N − t_1 and α_zz/α_+ times the three-body and bath
 * correlations — against λ for the six-spin chain at θ = π/4, from each weak-coupling engine (LHS and RHS
 * as points, the paper's circles and squares), with the zeroth-order value of the perturbative engine
 * (where both sides agree exactly) as the λ → 0 line.
 */
export default defineFigure({
  id: "paper-003-fig6",
  title: "Both sides of the chain identity eq. (150) against λ",
  source: "003_cb0e800cb11a91bb.txt Fig. 6, eqs. (150)-(152)",
  description:
    "LHS t_N − t_1 and RHS (α_zz/α_+){Σ(⟨σz ρA⟩ − ⟨ρA σz⟩) − t_L⟨ρA_12⟩ + ⟨ρA_N−1,N⟩t_R} of eq. (150) for N = 6, " +
    "θ = π/4 at λ = 0.001 … 0.2: they converge to one value as λ → 0, the zeroth-order state's.",
  claims: CLAIMS,
  compute(context) {
    const notes: string[] = [];
    const base = context.prepared.problemAt(FIG6_SET, "figure").parameters as Record<string, number>;
    const couplings = {
      alphaZZ: Math.cos(FIG6_SET.theta) ** 2,
      alphaPlus: Math.sin(FIG6_SET.theta) ** 2,
      tL: base.tL,
      tR: base.tR,
    };
    const identityAt = (engine: Engine, lam: number) => {
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
    let numerical: Map<number, ChainIdentity> | undefined;
    for (const engine of figureEngines(context, {
      approximations: ["weak-coupling"],
      needs: ["steadyState"],
      set: FIG6_SET,
    })) {
      const values = FIG6_COUPLINGS.map((lam) => identityAt(engine, lam));
      numerical ??= new Map(values.flatMap((v, k) => (v ? [[FIG6_COUPLINGS[k], v] as const] : [])));
      const x = FIG6_COUPLINGS;
      series.push({
        name: `${engine.id}: LHS t_N − t_1`,
        x,
        y: values.map((v) => v?.lhs ?? null),
        style: "points",
      });
      series.push({ name: `${engine.id}: RHS`, x, y: values.map((v) => v?.rhs ?? null), style: "points" });
    }
    let limit: ChainIdentity | undefined;
    for (const engine of figureEngines(context, {
      approximations: ["perturbative"],
      needs: ["steadyState"],
      set: FIG6_SET,
    })) {
      const sides = identityAt(engine, FIG6_COUPLINGS[0]);
      if (!sides) continue;
      limit ??= sides;
      series.push({
        name: `${engine.id} (λ → 0, both sides)`,
        x: [FIG6_COUPLINGS[0], FIG6_COUPLINGS.at(-1)!],
        y: [sides.lhs, sides.lhs],
        style: "line",
      });
    }
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
      verdicts: verdicts(base.h, numerical, limit),
      notes,
    };
  },
});
