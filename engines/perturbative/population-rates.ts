import { type ComplexMatrix, isHermitian } from "../../src/linalg/complex-matrix.js";
import { hermitianEigen } from "../../src/linalg/eigen.js";
import { transposeTimes, weightedGram } from "../../src/linalg/real-products.js";
import { Operator } from "../../src/operators/operator.js";
import { bohrComponents } from "../../src/physics/bohr-components.js";
import { edgeHamiltonian } from "../../src/physics/perturbative-orders.js";
import type { Problem } from "../../src/physics/problem.js";
import { bathLocalSites } from "../../src/superoperators/local-redfield-dissipator.js";
import { rateAt } from "../../src/superoperators/secular-components.js";
import type { ZerothOrderBasis } from "./zeroth-order-basis.js";

/** The rates between the states of two blocks: matrix[φ·|from| + ψ] is the rate ψ → φ. */
export interface RateBlock {
  to: number;
  from: number;
  matrix: Float64Array;
}

/**
 * What each zeroth-order state ψ carries into the system per unit population through one bath:
 * energy[ψ] = Σ_φ W_α(ψ → φ)(ε_φ − ε_ψ) with ε = ⟨φ|H_S|φ⟩ = E_n + e_k, and the same with ⟨φ|N|φ⟩.
 * Indexed like the concatenated blocks. The currents are then J_α = Σ_ψ p_ψ energy[ψ] (leading order λ²).
 */
export interface BathFlows {
  energy: Float64Array;
  particle: Float64Array;
}

export interface PopulationRates {
  pairs: RateBlock[];
  flows: Record<string, BathFlows>;
}

/**
 * The rate equation P1 L2 P1 of 003_cb0e800cb11a91bb.txt eq. (47) on the populations of the zeroth-order
 * states |E_{n,k}⟩: W(ψ → φ) = ⟨φ| L2(|ψ⟩⟨ψ|) |φ⟩. With L2 the heat-bath superoperators of eq. (7) built
 * on each edge spin's H_e (local-redfield-dissipator.ts) and H0 a sum of single-site fields, each Bohr
 * component A(ω) of a coupling with respect to H_e changes the H0 energy by exactly −ω, so the cross terms
 * of the Redfield form drop out of the populations and the rate is the golden rule
 *   W(ψ → φ) = Σ_baths Σ_channels Σ_ω S(ω) |⟨φ|A(ω)|ψ⟩|²,
 * non-zero only between blocks whose H0 energies differ by −ω. The diagonal holds minus the total rate
 * out of each state, so that every column sums to zero (probability is conserved).
 *
 * Cost: ⟨φ|A|ψ⟩ = V_toᵀ A V_from is |to|²·|from| operations per block pair, less where A is diagonal
 * (a symmetric weighted Gram matrix over the rows that differ from the commonest value) or leaves rows
 * empty (a spin flip acts on half the states); a Hermitian coupling's component at −ω is the transpose of the one at ω (A(−ω) = A(ω)†), so
 * it is not computed again. Returns the reason instead when a component has complex elements.
 */
