import { describe, expect, it } from "vitest";
import { builtinRegistry } from "../../src/builtins/registry.js";
import type { PreparedCase } from "../../src/cases/build-problem.js";
import { openCase } from "../../src/cases/open-case.js";
import { parseOperatorString } from "../../src/operators/operator-string.js";
import { parseInitialState } from "../../src/physics/named-states.js";
import type { Problem } from "../../src/physics/problem.js";
import type { EngineOptions } from "../../src/plugins/engine.js";
import { inlineCase, thermalisingMode } from "../helpers/inline-case.js";

const registry = builtinRegistry();

/** ⟨O⟩(t) along an engine's evolution from a named state, with the evolution's own error estimate. */
function trajectory(
  engineId: string,
  problem: Problem,
  initial: string,
  times: number[],
  operators: string[],
  given: EngineOptions = {},
) {
  const engine = registry.engine(engineId);
  const options = registry.optionsFor(engine, problem, given);
  const evolution = engine.evolve!(problem, options, parseInitialState(initial, problem.space), times);
  const values = operators.map((text) => {
    const operator = parseOperatorString(text, problem.space);
    return evolution.states.map((rho) => operator.expectation(rho));
  });
  return { evolution, values };
}

const grid = (to: number, points: number) =>
  Array.from({ length: points }, (_, k) => (to * k) / (points - 1));

/** A mode or qubit with a Hamiltonian, no bath and one extra dissipator γD[L]: the textbook master equations. */
function drivenDamped(kind: "spin" | "boson", hamiltonian: unknown[], jump: string): PreparedCase {
  return inlineCase({
    id: `driven-damped-${kind}`,
    title: "Driven and damped at zero temperature",
    source: { paper: "textbook" },
    description: "A coherent drive and an amplitude damping γD[L] in the frame rotating with the drive.",
    parameters: {
      Omega: { value: kind === "spin" ? 1 : 0.5, description: "drive amplitude" },
      gamma: { value: kind === "spin" ? 0.2 : 1, description: "damping rate" },
    },
    system: {
      sites: [kind === "spin" ? { name: "q", kind: "spin" } : { name: "c", kind: "boson", levels: 20 }],
      hamiltonian,
      baths: [],
      dissipators: [{ rate: "gamma", operator: jump }],
    },
  });
}

