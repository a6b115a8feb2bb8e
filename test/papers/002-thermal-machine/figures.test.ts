import { describe, expect, it } from "vitest";
import { openCase } from "../../../src/cases/open-case.js";
import { decayRates, noisyBell } from "../../../src/papers/002-thermal-machine/bell-parameter.js";
import paper002Fig1 from "../../../src/papers/002-thermal-machine/fig1.js";
import paper002Fig3 from "../../../src/papers/002-thermal-machine/fig3.js";
import type { Figure, LineChartSpec } from "../../../src/plugins/figure.js";
import { figureResults } from "../../../src/runner/figure-results.js";
import { expectClose } from "../../helpers/expect-close.js";
import { engineOf, testContext } from "../../helpers/registry.js";

const tasks = testContext();

/** The figure as the run records it (claims merged with the verdicts), drawn by case longstaff-machine. */
async function drawn(figure: Figure, engines: string[]) {
  const result = await figure.compute({
    prepared: openCase("longstaff-machine"),
    engines: engines.map(engineOf),
    tasks,
    seed: 1,
  });
  const record = figureResults(figure, result);
  return { charts: result.charts as LineChartSpec[], notes: result.notes ?? [], record };
}

function verdictsOf(record: ReturnType<typeof figureResults>): Record<string, string> {
  return Object.fromEntries(record.claims.map((claim) => [claim.id, claim.verdict]));
}

function series(chart: LineChartSpec, name: string) {
  const found = chart.series.find((s) => s.name === name);
  if (!found) throw new Error(`no series ${name} in ${chart.title}`);
  return found;
}

/** τ = 1/(2 ln(1 + √2)) ≈ 0.5673 (002 Sec. 4, App. B). */
const TAU = 1 / (2 * Math.log(1 + Math.SQRT2));

describe("paper 002 Fig. 1", () => {
  it("confirms its four claims: the μ = 1 NESS follows eq. (25) and stays nonlocal, B = √6 at T = τg, the thermal state turns local at τg", async () => {
    const { charts, record } = await drawn(paper002Fig1, ["global-lindblad", "redfield"]);
    expect(verdictsOf(record)).toEqual({
      "ness-eq25": "confirmed",
      "ness-nonlocal-all-T": "confirmed",
      "thermal-local-at-tau": "confirmed",
      "ness-at-tau": "confirmed",
    });
    const ness = series(charts[0], "global-lindblad");
    const k = ness.x.findIndex((T) => Math.abs(T - TAU) < 1e-12);
    expect(k, "T = τg is a point of the sweep").toBeGreaterThanOrEqual(0);
    // eq. (25) at T = τg: tanh(1/2τ) = tanh(ln(1 + √2)) = 1/√2, so B = 2√(1/2 + 1) = √6
    expectClose(ness.y[k] as number, Math.sqrt(6), 1e-9, "B(τg)");
    const thermal = series(charts[0], "thermal state (eq. 33)");
    expectClose(thermal.y[k] as number, 2, 1e-9, "B_th(τg)");
  });

  it("says that Redfield's curve coincides with the global equation's (finding 5: only the last drawn is visible)", async () => {
    const { notes } = await drawn(paper002Fig1, ["global-lindblad", "redfield"]);
    const note = notes.find((n) => n.includes("redfield coincides with global-lindblad"));
    expect(note).toBeDefined();
    // both solve the same secular steady state (the non-secular terms vanish on r±): round-off apart
    expect(Number(note!.split(" to ").at(-1))).toBeLessThan(1e-12);
  });

  it("without the paper's secular equation its NESS claims are inconclusive, not silently passed", async () => {
    const { record } = await drawn(paper002Fig1, ["redfield"]);
    const verdicts = verdictsOf(record);
    expect(verdicts["ness-eq25"]).toBe("inconclusive");
    expect(verdicts["thermal-local-at-tau"]).toBe("confirmed");
  });
});

describe("paper 002 Fig. 3", () => {
  it("confirms eq. (29), local noise alone is Bell local, collective noise boosts B, a gradient only degrades it", async () => {
    const { record } = await drawn(paper002Fig3, ["global-lindblad", "redfield"]);
    expect(verdictsOf(record)).toEqual({
      eq29: "confirmed",
      "local-noise-local": "confirmed",
      "collective-boost": "confirmed",
      "gradient-degrades": "confirmed",
    });
  });

  it("splits the rows into charts of one engine with the paper's five γc curves; a coinciding engine is a note (finding 4)", async () => {
    const { charts, notes } = await drawn(paper002Fig3, ["global-lindblad", "redfield"]);
    expect(charts.map((c) => c.title)).toEqual([
      "(a) two spin baths, global-lindblad, T2 = 0.3g",
      "(b) two bosonic baths, global-lindblad, T2 = 0.3g",
    ]);
    for (const chart of charts) {
      expect(chart.series.map((s) => s.name)).toEqual([
        "γc = 0",
        "γc = 0.0002",
        "γc = 0.0005",
        "γc = 0.001",
        "γc = 0.01",
      ]);
    }
    expect(
      notes.filter((n) => n.includes("redfield coincides with global-lindblad on every curve")),
    ).toHaveLength(2);
  });

  it("B > 2 only where condition (30) allows it: Γ1 > (3 + 2√2)Γ2 + 8(1 + √2)γl (Appendix E)", async () => {
    const { charts } = await drawn(paper002Fig3, ["global-lindblad"]);
    const gl = 1e-4;
    for (const [chart, statistics] of [
      [charts[0], "spin"],
      [charts[1], "boson"],
    ] as const) {
      for (const curve of chart.series) {
        curve.x.forEach((T1, k) => {
          const { Gamma1, Gamma2 } = decayRates({ g: 1, chi1: 0.005, chi2: 0.015, T1, T2: 0.3, statistics });
          const possible = Gamma1 > (3 + 2 * Math.SQRT2) * Gamma2 + 8 * (1 + Math.SQRT2) * gl;
          if (!possible)
            expect(curve.y[k] as number, `${chart.title} ${curve.name} T1 = ${T1}`).toBeLessThanOrEqual(2);
        });
      }
    }
  });
});

describe("paper 002 closed forms", () => {
  it("eq. (29) with collective noise only is 2√2(Γ1 − Γ2)/(Γ1 + Γ2), independent of γc (Sec. 5)", () => {
    for (const gc of [1e-4, 1e-3, 1e-1])
      expectClose(noisyBell(0.02, 0.001, gc, 0), (2 * Math.SQRT2 * 0.019) / 0.021, 1e-12);
  });

  it("eq. (29) with local noise only never exceeds 2 (Sec. 5: the steady state is always Bell local)", () => {
    for (const [G1, G2, gl] of [
      [1, 0, 1e-6],
      [0.02, 0.001, 1e-4],
      [5, 0.1, 1e-3],
    ]) {
      expect(noisyBell(G1, G2, 0, gl)).toBeLessThan(2);
    }
  });

  it("for two spin baths at equal T, (Γ1 − Γ2)/(Γ1 + Γ2) = tanh(g/2T), eq. (35)", () => {
    for (const T of [0.1, 0.3, 3]) {
      const { Gamma1, Gamma2 } = decayRates({
        g: 1,
        chi1: 0.015,
        chi2: 0.005,
        T1: T,
        T2: T,
        statistics: "spin",
      });
      expectClose((Gamma1 - Gamma2) / (Gamma1 + Gamma2), Math.tanh(1 / (2 * T)), 1e-12);
    }
  });
});