export function populationRates(
  problem: Problem,
  basis: ZerothOrderBasis,
  numberDiagonal: Float64Array,
): PopulationRates | string {
  const pairs = new Map<string, RateBlock>();
  const pairOf = (to: number, from: number): RateBlock => {
    const key = `${to},${from}`;
    let pair = pairs.get(key);
    if (!pair) {
      const size = basis.blocks[to].states.length * basis.blocks[from].states.length;
      pair = { to, from, matrix: new Float64Array(size) };
      pairs.set(key, pair);
    }
    return pair;
  };
  const levels = stateLevels(basis, numberDiagonal);
  const flows: Record<string, BathFlows> = {};
  for (const bath of problem.baths) {
    const flow: BathFlows = { energy: new Float64Array(basis.n), particle: new Float64Array(basis.n) };
    flows[bath.name] = flow;
    const edge = edgeHamiltonian(problem, bath);
    const sites = bathLocalSites(bath, edge);
    const eigen = hermitianEigen(edge.restrictedTo(sites));
    for (const channel of bath.channels) {
      const local = channel.operator.restrictedTo(sites);
      const hermitian = isHermitian(local, 1e-14);
      for (const component of bohrComponents(local, eigen)) {
        if (hermitian && component.omega < 0) continue; // the transpose of the one at −ω
        const rate = rateAt(bath, channel, component.omega);
        const mirrored = hermitian && component.omega > 0 ? rateAt(bath, channel, -component.omega) : 0;
        if (rate === 0 && mirrored === 0) continue;
        const operator = localOperator(problem, sites, component.operator, bath.sites);
        const reason = addGoldenRule(operator, rate, mirrored, basis, levels, flow, pairOf);
        if (reason) return reason;
      }
    }
  }
  setOutflowDiagonal(basis, pairs, pairOf);
  return { pairs: [...pairs.values()], flows };
}

function localOperator(problem: Problem, sites: number[], matrix: ComplexMatrix, support: readonly number[]) {
  return Operator.onSites(problem.space, sites, matrix, "A(ω)", support);
}

/** ε_φ = E_n + e_k and ⟨φ|N|φ⟩ of every zeroth-order state, in the concatenated block order. */
function stateLevels(
  basis: ZerothOrderBasis,
  numberDiagonal: Float64Array,
): { energy: Float64Array; number: Float64Array; offsets: number[] } {
  const energy = new Float64Array(basis.n);
  const number = new Float64Array(basis.n);
  const offsets: number[] = [];
  let offset = 0;
  for (const block of basis.blocks) {
    offsets.push(offset);
    const size = block.states.length;
    for (let k = 0; k < size; k++) {
      energy[offset + k] = block.energy + block.values[k];
      let n = 0;
      for (let i = 0; i < size; i++) n += block.vectors[i * size + k] ** 2 * numberDiagonal[block.states[i]];
      number[offset + k] = n;
    }
    offset += size;
  }
  return { energy, number, offsets };
}

/** W += rate·|V_toᵀ A V_from|² (and its transpose at the mirrored rate) for every block pair A connects. */
function addGoldenRule(
  component: Operator,
  rate: number,
  mirrored: number,
  basis: ZerothOrderBasis,
  levels: ReturnType<typeof stateLevels>,
  flow: BathFlows,
  pairOf: (to: number, from: number) => RateBlock,
): string | undefined {
  const { blockOf, positionOf, blocks } = basis;
  const entries = new Map<string, { rows: number[]; cols: number[]; values: number[] }>();
  let complex = false;
  component.forEachEntry((row, col, re, im) => {
    if (im !== 0) complex = true;
    const key = `${blockOf[row]},${blockOf[col]}`;
    let list = entries.get(key);
    if (!list) {
      list = { rows: [], cols: [], values: [] };
      entries.set(key, list);
    }
    list.rows.push(positionOf[row]);
    list.cols.push(positionOf[col]);
    list.values.push(re);
  });
  if (complex) return "a bath coupling has complex matrix elements; the perturbative engine treats real ones";
  for (const [key, { rows, cols, values }] of entries) {
    const [to, from] = key.split(",").map(Number);
    const m = blocks[to].states.length;
    const p = blocks[from].states.length;
    const diagonal = to === from && rows.every((r, z) => r === cols[z]);
    const elements = diagonal
      ? diagonalInBasis(blocks[to].vectors, m, rows, values)
      : offDiagonalInBasis(blocks[to].vectors, m, blocks[from].vectors, p, rows, cols, values);
    addRates(pairOf(to, from).matrix, elements, m, p, rate, levels, flow, to, from);
    if (mirrored > 0)
      addRates(pairOf(from, to).matrix, elements, m, p, mirrored, levels, flow, from, to, true);
  }
  return undefined;
}