describe("textbook dynamics", () => {
  it("damped harmonic oscillator: ⟨n⟩(t) = n_th + (n0 − n_th)e^{−γt} (Breuer & Petruccione Sec. 3.4.6)", () => {
    // 30 Fock levels: the Krylov propagator, matrix-free; n_th = 1/(e^{w/T} − 1) ≈ 0.25 leaves 1e-18 above them
    const problem = thermalisingMode("boson", 30).problemAt();
    const { w, gamma, T } = problem.parameters as Record<string, number>;
    const thermal = 1 / Math.expm1(w / T);
    const times = grid(5 / gamma, 101);
    for (const engine of ["global-lindblad", "local-lindblad"]) {
      const { evolution, values } = trajectory(engine, problem, "fock:3", times, ["n0", "a0"]);
      expect(evolution.method).toMatch(/^krylov/);
      expect(evolution.errorEstimate).toBeLessThan(1e-9);
      times.forEach((t, k) => {
        expect(values[0][k][0]).toBeCloseTo(thermal + (3 - thermal) * Math.exp(-gamma * t), 8);
        // a Fock state has no phase, and the dynamics keeps it (⟨a⟩ = 0 at all times)
        expect(Math.hypot(...values[1][k])).toBeLessThan(1e-10);
      });
    }
  });

  it("driven damped cavity: ⟨a⟩(t) = α(1 − e^{−γt/2}) → α = −2iΩ/γ, and the state stays coherent (⟨n⟩ = |⟨a⟩|²)", () => {
    // H = Ω(a + a†), γD[a]: d⟨a⟩/dt = −iΩ − (γ/2)⟨a⟩ (Walls & Milburn Sec. 7.2; Carmichael, Statistical Methods 1, Sec. 2.2)
    const problem = drivenDamped(
      "boson",
      [{ coefficient: "Omega", operator: "a0", hermitianConjugate: true }],
      "a0",
    ).problemAt();
    const { Omega, gamma } = problem.parameters as Record<string, number>;
    const alpha = (-2 * Omega) / gamma; // imaginary part of α; Re α = 0
    const times = grid(12 / gamma, 61);
    const { evolution, values } = trajectory("global-lindblad", problem, "fock:0", times, ["a0", "n0"]);
    expect(evolution.errorEstimate).toBeLessThan(1e-9);
    times.forEach((t, k) => {
      const amplitude = alpha * (1 - Math.exp((-gamma * t) / 2));
      expect(values[0][k][0]).toBeCloseTo(0, 9);
      expect(values[0][k][1]).toBeCloseTo(amplitude, 9);
      expect(values[1][k][0]).toBeCloseTo(amplitude * amplitude, 9);
    });
    // the same from the coherent state α itself: the stationary coherent state does not move
    const stationary = trajectory("global-lindblad", problem, `coherent:${alpha}i`, [0, 3, 30], ["a0"]);
    for (const [re, im] of stationary.values[0]) {
      expect(re).toBeCloseTo(0, 9);
      expect(im).toBeCloseTo(alpha, 8);
    }
  });

  it("Rabi oscillations of a resonantly driven decaying qubit follow Torrey's closed form", () => {
    // H = (Ω/2)σx, γD[σ⁻] from the ground state: ρ_ee(t) = Ω²/(γ² + 2Ω²)·[1 − e^{−3γt/4}(cos μt + (3γ/4μ) sin μt)],
    // μ = √(Ω² − γ²/16) (Torrey, Phys. Rev. 76, 1059 (1949); Loudon, The Quantum Theory of Light, Sec. 2.10)
    const problem = drivenDamped("spin", [{ coefficient: "Omega/2", operator: "X0" }], "sm0").problemAt();
    const { Omega, gamma } = problem.parameters as Record<string, number>;
    const mu = Math.sqrt(Omega ** 2 - gamma ** 2 / 16);
    const excited = (t: number) =>
      (Omega ** 2 / (gamma ** 2 + 2 * Omega ** 2)) *
      (1 - Math.exp((-3 * gamma * t) / 4) * (Math.cos(mu * t) + ((3 * gamma) / (4 * mu)) * Math.sin(mu * t)));
    const times = grid(40, 401);
    for (const evolution of ["dense", "krylov"]) {
      const { values } = trajectory("global-lindblad", problem, "down", times, ["n0"], { evolution });
      times.forEach((t, k) => expect(values[0][k][0]).toBeCloseTo(excited(t), 9));
    }
  });

  it("newns-epa follows the exact Newns evolution (004 eqs. (24), (29)-(31)) ever closer as Γ decreases", () => {
    // From the empty dots at TL = TR = 1, so that the leads' memory time 1/T is short against 1/Γ: the
    // asymptotic EPA generator (eq. (53)) starts from t = 0 with the rates the exact solution reaches only
    // after that memory time, and it misses the propagators G_j(t) by O(Γ/Ω). The trajectories of ⟨n_j⟩ and
    // ⟨c0†c1⟩ stay within a few 1e-2 and come closer as Γ halves; once relaxed (t = 10/Γ) the difference is
    // first order in Γ: it halves.
    const prepared = openCase("newns-double-dot");
    const observed = ["n0", "n1", "cdag0 c1"];
    const deviations = (Gamma: number) => {
      const problem = prepared.problemAt({ Gamma, TL: 1, TR: 1 });
      const times = grid(10 / Gamma, 41);
      const exact = trajectory("newns-exact", problem, "empty,empty", times, observed);
      const epa = trajectory("newns-epa", problem, "empty,empty", times, observed);
      expect(exact.evolution.errorEstimate).toBeLessThan(1e-4);
      const gap = (k: number) =>
        Math.max(
          ...observed.map((_, j) => Math.hypot(...exact.values[j][k].map((x, c) => x - epa.values[j][k][c]))),
        );
      return { worst: Math.max(...times.map((_, k) => gap(k))), relaxed: gap(times.length - 1) };
    };
    const [coarse, fine] = [deviations(0.2), deviations(0.1)];
    expect(coarse.worst).toBeLessThan(0.025);
    expect(fine.worst).toBeLessThan(0.7 * coarse.worst);
    expect(coarse.relaxed / fine.relaxed).toBeGreaterThan(1.6);
    expect(coarse.relaxed / fine.relaxed).toBeLessThan(2.5);
  });
});
