import { describe, expect, it } from "vitest";
import { openCase } from "../../src/cases/open-case.js";
import { addScaledInPlace, ComplexMatrix, maxAbsDifference } from "../../src/linalg/complex-matrix.js";
import { steadyStateObservables } from "../../src/measures/steady-state-observables.js";
import { expectClose } from "../helpers/expect-close.js";
import { operatorMatrix } from "../helpers/operator-matrix.js";
import { engineOf, optionsOf } from "../helpers/registry.js";

// Paper 003 = 003_cb0e800cb11a91bb.txt, Sec. IV B and App. B.
const chain = openCase("tilted-ising-chain");

/** H_S of the case written out with Kronecker products: eqs. (105)-(107) and the mean field (B19)-(B20). */
function expectedHamiltonian(
  N: number,
  p: { h: number; theta: number; lam: number; TL: number; TR: number },
) {
  const { h, theta, lam, TL, TR } = p;
  const [c, s] = [Math.cos(theta), Math.sin(theta)];
  const H = new ComplexMatrix(2 ** N, 2 ** N);
  const add = (text: string, coefficient: number) =>
    addScaledInPlace(H, operatorMatrix(text, N), coefficient);
  for (let l = 0; l < N; l++) add(`Z${l}`, h);
  for (let l = 0; l + 1 < N; l++) {
    add(`Z${l} Z${l + 1}`, lam * c * c);
    add(`Z${l} X${l + 1}`, -lam * c * s);
    add(`X${l} Z${l + 1}`, -lam * c * s);
    add(`X${l} X${l + 1}`, lam * s * s);
  }
  for (const [site, T] of [
    [0, TL],
    [N - 1, TR],
  ]) {
    const meanField = -lam * c * Math.tanh(h / T);
    add(`Z${site}`, meanField * c);
    add(`X${site}`, -meanField * s);
  }
  return H;
}

/** Eqs. (111), (112), (114) with c = d = 1: the end-spin t_1, t_2 of the two-spin chain as λ → 0. */
function weakCouplingT(theta: number, TL: number, TR: number, h = 1): [number, number] {
  const [tL, tR] = [Math.tanh(h / TL), Math.tanh(h / TR)];
  const [c, s] = [Math.cos(theta), Math.sin(theta)];
  const dt = tL - tR;
  const K = (dt * dt * c ** 4) / (dt * dt * c ** 4 + s * s * (2 * c * c + s * s));
  return [(tL + tR) / 2 + (K / 2) * dt, (tL + tR) / 2 - (K / 2) * dt];
}

describe("case tilted-ising-chain (paper 003)", () => {
  it("builds N sites from the parameter N with the Hamiltonian of eqs. (105)-(107), (B19)-(B20)", () => {
    for (const N of [2, 3, 5]) {
      const set = { N, theta: 0.7, lam: 0.3, TL: 1.2, TR: 0.4 };
      const problem = chain.problemAt(set);
      expect(problem.space.size).toBe(N);
      expect(problem.dimension).toBe(2 ** N);
      const H = expectedHamiltonian(N, { h: 1, ...set });
      expect(maxAbsDifference(problem.hamiltonian.dense(), H)).toBeLessThan(1e-14);
      expect(problem.baths.map((b) => b.sites)).toEqual([[0], [N - 1]]);
      // the interaction and mean-field terms are of first order in λ, the field of order zero (eq. (16))
      const orders = problem.hamiltonianTerms.map((term) => term.order);
      expect(orders.filter((o) => o === 0)).toHaveLength(N);
      expect(orders.filter((o) => o === 1)).toHaveLength(N + 1);
    }
  });

  it("gives the spin baths the spectra c_α, d_α of eqs. (B32)-(B33) through an expression spectral density", () => {
    const lam = 0.05;
    const problem = chain.problemAt({ lam, cL: 2, dL: 0.5, cR: 1, dR: 3 });
    for (const [bath, c, d] of [
      [problem.baths[0], 2, 0.5],
      [problem.baths[1], 1, 3],
    ] as const) {
      const S = bath.channels[0].spectrum;
      // Φ̃(0) = d and (Φ̃(2h) + Φ̃(−2h))/2 = c in units of λ² (h = 1), with detailed balance at the bath's T
      expectClose(S(0) / lam ** 2, d, 1e-12, `d of ${bath.name}`);
      expectClose((S(2) + S(-2)) / (2 * lam ** 2), c, 1e-12, `c of ${bath.name}`);
      expectClose(S(2) / S(-2), Math.exp(2 / bath.temperature), 1e-12, `KMS of ${bath.name}`);
    }
  });

  it("keeps a 12-site chain symbolic and every engine refuses it at once with the numbers", () => {
    const problem = chain.problemAt({ N: 12 });
    expect(problem.dimension).toBe(4096);
    for (const id of ["global-lindblad", "local-lindblad", "redfield"]) {
      const engine = engineOf(id);
      const reason = engine.supports(problem, optionsOf(engine, problem));
      expect(reason, id).toMatch(/4096|16777216/);
    }
  });

  it("reaches the weak-coupling temperatures of eqs. (111)-(112) at N = 2 with an error linear in λ", () => {
    const global = engineOf("global-lindblad");
    const relativeErrors = [1e-2, 1e-3].map((lam) => {
      const problem = chain.problemAt({ lam });
      const rho = global.steadyState!(problem, optionsOf(global, problem)).rho!;
      const { sz, localTemperature } = steadyStateObservables(rho, problem);
      const [t1, t2] = weakCouplingT(Math.PI / 4, 1.5, 0.5);
      // the case's local temperature is h / atanh(t_l) with t_l = −⟨σz_l⟩ (Fig. 3)
      expectClose((localTemperature as number[])[0], 1 / Math.atanh(-sz![0]!), 1e-12, "T_0");
      return Math.max(Math.abs(-sz![0]! - t1) / t1, Math.abs(-sz![1]! - t2) / t2);
    });
    // Fig. 4: relative errors of order 1e-2 at λ = 0.01 (we find 3e-3), ten times smaller at 1e-3
    expect(relativeErrors[0]).toBeLessThan(1e-2);
    expectClose(relativeErrors[1] / relativeErrors[0], 0.1, 0.01, "error ratio for λ → λ/10");
  });
});
