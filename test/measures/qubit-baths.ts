import { add, ComplexMatrix, multiply, scale } from "../../src/linalg/complex-matrix.js";
import { hermitianEigen } from "../../src/linalg/eigen.js";
import { steadyStateOfMatrix as steadyState } from "../../src/solvers/dense-steady-state.js";
import {
  addLindbladDissipatorInPlace,
  hamiltonianSuperoperator,
  lindbladDissipator,
} from "../../src/linalg/superoperator.js";
import { currentsByApplication } from "../../src/measures/currents.js";
import { bohrComponents } from "../../src/physics/bohr-components.js";
import { siteOperator } from "../../src/physics/spin-operators.js";
import { boseEinstein } from "../../src/physics/thermal.js";
import { currentProblem, denseDissipators } from "../helpers/current-problem.js";
import { operatorOf } from "../helpers/operators.js";

/** σ⁻ = |1⟩⟨0| and σ⁺ = |0⟩⟨1| (state 0 = spin up, DESIGN.md). */
export const LOWERING = ComplexMatrix.from([
  [0, 0],
  [1, 0],
]);
export const RAISING = ComplexMatrix.from([
  [0, 1],
  [0, 0],
]);

/** H = (ε/2)σz. */
export function qubitHamiltonian(epsilon: number): ComplexMatrix {
  return ComplexMatrix.diagonal([epsilon / 2, -epsilon / 2]);
}

/** n = |0⟩⟨0| = (1 + σz)/2: the excitation (particle) number of the qubit. */
export const QUBIT_NUMBER = ComplexMatrix.diagonal([1, 0]);

/**
 * Bosonic bath on a qubit of splitting ε (DESIGN.md rules for a flat spectrum): emission rate γ(n(ε)+1) on
 * σ⁻ and absorption rate γn(ε) on σ⁺, D = γ(n+1)D[σ⁻] + γn D[σ⁺].
 */
export function thermalQubitDissipator(epsilon: number, gamma: number, temperature: number): ComplexMatrix {
  const n = boseEinstein(epsilon, temperature);
  const d = lindbladDissipator(LOWERING, gamma * (n + 1));
  const up = lindbladDissipator(RAISING, gamma * n);
  for (let k = 0; k < d.data.length; k++) d.data[k] += up.data[k];
  return d;
}

/**
 * Two qubits with a flip-flop coupling, H = (ε/2)(σz0 + σz1) + V(σ⁺0σ⁻1 + σ⁻0σ⁺1) (paper 000_47becd3a7196453b.txt),
 * site 0 coupled to a bath at T_left and site 1 to one at T_right through σ⁻ and σ⁺ of the site. Global
 * (secular) Lindblad dissipators built from the Bohr components of DESIGN.md:
 *   D_α = Σ_{A ∈ {σ⁻, σ⁺}} Σ_ω S_α(ω) D[A(ω)],  S_α(ω) = γ(n_α(ω) + 1) for ω > 0, γ n_α(|ω|) for ω < 0.
 */
export function flipFlopQubits(
  epsilon: number,
  coupling: number,
  gamma: number,
  temperatures: { left: number; right: number },
): { hamiltonian: ComplexMatrix; numberOperator: ComplexMatrix; dissipators: Record<string, ComplexMatrix> } {
  const sigmaZ = ComplexMatrix.diagonal([1, -1]);
  const hamiltonian = add(
    scale(add(siteOperator(sigmaZ, 0, 2), siteOperator(sigmaZ, 1, 2)), epsilon / 2),
    scale(
      add(
        multiply(siteOperator(RAISING, 0, 2), siteOperator(LOWERING, 1, 2)),
        multiply(siteOperator(LOWERING, 0, 2), siteOperator(RAISING, 1, 2)),
      ),
      coupling,
    ),
  );
  const eigen = hermitianEigen(hamiltonian);
  const dissipators: Record<string, ComplexMatrix> = {};
  for (const [site, bath] of [
    [0, "left"],
    [1, "right"],
  ] as const) {
    const d = ComplexMatrix.zeros(16);
    for (const jump of [siteOperator(LOWERING, site, 2), siteOperator(RAISING, site, 2)]) {
      for (const { omega, operator } of bohrComponents(jump, eigen)) {
        const n = boseEinstein(Math.abs(omega), temperatures[bath]);
        addLindbladDissipatorInPlace(d, operator, omega > 0 ? gamma * (n + 1) : gamma * n);
      }
    }
    dissipators[bath] = d;
  }
  const numberOperator = add(siteOperator(QUBIT_NUMBER, 0, 2), siteOperator(QUBIT_NUMBER, 1, 2));
  return { hamiltonian, numberOperator, dissipators };
}

/**
 * Steady-state currents of the flip-flop qubits (eps = 3, V = 1, Γ = 0.05) between baths at the given
 * temperatures, from the global Lindblad generator built above (μ = 0 for both baths).
 */
export function flipFlopSteadyStateCurrents(temperatures: { left: number; right: number }) {
  const system = flipFlopQubits(3, 1, 0.05, temperatures);
  const liouvillian = add(
    hamiltonianSuperoperator(system.hamiltonian),
    add(system.dissipators.left, system.dissipators.right),
  );
  const rho = steadyState(liouvillian).rho!;
  const problem = currentProblem(
    operatorOf(system.hamiltonian, "spin", "H"),
    operatorOf(system.numberOperator, "spin", "N"),
    [
      { name: "left", temperature: temperatures.left },
      { name: "right", temperature: temperatures.right },
    ],
  );
  return currentsByApplication(problem, denseDissipators(system.dissipators), rho);
}
