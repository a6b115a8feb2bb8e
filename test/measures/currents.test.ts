import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { add, ComplexMatrix, traceOfProduct } from "../../src/linalg/complex-matrix.js";
import { steadyStateOfMatrix as steadyState } from "../../src/solvers/dense-steady-state.js";
import {
  applySuperoperator,
  hamiltonianSuperoperator,
  lindbladDissipator,
} from "../../src/linalg/superoperator.js";
import { bathCurrents } from "../../src/measures/currents.js";
import { boseEinstein } from "../../src/physics/thermal.js";
import { expectClose } from "../helpers/expect-close.js";
import {
  flipFlopSteadyStateCurrents,
  QUBIT_NUMBER,
  qubitHamiltonian,
  thermalQubitDissipator,
} from "./qubit-baths.js";
import { complexMatrixArbitrary, densityMatrixArbitrary, hermitianArbitrary } from "./random-states.js";

const temperatureArbitrary = fc.double({ min: 0.05, max: 20, noNaN: true });

describe("bathCurrents", () => {
  it("equals Tr[H D(ρ)], Tr[N D(ρ)] and J^E − μJ^N for random dissipators", () => {
    fc.assert(
      fc.property(
        fc.tuple(hermitianArbitrary(3), hermitianArbitrary(3), densityMatrixArbitrary(3)),
        fc.tuple(complexMatrixArbitrary(3), complexMatrixArbitrary(3)),
        fc.double({ min: -2, max: 2, noNaN: true }),
        ([h, n, rho], [l1, l2], mu) => {
          const dissipators = { a: lindbladDissipator(l1, 0.7), b: lindbladDissipator(l2, 0.2) };
          const currents = bathCurrents(rho, h, n, dissipators, { a: mu, b: 0 });
          for (const [bath, d] of Object.entries(dissipators)) {
            const changed = applySuperoperator(d, rho);
            const energy = traceOfProduct(h, changed)[0];
            const particle = traceOfProduct(n, changed)[0];
            const heat = energy - (bath === "a" ? mu : 0) * particle;
            expectClose(
              [currents[bath].energy, currents[bath].particle, currents[bath].heat],
              [energy, particle, heat],
              1e-12,
            );
          }
        },
      ),
    );
  });

  it("vanish for a qubit in the Gibbs state of its own bath", () => {
    fc.assert(
      fc.property(temperatureArbitrary, (t) => {
        const epsilon = 1.3;
        const pUp = 1 / (1 + Math.exp(epsilon / t));
        const gibbs = ComplexMatrix.diagonal([pUp, 1 - pUp]);
        const { bath } = bathCurrents(
          gibbs,
          qubitHamiltonian(epsilon),
          QUBIT_NUMBER,
          { bath: thermalQubitDissipator(epsilon, 0.1, t) },
          { bath: 0 },
        );
        expectClose([bath.energy, bath.particle, bath.heat], [0, 0, 0], 1e-15);
      }),
    );
  });

  it("are positive when the bath is hotter than the qubit: J^E = εγ(n − (2n+1)p_up)", () => {
    fc.assert(
      fc.property(temperatureArbitrary, fc.double({ min: 0, max: 1, noNaN: true }), (t, pUp) => {
        const epsilon = 0.8;
        const gamma = 0.05;
        const n = boseEinstein(epsilon, t);
        const { bath } = bathCurrents(
          ComplexMatrix.diagonal([pUp, 1 - pUp]),
          qubitHamiltonian(epsilon),
          QUBIT_NUMBER,
          { bath: thermalQubitDissipator(epsilon, gamma, t) },
          { bath: 0 },
        );
        const expected = epsilon * gamma * (n - (2 * n + 1) * pUp);
        expectClose(bath.energy, expected, 1e-14);
        if (Math.abs(expected) > 1e-14) expect(Math.sign(bath.energy)).toBe(Math.sign(expected));
      }),
    );
  });

  it("of an excited qubit into a zero-temperature bath are J^E = −γε, J^N = −γ, J^Q = J^E − μJ^N", () => {
    const epsilon = 2;
    const gamma = 0.3;
    const mu = 0.5;
    const { cold } = bathCurrents(
      ComplexMatrix.diagonal([1, 0]),
      qubitHamiltonian(epsilon),
      QUBIT_NUMBER,
      {
        cold: lindbladDissipator(
          ComplexMatrix.from([
            [0, 0],
            [1, 0],
          ]),
          gamma,
        ),
      },
      { cold: mu },
    );
    expectClose(
      [cold.energy, cold.particle, cold.heat],
      [-gamma * epsilon, -gamma, -gamma * epsilon + mu * gamma],
      1e-15,
    );
  });

  it("conserve energy, Σ_α J^E_α = 0, at the steady state of a qubit between two baths", () => {
    fc.assert(
      fc.property(temperatureArbitrary, temperatureArbitrary, (hot, cold) => {
        const epsilon = 1;
        const [gammaL, gammaR] = [0.05, 0.02];
        const h = qubitHamiltonian(epsilon);
        const dissipators = {
          left: thermalQubitDissipator(epsilon, gammaL, hot),
          right: thermalQubitDissipator(epsilon, gammaR, cold),
        };
        const liouvillian = add(hamiltonianSuperoperator(h), add(dissipators.left, dissipators.right));
        const rho = steadyState(liouvillian).rho!;
        const { left, right } = bathCurrents(rho, h, QUBIT_NUMBER, dissipators, { left: 0, right: 0 });
        expectClose(left.energy + right.energy, 0, 1e-14);
        // Rate-equation closed form: J_L = ε γL γR (nL − nR) / Σ_α γα(2nα + 1).
        const [nL, nR] = [boseEinstein(epsilon, hot), boseEinstein(epsilon, cold)];
        const expected =
          (epsilon * gammaL * gammaR * (nL - nR)) / (gammaL * (2 * nL + 1) + gammaR * (2 * nR + 1));
        expectClose(left.heat, expected, 1e-12);
      }),
      { numRuns: 50 },
    );
  });

  it("conserve energy and flow from hot to cold in two flip-flop qubits with a global Lindblad equation", () => {
    fc.assert(
      fc.property(temperatureArbitrary, temperatureArbitrary, (left, right) => {
        const currents = flipFlopSteadyStateCurrents({ left, right });
        expectClose(currents.left.energy + currents.right.energy, 0, 1e-13);
        // Below T ≈ 0.2 both baths are frozen (ε/T ≳ 15): the current is under double-precision rounding.
        if (Math.abs(left - right) > 1e-3 && Math.max(left, right) > 0.2)
          expect(Math.sign(currents.left.heat)).toBe(Math.sign(left - right));
      }),
      { numRuns: 30 },
    );
  });

  it("rejects a bath without a chemical potential and mismatched shapes", () => {
    const rho = ComplexMatrix.diagonal([0.5, 0.5]);
    const d = thermalQubitDissipator(1, 0.1, 1);
    expect(() => bathCurrents(rho, qubitHamiltonian(1), QUBIT_NUMBER, { hot: d }, {})).toThrow(
      /Chemical potential of bath "hot"/,
    );
    expect(() => bathCurrents(rho, ComplexMatrix.identity(3), QUBIT_NUMBER, { hot: d }, { hot: 0 })).toThrow(
      /Hamiltonian must be 2x2/,
    );
  });
});
