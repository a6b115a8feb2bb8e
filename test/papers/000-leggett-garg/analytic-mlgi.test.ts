import { describe, expect, it } from "vitest";
import {
  analyticBorderlines,
  analyticCurvatureAsymptote,
  analyticMlgi,
  analyticViolationAsymptote,
  eq25Prefactor,
} from "../../../src/papers/000-leggett-garg/analytic-mlgi.js";
import { expectClose } from "../../helpers/expect-close.js";

// Paper 000 = 000_47becd3a7196453b.txt, units of V; its Figs. 2-4 have ε̃ = 3.
const EPS = 3;

describe("the paper's analytic MLGI (text after eq. (24)) and its borderlines", () => {
  it("is r23/2 of eq. (23) without dissipation and even in ΔT", () => {
    const TM = 1.1;
    const t = (w: number) => Math.tanh(w / (2 * TM));
    const r23 = (1 - t(EPS - 1) * t(EPS + 1)) / 2; // c2 + c3 of eq. (22) at equilibrium
    expectClose(analyticMlgi(EPS, 0, TM, 0), r23 / 2, 1e-14, "MLGI at Γ̃ = 0");
    expectClose(analyticMlgi(EPS, 0.05, 2, 0.3), analyticMlgi(EPS, 0.05, 2, -0.3), 1e-15, "MLGI(±ΔT)");
  });

  it("eq. (25) is eq. (B32): Γ̃ = 3(ε̃⁴ − 1)/(64πε̃ T̃³), 0.736 Γ̃^(−1/3) at ε̃ = 3", () => {
    expectClose(eq25Prefactor(EPS), ((3 * (EPS ** 4 - 1)) / (64 * Math.PI * EPS)) ** (1 / 3), 1e-14);
    expectClose(eq25Prefactor(EPS), 0.7355, 1e-4);
  });

  it("has T̃_M³ = 3(ε̃⁴ − 1)/(16πε̃Γ̃) as its large-T̃_M curvature border: 4× eq. (25)'s in Γ̃", () => {
    for (const eps of [2, 3, 5]) {
      expectClose(
        analyticCurvatureAsymptote(eps) ** 3 / eq25Prefactor(eps) ** 3,
        4,
        1e-12,
        `ratio at ε̃ = ${eps}`,
      );
      const gamma = 1e-6; // T̃_M ≈ 100 ≫ (ε̃ + 1)/2
      const { curvatureTM } = analyticBorderlines(eps, gamma);
      expectClose(curvatureTM * gamma ** (1 / 3), analyticCurvatureAsymptote(eps), 1e-3, `A at ε̃ = ${eps}`);
    }
  });

  it("has T̃_M Γ̃ → (6/π) ln(1/(√3 − 1)) (ε̃² − 1)/(4ε̃) as its violation border", () => {
    const gamma = 1e-6;
    expectClose(analyticBorderlines(EPS, gamma).violationTM * gamma, analyticViolationAsymptote(EPS), 1e-4);
    expectClose(
      analyticViolationAsymptote(EPS),
      ((6 / Math.PI) * Math.log(1 / (Math.sqrt(3) - 1)) * 8) / 12,
      1e-14,
    );
  });

  it("puts the curvature border near T̃_M = 5 at Γ̃ = 0.01 (App. B Fig. 4), where eq. (25) says 3.41", () => {
    const { curvatureTM } = analyticBorderlines(EPS, 0.01);
    expect(Math.abs(curvatureTM / 5 - 1)).toBeLessThan(0.05);
    expectClose(eq25Prefactor(EPS) * 0.01 ** (-1 / 3), 3.414, 1e-3);
  });
});
