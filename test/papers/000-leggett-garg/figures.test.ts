import { describe, expect, it } from "vitest";
import { openCase } from "../../../src/cases/open-case.js";
import paper000Fig1, { FIG1_SPLITTINGS, lgiSeries } from "../../../src/papers/000-leggett-garg/fig1.js";
import { r23At, unitaryLgi } from "../../../src/papers/000-leggett-garg/unitary-limit.js";
import paper000Fig2b, { FIG2B_BIAS } from "../../../src/papers/000-leggett-garg/fig2b.js";
import { computeMlgiMap, mlgiColumn } from "../../../src/papers/000-leggett-garg/mlgi-grid.js";
import { borderlinesAtGamma } from "../../../src/papers/000-leggett-garg/lgi-borderlines.js";
import { fitPowerLaw } from "../../../src/measures/power-law-fit.js";
import type { FigureContext, LineChartSpec } from "../../../src/plugins/figure.js";
import { expectClose } from "../../helpers/expect-close.js";
import { engineOf, testContext } from "../../helpers/registry.js";

// Paper 000 = 000_47becd3a7196453b.txt (ε, Γ, T in units of V; the case has V = 1).
const prepared = openCase("flipflop-qubits");
const global = engineOf("global-lindblad");
const tasks = testContext();
const figureContext: FigureContext = { prepared, engines: [global], tasks, seed: 1 };
const base = { caseId: "flipflop-qubits", engineId: "global-lindblad", options: {}, overrides: {} };

function series(chart: LineChartSpec, name: string) {
  const found = chart.series.find((s) => s.name === name);
  if (!found) throw new Error(`no series ${name} in ${chart.title}`);
  return found;
}

describe("paper 000 Fig. 1: F(0, τ, 2τ) at equilibrium", () => {
  it("starts at 1, respects the Lüders bound F ≤ 3/2 and marks maxima above every grid value", async () => {
    const result = await paper000Fig1.compute(figureContext);
    const chart = result.charts[0] as LineChartSpec;
    for (const eps of FIG1_SPLITTINGS) {
      const F = series(chart, `ε = ${eps}`).y as number[];
      expectClose(F[0], 1, 1e-12, `F(0) at ε = ${eps}`); // eq. (19) at τ = 0: C(0) = 1
      expect(Math.max(...F)).toBeLessThanOrEqual(1.5 + 1e-12); // Lüders bound (Sec. II)
      const mark = chart.marks!.find((m) => m.label === `max ε = ${eps}`)!;
      const refined = lgiSeries(figureContext, global, { TM: 1.1, dT: 0, eps }, mark.x, 2).F[1];
      expect(refined).toBeGreaterThanOrEqual(Math.max(...F.slice(0, 60)) - 1e-12); // first window: Vτ < 1.5
    }
  });

  it("violation shrinks as ε grows at T = 1.1 (Sec. IV: weaker inter-qubit coupling, smaller violation)", () => {
    const mlgi = FIG1_SPLITTINGS.map(
      (eps) => lgiSeries(figureContext, global, { TM: 1.1, dT: 0, eps }, 1, 2).mlgi,
    );
    for (let k = 1; k < mlgi.length; k++) expect(mlgi[k]).toBeLessThan(mlgi[k - 1]);
  });

  it("tends to the unitary curve of eq. (23), maximal at Vτ = π/6, as Γ → 0", () => {
    for (const set of [
      { TM: 1.1, dT: 0, Gamma: 1e-7 },
      { TM: 2, dT: 1.5, Gamma: 1e-7 },
    ]) {
      const curve = lgiSeries(figureContext, global, set, 3, 61);
      const r23 = r23At(prepared.problemAt(set).parameters); // eq. (22)
      for (const [k, t] of curve.tau.entries()) expectClose(curve.F[k], unitaryLgi(r23, t), 1e-5, `F(${t})`);
      expectClose(curve.tauAtMax!, Math.PI / 6, 1e-4, "Vτ at the maximum");
      expectClose(curve.mlgi, r23 / 2, 1e-5, "MLGI = r23/2 (eq. (23) at π/6)");
    }
  });
});

describe("paper 000 Fig. 2b: MLGI against ΔT", () => {
  it("a bias enhances the violation at the lowest T_M and the curves start at the equilibrium MLGI", async () => {
    const result = await paper000Fig2b.compute(figureContext);
    const [low] = result.charts as LineChartSpec[];
    const coldest = series(low, "T_M = 0.75").y as number[];
    for (let k = 1; k < coldest.length; k++) expect(coldest[k]).toBeGreaterThan(coldest[k - 1]);
    const [equilibrium] = mlgiColumn({ ...base, gamma: 0.05, points: [{ TM: 0.75, dT: 0 }] }, tasks);
    expectClose(coldest[0], equilibrium!, 1e-12);
    expect(FIG2B_BIAS[0]).toBe(0);
  });
});

describe("paper 000 Fig. 3a: MLGI map and borderlines", () => {
  it("the equilibrium MLGI does not grow with Γ at fixed T_M (ρss independent of Γ, eq. (22); decay Γ_V, eq. (24))", async () => {
    const map = await computeMlgiMap(tasks, {
      ...base,
      gamma: [1e-3, 1e-2, 3e-2, 1e-1],
      TM: [0.5, 2, 10, 40],
    });
    for (const row of map.z) {
      for (let j = 1; j < row.length; j++) expect(row[j]!).toBeLessThanOrEqual(row[j - 1]! + 1e-12);
    }
  });

  it("the root-found borderlines bound the violation and the bias enhancement at the map's resolution", async () => {
    const gammas = [1e-2, 1e-1];
    const points = gammas.map((gamma) => borderlinesAtGamma({ ...base, observable: "Z0", gamma }, tasks));
    for (const { gamma, violationTM, curvatureTM } of points) {
      const map = await computeMlgiMap(tasks, {
        ...base,
        gamma: [gamma],
        TM: [violationTM! / 1.05, violationTM! * 1.05],
      });
      expect(map.z[0][0]!).toBeGreaterThan(0);
      expect(map.z[1][0]).toBe(0);
      // ∂²MLGI/∂ΔT² > 0 below the curvature border (a bias helps), < 0 above it.
      const curvature = (TM: number) => {
        const h = 0.05 * TM;
        const [minus, zero, plus] = mlgiColumn(
          { ...base, gamma, points: [-h, 0, h].map((dT) => ({ TM, dT })) },
          tasks,
        ) as number[];
        return plus - 2 * zero + minus;
      };
      expect(curvature(curvatureTM! / 1.3)).toBeGreaterThan(0);
      expect(curvature(curvatureTM! * 1.3)).toBeLessThan(0);
    }
    // The violation border follows T_M ~ Γ⁻¹ (Sec. IV, from eq. (24)).
    const fit = fitPowerLaw(
      gammas,
      points.map((p) => p.violationTM!),
    )!;
    expectClose(fit.exponent, -1, 5e-3, "violation-border exponent");
  });
});
