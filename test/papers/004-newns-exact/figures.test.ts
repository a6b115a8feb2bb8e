import { describe, expect, it } from "vitest";
import { openCase } from "../../../src/cases/open-case.js";
import paper004Fig3, {
  FIG3_SETTINGS,
  weakCouplingTransmission,
} from "../../../src/papers/004-newns-exact/fig3.js";
import paper004Fig4, {
  CORRELATION_ENTRIES,
  FIG4_PANELS,
  fig4Trajectories,
} from "../../../src/papers/004-newns-exact/fig4.js";
import paper004Fig5, { nonMarkovianityRow } from "../../../src/papers/004-newns-exact/fig5.js";
import {
  fermiVariationOverLevels,
  WHITE_NOISE_FLATNESS,
} from "../../../src/papers/004-newns-exact/regimes.js";
import { computeValidityMap } from "../../../src/papers/004-newns-exact/validity-grid.js";
import {
  biasValidityMap,
  COUPLING_MAP_SETTINGS,
  couplingMapPoint,
  couplingValidityMap,
} from "../../../src/papers/004-newns-exact/validity-maps.js";
import type { Figure, HeatmapSpec, LineChartSpec } from "../../../src/plugins/figure.js";
import { figureResults } from "../../../src/runner/figure-results.js";
import { transmission } from "../../../src/physics/newns/energy-distribution.js";
import { newnsModel } from "../../../src/physics/newns/newns-model.js";
import { exactSteadyState } from "../../../src/physics/newns/steady-state-correlation.js";
import { expectClose } from "../../helpers/expect-close.js";
import { engineOf, testContext } from "../../helpers/registry.js";

/** The Markovian approximations of paper 004 that the validity maps grade against newns-exact. */
const APPROXIMATE_ENGINES = ["local-lindblad", "global-lindblad", "redfield", "newns-epa"];
const tasks = testContext();

/** The figure as the run records it (claims merged with the verdicts), drawn by case newns-double-dot. */
async function drawn(figure: Figure, engines = APPROXIMATE_ENGINES) {
  const result = await figure.compute({
    prepared: openCase("newns-double-dot"),
    engines: engines.map(engineOf),
    tasks,
    seed: 1,
  });
  const record = figureResults(figure, result);
  const verdicts = Object.fromEntries(record.claims.map((claim) => [claim.id, claim.verdict]));
  return { charts: result.charts, notes: result.notes ?? [], verdicts, record };
}

/**
 * ν∞ of eq. (82) at the Fig. 5 parameters (h = 1, δ = 0, g = 0.5, Γ = 0.01, Ω = 10) from Λ± of eq. (55) by an
 * independent trapezoid rule over the band: at δ = 0 the eigenmodes are (c_L ± c_R)/√2, so F11 = F22 =
 * (fL + fR)/2 and |F12| = |fL − fR|/2; Λ+_12 = ∫J F12 [Γ1/(2l1) + Γ2/(2l2) + i(x1/l1 − x2/l2)] with
 * x_j = E_j − ω, l_j = x_j² + Γ_j²/4; Λ− = diag(Γ_j) − Λ+.
 */
function independentNonMarkovianity(TL: number, TR: number, mu: number): number {
  const [h, g, Gamma, Omega] = [1, 0.5, 0.01, 10];
  const E = [h + g / 2, h - g / 2];
  const J = (w: number) => (Gamma / (2 * Math.PI)) * Math.sqrt(Math.max(0, 1 - (w / Omega) ** 2));
  const widths = E.map((e) => 2 * Math.PI * J(e));
  const fermi = (w: number, T: number) => 1 / (Math.exp((w - mu) / T) + 1);
  const steps = 200_000;
  const dw = (2 * Omega) / steps;
  let [a, b, zRe, zIm] = [0, 0, 0, 0];
  for (let k = 0; k <= steps; k++) {
    const w = -Omega + k * dw;
    const weight = (k === 0 || k === steps ? 0.5 : 1) * dw * J(w);
    const [fL, fR] = [fermi(w, TL), fermi(w, TR)];
    const [x1, x2] = [E[0] - w, E[1] - w];
    const [l1, l2] = [x1 * x1 + widths[0] ** 2 / 4, x2 * x2 + widths[1] ** 2 / 4];
    a += (weight * ((fL + fR) / 2) * widths[0]) / l1;
    b += (weight * ((fL + fR) / 2) * widths[1]) / l2;
    const F12 = (fL - fR) / 2;
    zRe += weight * F12 * (widths[0] / (2 * l1) + widths[1] / (2 * l2));
    zIm += weight * F12 * (x1 / l1 - x2 / l2);
  }
  const eigenvalues = (p: number, q: number) => {
    const root = Math.sqrt(((p - q) / 2) ** 2 + zRe * zRe + zIm * zIm);
    return [(p + q) / 2 - root, (p + q) / 2 + root];
  };
  const rates = [...eigenvalues(a, b), ...eigenvalues(widths[0] - a, widths[1] - b)];
  return rates.reduce((sum, lambda) => sum + Math.max(0, -lambda), 0);
}

