import type { ComplexMatrix } from "../linalg/complex-matrix.js";
import type { HermitianEigenDecomposition } from "../linalg/eigen.js";
import {
  coordinatesOfOperator,
  hermitianCoordinatesInto,
  realRepresentationBuffers,
  realRepresentationInto,
} from "../linalg/hermitian-operator-basis.js";
import { addRealEntries, realNonZeros, type SparseEntries } from "../linalg/sparse-entries.js";
import { hamiltonianSuperoperator } from "../linalg/superoperator.js";

import type { Bath, Problem } from "../physics/problem.js";
import { type ComponentDissipator, componentDissipatorsOf, rateAt } from "./secular-components.js";

/**
 * A generator in the real Hermitian basis G_a of hermitian-operator-basis.ts, for the steady states and
 * currents of small systems without any n²×n² complex superoperator: what keeps a two-qubit sweep at ten
 * thousand steady states a second.
 */
export interface RealBasisGenerator {
  /** Writes M_ab = Tr[G_a L(G_b)] (n²×n², row-major) into a zeroed array. */
  fill(matrix: Float64Array): void;
  /** J^E_α = Tr[H_S D_α(ρ)] and J^N_α = Tr[N_S D_α(ρ)] for each bath α. */
  currents(rho: ComplexMatrix): Record<string, { energy: number; particle: number }>;
}

/**
 * The secular (Davies) generator of a problem in the real Hermitian basis G_a (hermitian-operator-basis.ts):
 *   M = M_H + Σ_α Σ_ω S_α(ω) M_ω,
 * with M_H the coherent part −i[H_S, ·] and M_ω the unit-rate dissipator D[A(ω)] of each Bohr component,
 * both cached (secular-components.ts), and the currents of bath α in the state ρ = Σ_b x_b G_b
 *   J^E_α = Tr[H_S D_α(ρ)] = Σ_ω S_α(ω) hᵀ M_ω x,   h_a = Tr[H_S G_a]
 * (and J^N_α with N_S), the rows hᵀ M_ω cached per H_S. `eigenOf` gives the eigendecomposition whose
 * Bohr components a bath uses (H_S for the global equation, the bath's local Hamiltonian for the local
 * one). Undefined where the components are not cached (dimension above 8) or the problem has extra
 * dissipators: the engine then uses its complex generator.
 */
export function secularRealGenerator(
  problem: Problem,
  eigenOf: (bath: Bath) => HermitianEigenDecomposition,
): RealBasisGenerator | undefined {
  if (problem.extraDissipators.length > 0) return undefined;
  const terms: { bath: Bath; component: ComponentDissipator; rate: number }[] = [];
  for (const bath of problem.baths) {
    const eigen = eigenOf(bath);
    for (const channel of bath.channels) {
      const components = componentDissipatorsOf(channel.operator.dense(), eigen);
      if (!components) return undefined;
      for (const component of components) {
        const rate = rateAt(bath, channel, component.omega);
        if (rate > 0) terms.push({ bath, component, rate });
      }
    }
  }
  const coherent = coherentPartOf(problem.hamiltonian.dense());
  // h_a = Tr[H_S G_a] and n_a = Tr[N_S G_a], for the current rows of components not seen with this H_S
  let coordinates: { hamiltonian: Float64Array; numberOperator: Float64Array } | undefined;
  const coordinatesOfHN = () =>
    (coordinates ??= {
      hamiltonian: coordinatesOfOperator(problem.hamiltonian.dense())[0],
      numberOperator: coordinatesOfOperator(problem.numberOperator.dense())[0],
    });
  return {
    fill(matrix) {
      addRealEntries(matrix, coherent, 1);
      for (const { component, rate } of terms) addRealEntries(matrix, component.realRepresentation, rate);
    },
    currents(rho) {
      const x = hermitianCoordinatesInto(rho, coordinatesScratch(rho.rows));
      const currents: Record<string, { energy: number; particle: number }> = {};
      for (const bath of problem.baths) currents[bath.name] = { energy: 0, particle: 0 };
      for (const { bath, component, rate } of terms) {
        const rows = currentRowsOf(component, problem, coordinatesOfHN);
        const current = currents[bath.name];
        current.energy += rate * dot(rows.energy, x);
        current.particle += rate * dot(rows.particle, x);
      }
      return currents;
    },
  };
}

/** Work vectors for the coordinates of ρ, one per dimension. */
const coordinateScratches = new Map<number, Float64Array>();

function coordinatesScratch(n: number): Float64Array {
  let scratch = coordinateScratches.get(n);
  if (!scratch) {
    scratch = new Float64Array(n * n);
    coordinateScratches.set(n, scratch);
  }
  return scratch;
}

/** The real representation of −i[H, ·], built once per H matrix object. */
const coherentParts = new WeakMap<ComplexMatrix, SparseEntries>();

function coherentPartOf(hamiltonian: ComplexMatrix): SparseEntries {
  let entries = coherentParts.get(hamiltonian);
  if (!entries) {
    const n = hamiltonian.rows;
    const { matrix } = realRepresentationInto(
      hamiltonianSuperoperator(hamiltonian),
      n,
      realRepresentationBuffers(n),
    );
    entries = realNonZeros(matrix);
    coherentParts.set(hamiltonian, entries);
  }
  return entries;
}

/** hᵀ M_ω and nᵀ M_ω (h_a = Tr[H G_a], n_a = Tr[N G_a]) of a component, kept for the last H and N. */
interface CurrentRows {
  hamiltonian: ComplexMatrix;
  numberOperator: ComplexMatrix;
  energy: Float64Array;
  particle: Float64Array;
}

const currentRows = new WeakMap<ComponentDissipator, CurrentRows>();

function currentRowsOf(
  component: ComponentDissipator,
  problem: Problem,
  coordinates: () => { hamiltonian: Float64Array; numberOperator: Float64Array },
): CurrentRows {
  const hamiltonian = problem.hamiltonian.dense();
  const numberOperator = problem.numberOperator.dense();
  const cached = currentRows.get(component);
  if (cached && cached.hamiltonian === hamiltonian && cached.numberOperator === numberOperator) return cached;
  const { hamiltonian: h, numberOperator: n } = coordinates();
  const m = h.length;
  const rows: CurrentRows = {
    hamiltonian,
    numberOperator,
    energy: new Float64Array(m),
    particle: new Float64Array(m),
  };
  const { offsets, values } = component.realRepresentation;
  for (let k = 0; k < offsets.length; k++) {
    const a = Math.floor(offsets[k] / m);
    const b = offsets[k] - a * m;
    rows.energy[b] += h[a] * values[k];
    rows.particle[b] += n[a] * values[k];
  }
  currentRows.set(component, rows);
  return rows;
}

function dot(u: Float64Array, v: Float64Array): number {
  let sum = 0;
  for (let k = 0; k < u.length; k++) sum += u[k] * v[k];
  return sum;
}
