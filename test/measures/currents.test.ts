import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { add, ComplexMatrix, traceOfProduct } from "../../src/linalg/complex-matrix.js";
import { steadyStateOfMatrix as steadyState } from "../../src/solvers/dense-steady-state.js";
import {
  applySuperoperator,
  hamiltonianSuperoperator,
  lindbladDissipator,
} from "../../src/linalg/superoperator.js";
import { currentsByApplication } from "../../src/measures/currents.js";
import { Operator } from "../../src/operators/operator.js";
import { SiteSpace } from "../../src/operators/site-space.js";
import { boseEinstein } from "../../src/physics/thermal.js";
import { type CurrentBath, currentProblem, denseDissipators } from "../helpers/current-problem.js";
import { expectClose } from "../helpers/expect-close.js";
import { operatorOf } from "../helpers/operators.js";
import {
  flipFlopSteadyStateCurrents,
  QUBIT_NUMBER,
  qubitHamiltonian,
  thermalQubitDissipator,
} from "./qubit-baths.js";
import { complexMatrixArbitrary, densityMatrixArbitrary, hermitianArbitrary } from "./random-states.js";

const temperatureArbitrary = fc.double({ min: 0.05, max: 20, noNaN: true });

/** One boson site with three Fock levels: a space that is not made of qubits. */
const threeLevels = new SiteSpace([{ name: "b0", kind: "boson", levels: 3 }]);

/** A qubit of splitting ε, H = (ε/2)σz and n = |0⟩⟨0|, between the given baths. */
function qubitProblem(epsilon: number, baths: readonly CurrentBath[]) {
  return currentProblem(
    operatorOf(qubitHamiltonian(epsilon), "spin", "H"),
    operatorOf(QUBIT_NUMBER, "spin", "N"),
    baths,
  );
}

describe("currentsByApplication", () => {
  it("equals Tr[H D(ρ)], Tr[N D(ρ)] and J^E − μJ^N for random dissipators", () => {
    fc.assert(
      fc.property(
        fc.tuple(hermitianArbitrary(3), hermitianArbitrary(3), densityMatrixArbitrary(3)),
        fc.tuple(complexMatrixArbitrary(3), complexMatrixArbitrary(3)),
        fc.double({ min: -2, max: 2, noNaN: true }),
        ([h, n, rho], [l1, l2], mu) => {
          const matrices = { a: lindbladDissipator(l1, 0.7), b: lindbladDissipator(l2, 0.2) };
          const problem = currentProblem(
            Operator.onSites(threeLevels, [0], h, "H"),
            Operator.onSites(threeLevels, [0], n, "N"),
            [{ name: "a", chemicalPotential: mu }, { name: "b" }],
          );
          const currents = currentsByApplication(problem, denseDissipators(matrices), rho);
          expect(Object.keys(currents)).toEqual(["a", "b"]);
          for (const [bath, d] of Object.entries(matrices)) {
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
        const { bath } = currentsByApplication(
          qubitProblem(epsilon, [{ name: "bath", temperature: t }]),
          denseDissipators({ bath: thermalQubitDissipator(epsilon, 0.1, t) }),
          gibbs,
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
        const { bath } = currentsByApplication(
          qubitProblem(epsilon, [{ name: "bath", temperature: t }]),
          denseDissipators({ bath: thermalQubitDissipator(epsilon, gamma, t) }),
          ComplexMatrix.diagonal([pUp, 1 - pUp]),
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
    const { cold } = currentsByApplication(
      qubitProblem(epsilon, [{ name: "cold", chemicalPotential: mu, temperature: 0 }]),
      denseDissipators({
        cold: lindbladDissipator(
          ComplexMatrix.from([
            [0, 0],
            [1, 0],
          ]),
          gamma,
        ),
      }),
      ComplexMatrix.diagonal([1, 0]),
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
        const matrices = {
          left: thermalQubitDissipator(epsilon, gammaL, hot),
          right: thermalQubitDissipator(epsilon, gammaR, cold),
        };
        const liouvillian = add(hamiltonianSuperoperator(h), add(matrices.left, matrices.right));
        const rho = steadyState(liouvillian).rho!;
        const { left, right } = currentsByApplication(
          qubitProblem(epsilon, [
            { name: "left", temperature: hot },
            { name: "right", temperature: cold },
          ]),
          denseDissipators(matrices),
          rho,
        );
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
});
