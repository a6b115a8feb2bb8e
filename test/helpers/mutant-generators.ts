import {
  add,
  addScaledInPlace,
  adjoint,
  ComplexMatrix,
  multiply,
  scale,
} from "../../src/linalg/complex-matrix.js";
import { hamiltonianSuperoperator, lindbladDissipator, spost, spre } from "../../src/linalg/superoperator.js";
import type { Problem } from "../../src/physics/problem.js";
import { PAULI_Z, siteOperator } from "../../src/physics/spin-operators.js";
import type { Engine, EngineOptions, MarkovianGenerator } from "../../src/plugins/engine.js";
import { DenseSuperoperator, denseSuperoperator } from "../../src/superoperators/superoperator.js";
import { globalLindblad } from "./property-registry.js";

/** A generator to put in place of an engine's own (`replace.generator`). */
export type GeneratorReplacement = (problem: Problem, options: EngineOptions) => MarkovianGenerator;

/** A superoperator on the problem's Liouville space (it may read the engine's own generator). */
export type ExtraTerm = (problem: Problem, generator: MarkovianGenerator) => ComplexMatrix;

/** L + extra: the engine's generator with a term added that is in no bath's dissipator (bath dissipators kept). */
export function generatorPlus(engine: Engine, extra: ExtraTerm): GeneratorReplacement {
  return (problem, options) => {
    const generator = engine.generator!(problem, options);
    const changed = denseSuperoperator(generator.liouvillian).clone();
    addScaledInPlace(changed, extra(problem, generator), 1);
    return { liouvillian: new DenseSuperoperator(changed), bathDissipators: generator.bathDissipators };
  };
}

/** L + extra for the global Lindblad generator: its Davies generator with a non-bath term added. */
export const globalPlus = (extra: ExtraTerm): GeneratorReplacement => generatorPlus(globalLindblad, extra);

/** L of the left bath's coupling, the lowering operator of site 0 (σ⁻0 in the spin cases, c0 in the fermionic). */
export const lowering0 = (problem: Problem): ComplexMatrix => problem.baths[0].coupling.dense();

/** L†L of the left bath's coupling: σ⁺σ⁻ of site 0, the projector on its upper level (its occupation). */
export function upperProjector0(problem: Problem): ComplexMatrix {
  const jump = lowering0(problem);
  return multiply(adjoint(jump), jump);
}

/** ρ ↦ −(γ/2){σ⁺σ⁻0, ρ}: the no-jump part of a decay γD[σ⁻0] without its jump term γσ⁻ρσ⁺ (loses trace). */
export const noJumpDecay = (rate: number) => (problem: Problem) => {
  const p = upperProjector0(problem);
  return scale(add(spre(p), spost(p)), -rate / 2);
};

/** ρ ↦ −i[−iγσ⁺σ⁻0, ρ]: a decay rate γ written into H_S as an imaginary energy (a non-Hermitian Hamiltonian). */
export const imaginaryEnergy = (rate: number) => (problem: Problem) =>
  hamiltonianSuperoperator(scale(upperProjector0(problem), 0, -rate));

/** ρ ↦ −γρ: uniform leakage out of the system's Hilbert space (Σ K†K = exp(−γτ)·1). */
export const leakage = (rate: number) => (problem: Problem) =>
  scale(ComplexMatrix.identity(problem.dimension ** 2), -rate);

/** γD[L] with L the left bath's coupling: a decay of site 0 (σ⁻0 or c0, tunnelling out). */
export const decay0 = (rate: number) => (problem: Problem) => lindbladDissipator(lowering0(problem), rate);

/** γD[σz0]: pure dephasing of qubit 0 of two qubits (a negative γ breaks complete positivity). */
export const dephasing0 = (rate: number): ComplexMatrix =>
  lindbladDissipator(siteOperator(PAULI_Z, 0, 2), rate);
