import { ComplexMatrix } from "../../src/linalg/complex-matrix.js";
import { weightedGram } from "../../src/linalg/real-products.js";
import type { BathCurrents } from "../../src/physics/bath-currents.js";
import { hamiltonianOfOrder, missingOrders } from "../../src/physics/perturbative-orders.js";
import type { Problem } from "../../src/physics/problem.js";
import { defineEngine } from "../../src/plugins/engine.js";
import { lastValueMemo } from "../../src/plugins/last-value-memo.js";
import { SteadyStateError } from "../../src/solvers/steady-state-result.js";
import { populationRates } from "./population-rates.js";
import { solveRateEquation } from "./rate-equation.js";
import { type ZerothOrderBasis, zerothOrderBasis } from "./zeroth-order-basis.js";

/** Largest Hilbert-space dimension (twelve spins): the state is returned as a dense n×n matrix (268 MB at 4096). */
const PERTURBATIVE_LIMIT = 4096;

/** ρ0 = Σ_{n,k} p_{n,k} |E_{n,k}⟩⟨E_{n,k}| in the site basis: V_B diag(p_B) V_Bᵀ on each block's states. */
function densityMatrix(basis: ZerothOrderBasis, populations: readonly Float64Array[]): ComplexMatrix {
  const rho = new ComplexMatrix(basis.n, basis.n);
  basis.blocks.forEach((block, b) => {
    const size = block.states.length;
    // V diag(p) Vᵀ = Wᵀ diag(p) W with W = Vᵀ (row k of W is the eigenvector |E_{n,k}⟩)
    const vectorsAsRows = new Float64Array(size * size);
    for (let i = 0; i < size; i++)
      for (let k = 0; k < size; k++) vectorsAsRows[k * size + i] = block.vectors[i * size + k];
    const r = weightedGram(vectorsAsRows, size, size, populations[b]);
    for (let i = 0; i < size; i++) {
      const row = 2 * block.states[i] * basis.n;
      for (let j = 0; j < size; j++) rho.data[row + 2 * block.states[j]] = r[i * size + j];
    }
  });
  return rho;
}

/** The diagonal of a diagonal operator (the particle number in the site basis). */
function diagonalOf(operator: Problem["numberOperator"]): Float64Array {
  const diagonal = new Float64Array(operator.dimension);
  operator.forEachEntry((row, col, re) => {
    if (row === col) diagonal[row] += re;
  });
  return diagonal;
}

/** The zeroth-order state of the last problem, with the currents of each bath (steady state and currents share it). */
const zerothOrderState = lastValueMemo((problem: Problem) => {
  const basis = zerothOrderBasis(hamiltonianOfOrder(problem, 0), hamiltonianOfOrder(problem, 1));
  if (typeof basis === "string") throw new SteadyStateError(`no zeroth-order state: ${basis}`);
  const rates = populationRates(problem, basis, diagonalOf(problem.numberOperator));
  if (typeof rates === "string") throw new SteadyStateError(`no zeroth-order state: ${rates}`);
  const solution = solveRateEquation(
    basis.blocks.map((block) => block.states.length),
    rates.pairs,
  );
  const p = Float64Array.from(solution.populations.flatMap((block) => Array.from(block)));
  const currents: Record<string, BathCurrents> = {};
  for (const bath of problem.baths) {
    const { energy, particle } = rates.flows[bath.name];
    let [e, n] = [0, 0];
    for (let k = 0; k < p.length; k++) {
      e += p[k] * energy[k];
      n += p[k] * particle[k];
    }
    currents[bath.name] = { energy: e, particle: n, heat: e - bath.chemicalPotential * n };
  }
  return { rho: densityMatrix(basis, solution.populations), solution, blocks: basis.blocks.length, currents };
});

/**
 * The λ → 0 limit of paper 003's master equation (003_cb0e800cb11a91bb.txt Sec. III A, eqs. (45)-(47)):
 * the zeroth-order NESS ρ0 is diagonal in the eigenbasis |E_{n,k}⟩ of H0 + λH1 in degenerate perturbation
 * theory (H1 diagonalised in each eigenspace of H0, eqs. (25)-(27)), with populations from the rate
 * equation P1 L2 ρ0 = 0 of the baths' golden-rule rates. Exact as λ → 0 (the global and local equations
 * and Redfield all tend to it), and its cost is that of diagonalising H1 in the blocks: seconds at N = 12.
 */
export default defineEngine({
  id: "perturbative",
  title: "Perturbative weak-coupling limit (paper 003)",
  description:
    "The zeroth-order steady state of 003_cb0e800cb11a91bb.txt eqs. (45)-(47): degenerate perturbation theory " +
    "in the eigenbasis of H0 with H1 diagonalised in each degenerate block, and the rate equation of the baths' " +
    "golden-rule rates between those states. The λ → 0 limit of the weak-coupling master equation; needs H0 " +
    "diagonal in the site basis, the order of each Hamiltonian term in the case, and a non-degenerate H1 in each block.",
  traits: { approximation: "perturbative", markovian: false, lindbladForm: false },
  supports(problem) {
    const missing = missingOrders(problem);
    if (missing) return missing;
    if (problem.extraDissipators.length > 0) {
      return "the expansion of paper 003 has no dissipators besides the baths (the case has extra dissipators)";
    }
    const interacting = problem.hamiltonianTerms.find((term) => term.order === 0 && term.support.length > 1);
    if (interacting)
      return `H0 must be a sum of single-site fields; ${interacting.label} (order 0) acts on several sites`;
    if (problem.dimension > PERTURBATIVE_LIMIT) {
      return `Hilbert-space dimension ${problem.dimension} exceeds the limit ${PERTURBATIVE_LIMIT} of this engine (it returns the state as a dense n×n matrix)`;
    }
    return true;
  },
  steadyState(problem) {
    const { rho, solution, blocks } = zerothOrderState(problem, {});
    return {
      rho,
      dimension: 1,
      warnings: [],
      method: `perturbative (paper 003 eqs. (45)-(47), ${blocks} blocks of H0)`,
      residual: solution.residual,
      iterations: solution.iterations,
    };
  },
  // J_α = Σ_ψ p_ψ Σ_φ W_α(ψ → φ)(ε_φ − ε_ψ), the leading order λ² of Tr[H_S D_α(ρ0)]: the currents of the
  // zeroth-order state (the state passed in is that state).
  currents(problem) {
    return zerothOrderState(problem, {}).currents;
  },
});