describe("paper 004 validity maps", () => {
  it("every approximate engine matches newns-exact where Γ ≪ Δ and the leads are white noise, and the global equation fails for Γ ≫ Δ", async () => {
    // g = 0.5, Γ = 0.002: Γ/Δ ≈ 4e-3, and the bias of 2 puts both μ far outside the levels (text after eq. 54)
    const settings = { ...COUPLING_MAP_SETTINGS, g: 0.5, Gamma: 0.002 };
    expect(fermiVariationOverLevels({ ...settings })).toBeLessThan(WHITE_NOISE_FLATNESS);
    const map = await computeValidityMap(testContext(), {
      caseId: "newns-double-dot",
      exact: "newns-exact",
      xs: [0.5, 0.05],
      ys: [0.002, 2],
      parametersAt: couplingMapPoint,
      engines: APPROXIMATE_ENGINES,
      workers: 1,
    });
    for (const engine of APPROXIMATE_ENGINES) {
      for (const quantity of ["particleCurrent", "energyCurrent", "occupations", "coherence"] as const) {
        expect(map.z[engine][quantity][0][0], `${engine} ${quantity}`).toBeLessThan(0.02);
      }
    }
    // Γ = 2 ≫ Δ ≈ 0.11 at g = 0.05: the secular (global) equation misses the broadening (Sec. II after eq. 7)
    expect(map.z["global-lindblad"].particleCurrent[1][1]).toBeGreaterThan(0.3);
    // the EPA needs only Γ ≪ Ω (Sec. IV B): still within a few per cent at Γ/Ω = 0.02
    expect(map.z["newns-epa"].occupations[1][1]).toBeLessThan(0.05);
    // ... and its state carries the current g Im C_LR (eq. 42) to O(Γ/Ω), while ⟨L_L†N⟩ of eq. (61) needs Γ ≪ Δ
    expect(map.z["newns-epa"].internalCurrent[1][1]).toBeLessThan(2 * (2 / 100));
    expect(map.z["newns-epa"].particleCurrent[1][1]).toBeGreaterThan(0.3);
    // a secular state is diagonal in the eigenbasis of H_S: no current through the system (Sec. II)
    expect(map.z["global-lindblad"].internalShare[0][0]).toBeLessThan(1e-9);
    // a local dissipator acts on its site only: ⟨D_L†N⟩ = ⟨D_L†n_L⟩ = g Im C_LR in its steady state
    expect(map.z["local-lindblad"].definitionGap[1][1]).toBeLessThan(1e-9);
  });

  it("the (g, Γ) map confirms its claims, says which current each engine uses and draws both EPA currents (finding 2)", async () => {
    const { charts, notes, verdicts } = await drawn(couplingValidityMap);
    expect(verdicts).toEqual({
      "quantum-optical-currents": "confirmed",
      "eq61-needs-quantum-optical": "confirmed",
      "epa-state": "confirmed",
      "global-no-internal-current": "confirmed",
    });
    const titles = charts.map((c) => c.title);
    expect(titles).toContain("newns-epa: particle current ⟨L_L†N⟩ (L_L of eq. 57: eq. 61)");
    expect(titles).toContain("newns-epa: particle current g·Im⟨c_L†c_R⟩ of its state (eq. 42)");
    expect(titles.filter((t) => t.startsWith("global-lindblad: particle current"))).toHaveLength(1);
    expect(notes.some((n) => n.startsWith("global-lindblad") && n.includes("not drawn"))).toBe(true);
    expect(notes.some((n) => n.startsWith("local-lindblad") && n.includes("coincide"))).toBe(true);
    // log10 of the error clipped to [−8, 0]: 1 %, 10 %, 100 % are −2, −1, 0 on one sequential scale
    for (const chart of charts as HeatmapSpec[]) {
      expect(chart.colorLabel).toContain("−2 = 1 %, −1 = 10 %, 0 = 100 % or worse");
      for (const z of chart.z.flat())
        if (z !== null) expect(z >= -8 && z <= 0, `${chart.title}: ${z}`).toBe(true);
    }
  });

  it("the (bias, T) map confirms its claims: the local equation holds for white noise and fails at nearly equal leads", async () => {
    const { verdicts } = await drawn(biasValidityMap);
    expect(verdicts).toEqual({
      "quantum-optical-currents": "confirmed",
      "white-noise-local": "confirmed",
      "local-not-thermal": "confirmed",
      "epa-state": "confirmed",
    });
  });
});

