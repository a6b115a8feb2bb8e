import { describe, expect, it } from "vitest";
import { FIG3_SETTINGS, weakCouplingTransmission } from "../../../src/papers/004-newns-exact/fig3.js";
import {
  CORRELATION_ENTRIES,
  FIG4_PANELS,
  fig4Trajectories,
} from "../../../src/papers/004-newns-exact/fig4.js";
import { nonMarkovianityRow } from "../../../src/papers/004-newns-exact/fig5.js";
import {
  fermiVariationOverLevels,
  WHITE_NOISE_FLATNESS,
} from "../../../src/papers/004-newns-exact/regimes.js";
import { computeValidityMap } from "../../../src/papers/004-newns-exact/validity-grid.js";
import {
  COUPLING_MAP_SETTINGS,
  couplingMapPoint,
} from "../../../src/papers/004-newns-exact/validity-maps.js";
import { transmission } from "../../../src/physics/newns/energy-distribution.js";
import { newnsModel } from "../../../src/physics/newns/newns-model.js";
import { exactSteadyState } from "../../../src/physics/newns/steady-state-correlation.js";
import { testContext } from "../../helpers/registry.js";

/** The Markovian approximations of paper 004 that the validity maps grade against newns-exact. */
const APPROXIMATE_ENGINES = ["local-lindblad", "global-lindblad", "redfield", "newns-epa"];

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
  });
});

describe("paper 004 Fig. 3", () => {
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
  it("ν∞ > 0 with μL between the levels and μR below, ν∞ = 0 at equal leads (eq. 82 and Sec. V C)", () => {
    const [between, equal] = nonMarkovianityRow([
      { TL: 0.02, TR: 0.02, muL: 1, muR: 0.2 },
      { TL: 0.02, TR: 0.02, muL: 1, muR: 1 },
    ]);
    expect(between).toBeGreaterThan(1e-4);
    expect(equal).toBe(0);
  });
});
