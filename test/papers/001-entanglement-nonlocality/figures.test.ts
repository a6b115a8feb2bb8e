import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { openCase } from "../../../src/cases/open-case.js";
import { ComplexMatrix } from "../../../src/linalg/complex-matrix.js";
import { maximiseI3322 } from "../../../src/measures/i3322.js";
import paper001Fig6 from "../../../src/papers/001-entanglement-nonlocality/fig6.js";
import paper001Fig8 from "../../../src/papers/001-entanglement-nonlocality/fig8.js";
import paper001Fig12 from "../../../src/papers/001-entanglement-nonlocality/fig12.js";
import paper001Fig15 from "../../../src/papers/001-entanglement-nonlocality/fig15.js";
import paper002Fig1 from "../../../src/papers/002-thermal-machine/fig1.js";
import type { Figure, FigureResult, LineChartSpec } from "../../../src/plugins/figure.js";
import { figureResults } from "../../../src/runner/figure-results.js";
import { expectClose } from "../../helpers/expect-close.js";
import { densityMatrixArbitrary } from "../../helpers/random-operators.js";
import { engineOf, testContext } from "../../helpers/registry.js";

// Paper 001 = 001_a04d396bbf339a9e.txt; its own equation is Bloch-Redfield (engine redfield).
const engines = [engineOf("global-lindblad"), engineOf("redfield")];
const tasks = testContext();

/** The figure drawn by the case that lists it (its `figures`). */
function compute(figure: Figure, caseId: string): Promise<FigureResult> {
  return Promise.resolve(figure.compute({ prepared: openCase(caseId), engines, tasks, seed: 1 }));
}

async function charts(figure: Figure, caseId: string): Promise<LineChartSpec[]> {
  return (await compute(figure, caseId)).charts as LineChartSpec[];
}

function series(chart: LineChartSpec, name: string) {
  const found = chart.series.find((s) => s.name === name);
  if (!found) throw new Error(`no series ${name} in ${chart.title}`);
  return found;
}

/** The figure's claims as the run records them, each with the verdict the figure returned for it. */
function judged(figure: Figure, result: FigureResult) {
  const claims = figureResults(figure, result).claims!;
  expect(result.verdicts!.map((v) => v.claim).sort()).toEqual(figure.claims!.map((c) => c.id).sort());
  return Object.fromEntries(claims.map((c) => [c.id, c.verdict]));
}

/** ρ with the two qubits exchanged: |01⟩ ↔ |10⟩. */
function exchanged(rho: ComplexMatrix): ComplexMatrix {
  const p = [0, 2, 1, 3];
  const out = new ComplexMatrix(4, 4);
  for (let i = 0; i < 4; i++)
    for (let j = 0; j < 4; j++) out.set(i, j, rho.re(p[i], p[j]), rho.im(p[i], p[j]));
  return out;
}