/**
 * W(ψ → φ) += rate·M[φ, ψ]² for the pair (to ← from), M the m×p matrix of ⟨φ|A|ψ⟩ (with `transposed`,
 * the pair from ← to of A†: M[ψ, φ]), and the bath's flows: flow[ψ] += rate·M²·(level_φ − level_ψ).
 */
function addRates(
  target: Float64Array,
  elements: Float64Array,
  m: number,
  p: number,
  rate: number,
  levels: ReturnType<typeof stateLevels>,
  flow: BathFlows,
  to: number,
  from: number,
  transposed = false,
): void {
  const rowCount = transposed ? p : m;
  const colCount = transposed ? m : p;
  const [rowsOffset, colsOffset] = [levels.offsets[to], levels.offsets[from]];
  const { energy, number } = levels;
  for (let phi = 0; phi < rowCount; phi++) {
    const row = phi * colCount;
    const eTo = energy[rowsOffset + phi];
    const nTo = number[rowsOffset + phi];
    for (let psi = 0; psi < colCount; psi++) {
      const element = transposed ? elements[psi * p + phi] : elements[row + psi];
      if (element === 0) continue;
      const w = rate * element * element;
      target[row + psi] += w;
      const source = colsOffset + psi;
      flow.energy[source] += w * (eTo - energy[source]);
      flow.particle[source] += w * (nTo - number[source]);
    }
  }
}

/**
 * Vᵀ diag(d) V for a diagonal component (d_r at the listed rows): with VᵀV = 1 this is
 * b·1 + Vᵀ diag(d − b) V for any b, and b the most common value of d (−cos θ for half the states of σz)
 * leaves only the other rows in the product.
 */
function diagonalInBasis(v: Float64Array, m: number, rows: number[], values: number[]): Float64Array {
  const d = new Float64Array(m);
  rows.forEach((r, z) => (d[r] += values[z]));
  const counts = new Map<number, number>();
  for (const value of d) counts.set(value, (counts.get(value) ?? 0) + 1);
  const common = [...counts.entries()].reduce((best, entry) => (entry[1] > best[1] ? entry : best))[0];
  const out = weightedGram(
    v,
    m,
    m,
    d.map((value) => value - common),
  );
  for (let k = 0; k < m; k++) out[k * m + k] += common;
  return out;
}

/** V_toᵀ A V_from for a sparse A (m×p): T = A V_from row by row, then V_toᵀ T over its non-zero rows. */
function offDiagonalInBasis(
  vTo: Float64Array,
  m: number,
  vFrom: Float64Array,
  p: number,
  rows: number[],
  cols: number[],
  values: number[],
): Float64Array {
  const t = new Float64Array(m * p);
  const used = new Uint8Array(m);
  for (let z = 0; z < values.length; z++) {
    const a = values[z];
    const target = rows[z] * p;
    const source = cols[z] * p;
    used[rows[z]] = 1;
    for (let j = 0; j < p; j++) t[target + j] += a * vFrom[source + j];
  }
  return transposeTimes(vTo, t, m, m, p, used);
}

/** Sets W(ψ → ψ) = −Σ_{φ ≠ ψ} W(ψ → φ) (the golden rule's own diagonal terms cancel in L2, eq. (7)). */
function setOutflowDiagonal(
  basis: ZerothOrderBasis,
  pairs: Map<string, RateBlock>,
  pairOf: (to: number, from: number) => RateBlock,
): void {
  const outflow = new Float64Array(basis.n);
  for (const { to, from, matrix } of pairs.values()) {
    const p = basis.blocks[from].states.length;
    const m = basis.blocks[to].states.length;
    for (let phi = 0; phi < m; phi++) {
      for (let psi = 0; psi < p; psi++) {
        if (to === from && phi === psi) continue;
        outflow[basis.blocks[from].states[psi]] += matrix[phi * p + psi];
      }
    }
  }
  basis.blocks.forEach((block, b) => {
    const size = block.states.length;
    const diagonal = pairOf(b, b).matrix;
    for (let k = 0; k < size; k++) diagonal[k * size + k] = -outflow[block.states[k]];
  });
}
