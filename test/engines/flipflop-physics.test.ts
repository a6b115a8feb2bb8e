import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { openCase } from "../../src/cases/open-case.js";
import { ComplexMatrix, kron, maxAbsDifference } from "../../src/linalg/complex-matrix.js";
import { energyCoherence } from "../../src/measures/energy-coherence.js";
import { gibbsState } from "../../src/physics/gibbs-state.js";
import { expectClose } from "../helpers/expect-close.js";
import { engineOf, optionsOf } from "../helpers/registry.js";

const globalLindblad = engineOf("global-lindblad");
const localLindblad = engineOf("local-lindblad");

const flipflop = openCase("flipflop-qubits");
const bose = (omega: number, T: number) => 1 / Math.expm1(omega / T);

/**
 * Paper 000_47becd3a7196453b.txt eq. (22), written out independently of the case file: the global steady
 * state is the product of two fictitious qubits with splittings |eps − V| and eps + V, each with upper-level
 * population n̄/(2n̄+1), n̄ the mean Bose occupation of the two baths. In the site basis
 * |++⟩, |+−⟩, |−+⟩, |−−⟩ with |ψ±⟩ = (|+−⟩ ± |−+⟩)/√2 (energies ±V):
 * c(++) = p1p2, c(ψ+) = (1−p1)p2, c(ψ−) = p1(1−p2), c(−−) = (1−p1)(1−p2) for eps > V.
 */
function equation22(eps: number, V: number, T1: number, T2: number): ComplexMatrix {
  const upper = (w: number) => {
    const n = (bose(w, T1) + bose(w, T2)) / 2;
    return n / (2 * n + 1);
  };
  const p1 = upper(eps - V);
  const p2 = upper(eps + V);
  const psiPlus = (1 - p1) * p2;
  const psiMinus = p1 * (1 - p2);
  return ComplexMatrix.from([
    [p1 * p2, 0, 0, 0],
    [0, (psiPlus + psiMinus) / 2, (psiPlus - psiMinus) / 2, 0],
    [0, (psiPlus - psiMinus) / 2, (psiPlus + psiMinus) / 2, 0],
    [0, 0, 0, (1 - p1) * (1 - p2)],
  ]);
}

const physicalPoint = fc.record({
  Gamma: fc.double({ min: 1e-4, max: 0.5, noNaN: true }),
  TM: fc.double({ min: 0.3, max: 5, noNaN: true }),
  bias: fc.double({ min: -0.95, max: 0.95, noNaN: true }),
});

describe("global Lindblad on flipflop-qubits (paper 000)", () => {
  it("reproduces eq. (22) for any Gamma, TM and dT, independently of Gamma", () => {
    fc.assert(
      fc.property(physicalPoint, ({ Gamma, TM, bias }) => {
        const dT = 2 * TM * bias;
        const problem = flipflop.problemAt({ Gamma, TM, dT });
        const rho = globalLindblad.steadyState!(problem, optionsOf(globalLindblad, problem)).rho!;
        expectClose(rho, equation22(3, 1, TM + dT / 2, TM - dT / 2), 1e-9, "ρ_ss vs eq. (22)");
      }),
      { numRuns: 40 },
    );
  });

  it("gives the Gibbs state of H_S at dT = 0", () => {
    fc.assert(
      fc.property(physicalPoint, ({ Gamma, TM }) => {
        const problem = flipflop.problemAt({ Gamma, TM, dT: 0 });
        const rho = globalLindblad.steadyState!(problem, optionsOf(globalLindblad, problem)).rho!;
        expectClose(rho, gibbsState(problem.hamiltonian.dense(), TM), 1e-9, "ρ_ss vs Gibbs");
      }),
      { numRuns: 30 },
    );
  });

  it("has no coherence in the energy eigenbasis, with or without bias", () => {
    fc.assert(
      fc.property(physicalPoint, ({ Gamma, TM, bias }) => {
        const problem = flipflop.problemAt({ Gamma, TM, dT: 2 * TM * bias });
        const rho = globalLindblad.steadyState!(problem, optionsOf(globalLindblad, problem)).rho!;
        expect(energyCoherence(rho, problem.hamiltonian.dense())).toBeLessThan(1e-10);
      }),
      { numRuns: 30 },
    );
  });
});

describe("local Lindblad on flipflop-qubits", () => {
  it("gives the Gibbs state of the uncoupled qubits at dT = 0, not that of H_S", () => {
    // exp(−eps(σz0+σz1)/2T)/Z commutes with the flip-flop term and is annihilated by both local dissipators.
    const TM = 1.1;
    const problem = flipflop.problemAt({ dT: 0, TM });
    const rho = localLindblad.steadyState!(problem, optionsOf(localLindblad, problem)).rho!;
    const up = 1 / (1 + Math.exp(3 / TM)); // spin up (state 0) is the upper level +eps/2
    const qubit = ComplexMatrix.diagonal([up, 1 - up]);
    expectClose(rho, kron(qubit, qubit), 1e-10, "local ρ_ss vs product of bare Gibbs states");
    expect(maxAbsDifference(rho, gibbsState(problem.hamiltonian.dense(), TM))).toBeGreaterThan(1e-3);
  });

  it("builds coherence between energy eigenstates away from equilibrium", () => {
    fc.assert(
      fc.property(physicalPoint, ({ Gamma, TM, bias }) => {
        fc.pre(Math.abs(bias) > 0.1);
        const problem = flipflop.problemAt({ Gamma, TM, dT: 2 * TM * bias });
        const rho = localLindblad.steadyState!(problem, optionsOf(localLindblad, problem)).rho!;
        expect(energyCoherence(rho, problem.hamiltonian.dense())).toBeGreaterThan(1e-8);
      }),
      { numRuns: 30 },
    );
  });
});

describe.each([globalLindblad, localLindblad])("$id: heat flows from hot to cold", (engine) => {
  it("J^Q_left has the sign of T1 − T2 and the entropy production is positive", () => {
    fc.assert(
      fc.property(physicalPoint, ({ Gamma, TM, bias }) => {
        fc.pre(Math.abs(bias) > 1e-3);
        const dT = 2 * TM * bias;
        const problem = flipflop.problemAt({ Gamma, TM, dT });
        const rho = engine.steadyState!(problem, optionsOf(engine, problem)).rho!;
        const currents = engine.currents!(problem, optionsOf(engine, problem), rho);
        expect(Math.sign(currents.left.heat)).toBe(Math.sign(dT));
        expect(Math.sign(currents.right.heat)).toBe(-Math.sign(dT));
        const sigma = -currents.left.heat / (TM + dT / 2) - currents.right.heat / (TM - dT / 2);
        expect(sigma).toBeGreaterThan(0);
      }),
      { numRuns: 30 },
    );
  });
});