describe("paper 004 Fig. 3", () => {
  it("confirms two peaks at E1,2 = h ± Δ/2 for Γ = 0.02Δ, eq. (46) to O(Γ/Δ) and one maximum for Γ = 2Δ", async () => {
    const { charts, verdicts } = await drawn(paper004Fig3);
    expect(verdicts).toEqual({
      "peaks-at-levels": "confirmed",
      "eq46-weak-coupling": "confirmed",
      "peaks-merge": "confirmed",
    });
    // the caption's h = 1, g = δ = 0.5: Δ = 1/√2, E1,2 = 1 ± 0.354, i.e. ω/Ω = 0.135 and 0.065
    const weakest = (charts[0] as LineChartSpec).series[0];
    const y = weakest.y as number[];
    const peaks = weakest.x.filter(
      (_, k) => k > 0 && k + 1 < y.length && y[k] > y[k - 1] && y[k] >= y[k + 1],
    );
    expectClose(peaks, [(1 - Math.SQRT1_2 / 2) / 10, (1 + Math.SQRT1_2 / 2) / 10], 2e-4);
  });

  it("the transmission function approaches eq. (46) for Γ ≪ Δ", () => {
    const splitting = Math.hypot(FIG3_SETTINGS.g, FIG3_SETTINGS.delta);
    const model = newnsModel({ ...FIG3_SETTINGS, Gamma: 0.002 * splitting });
    for (const E of model.shiftedEnergies) {
      const exact = transmission(model, E);
      expect(Math.abs(weakCouplingTransmission(model, E) - exact) / exact).toBeLessThan(1e-2);
    }
  });
});

describe("paper 004 Fig. 4", () => {
  it("draws the exact solution as points and the EPA as lines against Γt up to 5, and confirms its claims (finding 3)", async () => {
    const { charts, verdicts } = await drawn(paper004Fig4);
    expect(verdicts).toEqual({ "epa-follows-exact": "confirmed", "large-imaginary-coherence": "confirmed" });
    for (const chart of charts as LineChartSpec[]) {
      expect(chart.xLabel).toBe("Γt");
      expect(new Set(chart.series.map((s) => s.name)).size).toBe(chart.series.length);
      for (const series of chart.series) {
        expect(series.style).toBe(series.name.includes("exact") ? "points" : "line");
        expect(series.x.at(-1)).toBe(5);
      }
    }
  });

  it("the EPA follows the exact C(t) from the vacuum to O(Γ/Ω) (eq. 53)", () => {
    const times = [0, 2, 5, 10, 20];
    const { exact, epa } = fig4Trajectories(FIG4_PANELS[0].set, times);
    let largest = 0;
    exact.correlations.forEach((C, i) => {
      for (const entry of CORRELATION_ENTRIES)
        largest = Math.max(largest, Math.abs(entry.select(C) - entry.select(epa.correlations[i])));
    });
    expect(largest).toBeLessThan(5 * (FIG4_PANELS[0].set.Gamma / FIG4_PANELS[0].set.Omega));
    // by t = 20 (|G_j|² = e^{−Γ_j t} ≈ 0.02) C(t) has relaxed close to C(∞) of eq. (32)
    const stationary = exactSteadyState(newnsModel(FIG4_PANELS[0].set)).eigenmodeCorrelation;
    for (const entry of CORRELATION_ENTRIES) {
      expect(Math.abs(entry.select(exact.correlations[4]) - entry.select(stationary))).toBeLessThan(0.05);
    }
  });
});

describe("paper 004 Fig. 5", () => {
  it("panel (c) at μ between the levels is zero by the rates themselves, and above them thermal driving gives ν∞ > 0 (finding 1)", () => {
    const temperatures = [0.005, 0.03, 0.17, 1];
    for (const TL of temperatures) {
      for (const TR of temperatures) {
        // μ = 1.1 lies between E2 = 0.75 and E1 = 1.25: every canonical rate stays positive
        expect(independentNonMarkovianity(TL, TR, 1.1), `μ = 1.1, TL = ${TL}, TR = ${TR}`).toBe(0);
        const [production] = nonMarkovianityRow([{ TL, TR, muL: 1.5, muR: 1.5 }]);
        expectClose(
          production,
          independentNonMarkovianity(TL, TR, 1.5),
          1e-7,
          `μ = 1.5, TL = ${TL}, TR = ${TR}`,
        );
      }
    }
    expect(independentNonMarkovianity(0.03, 0.17, 1.5)).toBeGreaterThan(1e-5);
  });

  it("confirms its four claims and panel (c) is no longer a map of zeros", async () => {
    const { charts, verdicts, record } = await drawn(paper004Fig5);
    expect(verdicts).toEqual({
      "one-between-one-outside": "confirmed",
      "thermal-reduction": "confirmed",
      "thermal-driving": "confirmed",
      "equilibrium-markovian": "confirmed",
    });
    expect(record.dataNotes).toEqual([]);
    expect(Math.max(...((charts[2] as HeatmapSpec).z.flat() as number[]))).toBeGreaterThan(1e-5);
  });

  it("ν∞ > 0 with μL between the levels and μR below, ν∞ = 0 at equal leads (eq. 82 and Sec. V C)", () => {
    const [between, equal] = nonMarkovianityRow([
      { TL: 0.02, TR: 0.02, muL: 1, muR: 0.2 },
      { TL: 0.02, TR: 0.02, muL: 1, muR: 1 },
    ]);
    expect(between).toBeGreaterThan(1e-4);
    expect(equal).toBe(0);
  });
});