describe("figures of papers 001 and 002", () => {
  it("Fig. 6 of paper 001: the heat current is odd in ΔT (eq. (32)) and σ ≥ 0 is even", async () => {
    const [current, sigma] = await charts(paper001Fig6, "zhang-wang-bosonic");
    for (const engine of ["global-lindblad", "redfield"]) {
      const i2 = series(current, engine).y as number[];
      const s = series(sigma, engine).y as number[];
      for (let k = 0; k < i2.length; k++) {
        expectClose(i2[k], -i2[i2.length - 1 - k], 1e-12);
        expectClose(s[k], s[s.length - 1 - k], 1e-12);
        expect(s[k]).toBeGreaterThanOrEqual(-1e-15);
      }
    }
  });

  it("Fig. 6 of paper 001: every claim confirmed; σ = −I1/T1 − I2/T2 is quadratic because I2 is linear", async () => {
    const result = await compute(paper001Fig6, "zhang-wang-bosonic");
    const verdicts = judged(paper001Fig6, result);
    expect(Object.values(verdicts).every((v) => v === "confirmed")).toBe(true);
    // eq. (33) with I1 = −I2 (eq. (31)): σ = I2 ΔT/(T1T2), T1,2 = T̄ ∓ ΔT/2, T̄ = 1.
    const [current, sigma] = result.charts as LineChartSpec[];
    const i2 = series(current, "redfield");
    i2.x.forEach((dT, k) => {
      const expected = ((i2.y[k] as number) * dT) / ((1 - dT / 2) * (1 + dT / 2));
      expectClose(series(sigma, "redfield").y[k] as number, expected, 1e-12, `σ at ΔT = ${dT}`);
    });
  });

  it("Fig. 8 of paper 001: the I3 maximum of the symmetric set-up is at ΔT = 0, against the paper", async () => {
    const result = await compute(paper001Fig8, "zhang-wang-bosonic");
    const verdicts = judged(paper001Fig8, result);
    expect(verdicts["symmetric-maxima-at-equilibrium"]).toBe("confirmed");
    expect(verdicts["cntd-mismatch"]).toBe("confirmed");
    expect(verdicts["i3-subset-of-i2"]).toBe("confirmed");
    // Decided: the paper's reason fails. max Tr[B3322 ρ] (eq. (6)) does not change when the qubits are
    // exchanged, so for identical qubits and baths I3(ΔT) = I3(−ΔT) …
    fc.assert(
      fc.property(densityMatrixArbitrary(4), (rho) => {
        const direct = maximiseI3322(rho, { seed: 3, starts: 48 }).value;
        const swapped = maximiseI3322(exchanged(rho), { seed: 5, starts: 48 }).value;
        expectClose(swapped, direct, 1e-7, "max I3322 with the qubits exchanged");
      }),
      { numRuns: 15 },
    );
    // … and its samples fall away from ΔT = 0 on both sides.
    const i3 = result.charts.find(
      (c) => c.title.startsWith("(a)") && c.title.includes("I3"),
    ) as LineChartSpec;
    const y = series(i3, "redfield").y as number[];
    const zero = i3.series[0].x.findIndex((x) => Math.abs(x) < 1e-12);
    expect(y[zero]).toBeGreaterThan(y[zero + 1]);
    expectClose(y[zero + 1], y[zero - 1], 1e-12, "I3 at ±ΔT");
    expect(verdicts["i3-maximum-off-equilibrium"]).toBe("refuted");
  });

  it("Fig. 12 of paper 001: every claim confirmed, with no I3322 violation in the symmetric panel", async () => {
    const result = await compute(paper001Fig12, "zhang-wang-fermionic");
    const verdicts = judged(paper001Fig12, result);
    expect(Object.values(verdicts).every((v) => v === "confirmed")).toBe(true);
    // the all-zero I3 chart of panel (a) is the paper's finding, and the figure says so
    const zero = figureResults(paper001Fig12, result).dataNotes;
    expect(zero.some((note) => note.includes("(a)") && note.includes("I3"))).toBe(true);
    expect(result.notes!.some((note) => note.includes("I3322 inequality is not violated"))).toBe(true);
  });

  it("Fig. 15 of paper 001: R has the sign of Δε and the opposite sign of Δγ (Sec. 5.4)", async () => {
    const result = await compute(paper001Fig15, "zhang-wang-bosonic");
    const [detuning, imbalance] = result.charts as LineChartSpec[];
    const redfieldDetuning = series(detuning, "redfield");
    const redfieldImbalance = series(imbalance, "redfield");
    redfieldDetuning.x.forEach((de, k) => {
      if (Math.abs(de) > 1e-9) expect(Math.sign(redfieldDetuning.y[k] as number)).toBe(Math.sign(de));
    });
    redfieldImbalance.x.forEach((dg, k) => {
      if (Math.abs(dg) > 1e-9) expect(Math.sign(redfieldImbalance.y[k] as number)).toBe(-Math.sign(dg));
    });
    const verdicts = judged(paper001Fig15, result);
    expect(Object.values(verdicts).every((v) => v === "confirmed")).toBe(true);
  });

  it("Fig. 1 of paper 002: the μ = 1 steady state stays nonlocal while the thermal state turns local at τg", async () => {
    const [chart] = await charts(paper002Fig1, "longstaff-machine");
    const ness = series(chart, "global-lindblad");
    for (const [k, T] of ness.x.entries()) {
      // eq. (25) with μ = 1
      expectClose(ness.y[k] as number, 2 * Math.sqrt(Math.tanh(1 / (2 * T)) ** 2 + 1), 1e-9);
      expect(ness.y[k] as number).toBeGreaterThan(2);
    }
    const thermal = series(chart, "thermal state (eq. 33)");
    const tau = 1 / (2 * Math.log(1 + Math.SQRT2));
    thermal.x.forEach((T, k) => {
      expect((thermal.y[k] as number) > 2).toBe(T < tau);
    });
  });
});
