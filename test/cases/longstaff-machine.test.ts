import { describe, expect, it } from "vitest";
import { openCase } from "../../src/cases/open-case.js";
import { horodeckiChshMaximum } from "../../src/measures/chsh.js";
import { gibbsState } from "../../src/physics/gibbs-state.js";
import { parseInitialState } from "../../src/physics/named-states.js";
import { expectClose } from "../helpers/expect-close.js";
import { engineOf, optionsOf } from "../helpers/registry.js";

const globalLindblad = engineOf("global-lindblad");

const prepared = openCase("longstaff-machine");

/** Γ1, Γ2 of 002_2a2ed7907f7a4e96.txt eq. (21) with the rates of eq. (17) and J(ω) = χω. */
function rateSums(g: number, chi: [number, number], temperatures: [number, number], xi: [number, number]) {
  const distribution = (T: number, x: number) => 1 / (Math.exp(g / T) + x);
  let down = 0;
  let up = 0;
  for (const k of [0, 1]) {
    const P = distribution(temperatures[k], xi[k]);
    down += chi[k] * g * (1 - xi[k] * P);
    up += chi[k] * g * P;
  }
  return { down, up };
}

/** Steady-state Bell parameter of the noiseless machine from the initial state, global Lindblad. */
function bell(set: Record<string, number | string>, initial: string): number {
  const problem = prepared.problemAt(set);
  const rho = globalLindblad.steadyState!(problem, optionsOf(globalLindblad, problem), {
    initialState: parseInitialState(initial, problem.space),
  }).rho!;
  return horodeckiChshMaximum(rho);
}

describe("longstaff-machine (002_2a2ed7907f7a4e96.txt)", () => {
  it("has two steady states without noise and names the spin-x parity as conserved (eqs. (18)-(23))", () => {
    const result = globalLindblad.steadyState!(
      prepared.problemAt({}),
      optionsOf(globalLindblad, prepared.problemAt({})),
    );
    expect(result.dimension).toBe(2);
    expect(result.rho).toBeNull();
    expect(result.warnings.join(" ")).toMatch(/X0X1/);
  });

  it("reaches the Bell parameter of eq. (24) from initial states with μ = 1, 1/2 and 0", () => {
    for (const [stats, xi] of [
      ["spin", 1],
      ["boson", -1],
    ] as const) {
      const set = { T1: 0.9, T2: 0.3, stats1: stats, stats2: stats };
      const { down, up } = rateSums(1, [0.015, 0.005], [0.9, 0.3], [xi, xi]);
      const ratio = (down - up) / (down + up);
      // μ = Tr[Π+ ρ0]: |x+x+⟩ and |φ+⟩ lie in the plus sector, |ψ-⟩ in the minus one, |↑↑⟩ half and half
      for (const [initial, mu] of [
        ["x+,x+", 1],
        ["phi+", 1],
        ["psi-", 0],
        ["up,up", 0.5],
      ] as const) {
        expectClose(
          bell(set, initial),
          2 * Math.sqrt(ratio ** 2 + (2 * mu - 1) ** 2),
          1e-9,
          `${stats} ${initial}`,
        );
      }
    }
  });

  it("gives eq. (25), 2√(tanh²(g/2T) + (2μ−1)²), for two spin baths at one temperature", () => {
    for (const T of [0.2, 1, 5]) {
      expectClose(bell({ T1: T, T2: T }, "x+,x+"), 2 * Math.sqrt(Math.tanh(1 / (2 * T)) ** 2 + 1), 1e-9);
    }
  });

  it("has a thermal state with B = 2√2 tanh(g/2T) (eq. (33)), Bell local from T = g/(2 ln(1+√2)) on", () => {
    const problem = prepared.problemAt({});
    for (const T of [0.1, 0.5, 2]) {
      expectClose(
        horodeckiChshMaximum(gibbsState(problem.hamiltonian.dense(), T)),
        2 * Math.SQRT2 * Math.tanh(1 / (2 * T)),
        1e-12,
      );
    }
    const critical = 1 / (2 * Math.log(1 + Math.SQRT2));
    expectClose(horodeckiChshMaximum(gibbsState(problem.hamiltonian.dense(), critical)), 2, 1e-12);
  });

  it("cannot raise the Bell parameter with a temperature gradient: B(T1, T2) < B(T2, T2) for T1 > T2 (App. C)", () => {
    for (const stats of ["spin", "boson"]) {
      for (const noise of [{}, { gc: 0.001, gl1: 0.0001, gl2: 0.0001 }] as Record<string, number>[]) {
        const at = (T1: number) => {
          const problem = prepared.problemAt({ T1, T2: 0.3, stats1: stats, stats2: stats, ...noise });
          const rho = globalLindblad.steadyState!(
            problem,
            {},
            { initialState: parseInitialState("x+,x+", problem.space) },
          ).rho!;
          return horodeckiChshMaximum(rho);
        };
        const equal = at(0.3);
        for (const T1 of [0.4, 1, 3]) expect(at(T1)).toBeLessThan(equal);
      }
    }
  });

  it("violates CHSH with noise exactly when condition (30) holds: Γ1 > (3+2√2)Γ2 + 8(1+√2)γl", () => {
    // collective noise large compared with the local one, at two temperatures on either side of (30)
    const outcomes = new Set<boolean>();
    for (const T of [0.2, 0.6, 1.2]) {
      const set = { T1: T, T2: T, gc: 0.01, gl1: 1e-5, gl2: 1e-5 };
      const problem = prepared.problemAt(set);
      const rho = globalLindblad.steadyState!(problem, optionsOf(globalLindblad, problem)).rho!;
      const { down, up } = rateSums(1, [0.015, 0.005], [T, T], [1, 1]);
      const condition = down > (3 + 2 * Math.SQRT2) * up + 8 * (1 + Math.SQRT2) * 1e-5;
      expect(horodeckiChshMaximum(rho) > 2).toBe(condition);
      outcomes.add(condition);
    }
    expect(outcomes.size).toBe(2); // both sides of (30) were visited
  });
});
