import { describe, expect, it } from "vitest";
import { openCase } from "../../../src/cases/open-case.js";
import engineComparison from "../../../src/papers/003-spin-chain-temperature/engine-comparison.js";
import paper003Fig4 from "../../../src/papers/003-spin-chain-temperature/fig4.js";
import paper003Fig5 from "../../../src/papers/003-spin-chain-temperature/fig5.js";
import paper003Fig6 from "../../../src/papers/003-spin-chain-temperature/fig6.js";
import profileAgainstLength from "../../../src/papers/003-spin-chain-temperature/profile-against-length.js";
import type { Figure, LineChartSpec } from "../../../src/plugins/figure.js";
import { figureResults } from "../../../src/runner/figure-results.js";
import { expectClose } from "../../helpers/expect-close.js";
import { engineOf, testContext } from "../../helpers/registry.js";

const tasks = testContext();

/** The figure as the run records it (claims merged with the verdicts), drawn by case tilted-ising-chain. */
async function drawn(figure: Figure, engines: string[]) {
  const result = await figure.compute({
    prepared: openCase("tilted-ising-chain"),
    engines: engines.map(engineOf),
    tasks,
    seed: 1,
  });
  const record = figureResults(figure, result);
  const verdicts = Object.fromEntries(record.claims.map((claim) => [claim.id, claim.verdict]));
  return { charts: result.charts as LineChartSpec[], notes: result.notes ?? [], verdicts };
}

/**
 * The two end temperatures of eqs. (111)-(114) for h = 1, T_L = 1.5, T_R = 0.5, c = d = 1 (the text before
 * Fig. 4), written out from the paper: K = c(tL − tR)²cos⁴θ / (c(tL − tR)²cos⁴θ + sin²θ(2d cos²θ + c sin²θ)).
 */
function paperTwoSpin(theta: number): [number, number] {
  const [tL, tR] = [Math.tanh(1 / 1.5), Math.tanh(1 / 0.5)];
  const [c, s] = [Math.cos(theta), Math.sin(theta)];
  const numerator = (tL - tR) ** 2 * c ** 4;
  const K = numerator / (numerator + s * s * (2 * c * c + s * s));
  const t1 = (tL + tR) / 2 + (K / 2) * (tL - tR);
  const t2 = (tL + tR) / 2 - (K / 2) * (tL - tR);
  return [1 / Math.atanh(t1), 1 / Math.atanh(t2)];
}

describe("paper 003 Fig. 4", () => {
  it("confirms the exact λ → 0 limit, errors of order 1e-2 at λ = 0.01, faster convergence and no gradient at θ = π/2", async () => {
    const { charts, verdicts } = await drawn(paper003Fig4, ["weak-coupling-limit", "perturbative"]);
    expect(verdicts).toEqual({
      "exact-limit": "confirmed",
      "order-1e-2": "confirmed",
      "transverse-faster": "confirmed",
      "gradient-unless-transverse": "confirmed",
    });
    const [gradient, transverse] = charts;
    const limit = (chart: LineChartSpec) => chart.series.find((s) => s.name === "perturbative (λ → 0)")!;
    expectClose(limit(gradient).y.slice(1, 3) as number[], paperTwoSpin(Math.PI / 4), 1e-9, "θ = π/4");
    // θ = π/2: K = 0, both spins at the temperature of t = (tL + tR)/2
    expectClose(limit(transverse).y.slice(1, 3) as number[], paperTwoSpin(Math.PI / 2), 1e-9, "θ = π/2");
    expectClose(paperTwoSpin(Math.PI / 2)[0], paperTwoSpin(Math.PI / 2)[1], 1e-15);
  });

  it("draws the numerical results as points and eqs. (111)-(112) as the line, as the paper does", async () => {
    const { charts } = await drawn(paper003Fig4, ["weak-coupling-limit"]);
    const styles = Object.fromEntries(charts[0].series.map((s) => [s.name, s.style]));
    expect(styles).toEqual({
      "eqs. (111)-(112), λ → 0": "line",
      "weak-coupling-limit λ = 0.1": "points",
      "weak-coupling-limit λ = 0.01": "points",
    });
  });

  it("without the perturbative engine the claims about the λ → 0 state are inconclusive", async () => {
    const { verdicts } = await drawn(paper003Fig4, ["weak-coupling-limit"]);
    expect(verdicts["exact-limit"]).toBe("inconclusive");
    expect(verdicts["order-1e-2"]).toBe("confirmed");
  });
});

describe("paper 003 Figs. 5, 6 and beyond", () => {
  it("Fig. 5: a gradient at θ = π/4 and none at π/2, errors of order 1e-2 at λ = 0.01, faster at π/2", async () => {
    const { charts, verdicts } = await drawn(paper003Fig5, ["weak-coupling-limit", "perturbative"]);
    expect(verdicts).toEqual({
      "gradient-pi4": "confirmed",
      "flat-pi2": "confirmed",
      "order-1e-2": "confirmed",
      "transverse-faster": "confirmed",
    });
    // the transverse chain at λ = 1e-4 is flat at the temperature of t = (tL + tR)/2, eq. (150) with α_zz = 0
    const flat = charts[1].series.find((s) => s.name === "weak-coupling-limit λ = 0.0001")!;
    for (const T of flat.y.slice(1, -1)) expectClose(T as number, paperTwoSpin(Math.PI / 2)[0], 1e-6);
  });

  it("Fig. 6: both sides of eq. (150) converge, exactly equal for ρ0, a little more slowly than the temperatures", async () => {
    const { verdicts } = await drawn(paper003Fig6, ["weak-coupling-limit", "perturbative"]);
    expect(verdicts).toEqual({
      "sides-converge": "confirmed",
      "exact-at-zeroth-order": "confirmed",
      "slower-than-temperature": "confirmed",
    });
  });

  it("the profile against N: eq. (150) holds for ρ0 at every N and the gradient never vanishes at θ = π/4", async () => {
    const { charts, verdicts } = await drawn(profileAgainstLength, ["perturbative"]);
    expect(verdicts).toEqual({ "identity-every-length": "confirmed", "gradient-every-length": "confirmed" });
    // N = 2 is the two-spin chain of eqs. (111)-(112)
    const two = charts[0].series.find((s) => s.name === "N = 2")!;
    expectClose(two.y.slice(1, 3) as number[], paperTwoSpin(Math.PI / 4), 1e-9);
  });

  it("the engine comparison: the zeroth order is equally good for N = 2 and N = 6 (Sec. III B)", async () => {
    const { verdicts } = await drawn(engineComparison, [
      "weak-coupling-limit",
      "perturbative",
      "global-lindblad",
    ]);
    expect(verdicts).toEqual({ "equally-good-two-and-six": "confirmed" });
  });
});
