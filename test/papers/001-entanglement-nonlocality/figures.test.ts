import { describe, expect, it } from "vitest";
import { openCase } from "../../../src/cases/open-case.js";
import paper001Fig6 from "../../../src/papers/001-entanglement-nonlocality/fig6.js";
import paper001Fig15 from "../../../src/papers/001-entanglement-nonlocality/fig15.js";
import paper002Fig1 from "../../../src/papers/002-thermal-machine/fig1.js";
import type { Figure, LineChartSpec } from "../../../src/plugins/figure.js";
import { expectClose } from "../../helpers/expect-close.js";
import { engineOf, testContext } from "../../helpers/registry.js";

const engines = [engineOf("global-lindblad"), engineOf("redfield")];
const tasks = testContext();

/** The figure drawn by the case that lists it (its `figures`). */
async function charts(figure: Figure, caseId: string): Promise<LineChartSpec[]> {
  const result = await figure.compute({ prepared: openCase(caseId), engines, tasks, seed: 1 });
  return result.charts as LineChartSpec[];
}

function series(chart: LineChartSpec, name: string) {
  const found = chart.series.find((s) => s.name === name);
  if (!found) throw new Error(`no series ${name} in ${chart.title}`);
  return found;
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

  it("Fig. 15 of paper 001: R has the sign of Δε and the opposite sign of Δγ (Sec. 5.4)", async () => {
    const [detuning, imbalance] = await charts(paper001Fig15, "zhang-wang-bosonic");
    const redfieldDetuning = series(detuning, "redfield");
    const redfieldImbalance = series(imbalance, "redfield");
    redfieldDetuning.x.forEach((de, k) => {
      if (Math.abs(de) > 1e-9) expect(Math.sign(redfieldDetuning.y[k] as number)).toBe(Math.sign(de));
    });
    redfieldImbalance.x.forEach((dg, k) => {
      if (Math.abs(dg) > 1e-9) expect(Math.sign(redfieldImbalance.y[k] as number)).toBe(-Math.sign(dg));
    });
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
