import fc from "fast-check";
import { EigenvalueDecomposition, Matrix, solve } from "ml-matrix";
import { describe, expect, it } from "vitest";
import { prepareCase } from "../../src/cases/build-problem.js";
import { findCase, loadCase } from "../../src/cases/load-case.js";
import {
  add,
  adjoint,
  ComplexMatrix,
  commutator,
  maxAbs,
  multiply,
  scale,
  subtract,
  traceOfProduct,
} from "../../src/linalg/complex-matrix.js";
import { operatorMatrix } from "../helpers/operator-matrix.js";
import type { Problem } from "../../src/physics/problem.js";
import { expectClose } from "../helpers/expect-close.js";

/**
 * The reference values of cases/flipflop-qubits.yaml against a global (Davies) Lindblad equation written
 * out here from scratch, with ml-matrix for the eigenbasis and the linear solve: for each bath with
 * coupling σ⁻ (H_int = σ⁻⊗B† + σ⁺⊗B) the jump operators are the Bohr components A(ω) of σ⁻ and σ⁺ in
 * the eigenbasis of H_S, with rates Γ(n(ω) + 1) for ω > 0 and Γ n(|ω|) for ω < 0 (000_47becd3a7196453b.txt
 * Sec. III). The steady state must be eq. (22) at every parameter point.
 */

const file = findCase("flipflop-qubits");
const flipflop = prepareCase(loadCase(file), file);
const DIMENSION = 4;

interface RealEigen {
  values: number[];
  /** Columns are the eigenvectors. */
  vectors: Matrix;
}

/** H_S of this case is real symmetric; ml-matrix diagonalises it. */
function realSymmetricEigen(hamiltonian: ComplexMatrix): RealEigen {
  const real = new Matrix(DIMENSION, DIMENSION);
  for (let i = 0; i < DIMENSION; i++) {
    for (let j = 0; j < DIMENSION; j++) {
      expect(hamiltonian.im(i, j)).toBe(0);
      real.set(i, j, hamiltonian.re(i, j));
    }
  }
  const decomposition = new EigenvalueDecomposition(real, { assumeSymmetric: true });
  return { values: decomposition.realEigenvalues, vectors: decomposition.eigenvectorMatrix };
}

/** |a⟩⟨b| in the site basis, for eigenvectors a and b. */
function outer(eigen: RealEigen, a: number, b: number): ComplexMatrix {
  const m = ComplexMatrix.zeros(DIMENSION);
  for (let i = 0; i < DIMENSION; i++) {
    for (let j = 0; j < DIMENSION; j++) m.set(i, j, eigen.vectors.get(i, a) * eigen.vectors.get(j, b));
  }
  return m;
}

/** Bohr components A(ω) = Σ_{E_b − E_a = ω} |a⟩⟨a|A|b⟩⟨b|, grouped by ω. */
function bohrComponents(
  operator: ComplexMatrix,
  eigen: RealEigen,
): { omega: number; component: ComplexMatrix }[] {
  const components: { omega: number; component: ComplexMatrix }[] = [];
  for (let a = 0; a < DIMENSION; a++) {
    for (let b = 0; b < DIMENSION; b++) {
      const projectorA = outer(eigen, a, a);
      const projectorB = outer(eigen, b, b);
      const piece = multiply(multiply(projectorA, operator), projectorB);
      if (maxAbs(piece) < 1e-14) continue;
      const omega = eigen.values[b] - eigen.values[a];
      const group = components.find((c) => Math.abs(c.omega - omega) < 1e-9);
      if (group) group.component = add(group.component, piece);
      else components.push({ omega, component: piece });
    }
  }
  return components;
}

/** D[A]ρ = AρA† − ½{A†A, ρ}, scaled by the rate. */
function dissipate(rate: number, a: ComplexMatrix, rho: ComplexMatrix): ComplexMatrix {
  const aDagger = adjoint(a);
  const aDaggerA = multiply(aDagger, a);
  const out = multiply(multiply(a, rho), aDagger);
  const anticommutator = multiply(aDaggerA, rho);
  const other = multiply(rho, aDaggerA);
  for (let k = 0; k < out.data.length; k++)
    out.data[k] = rate * (out.data[k] - 0.5 * (anticommutator.data[k] + other.data[k]));
  return out;
}

type Jump = { rate: number; operator: ComplexMatrix };

/** The jump operators of one bath: components of σ⁻ and σ⁺ of its site with the bosonic rates at T. */
function bathJumps(site: number, temperature: number, gamma: number, eigen: RealEigen): Jump[] {
  const lowering = operatorMatrix(`sm${site}`, 2);
  const n = (omega: number) => 1 / Math.expm1(omega / temperature);
  return [lowering, adjoint(lowering)].flatMap((coupling) =>
    bohrComponents(coupling, eigen).map(({ omega, component }) => ({
      rate: omega > 0 ? gamma * (n(omega) + 1) : gamma * n(-omega),
      operator: component,
    })),
  );
}

function applyGenerator(hamiltonian: ComplexMatrix, jumps: Jump[], rho: ComplexMatrix): ComplexMatrix {
  const coherent = commutator(hamiltonian, rho); // −i[H, ρ] = (−i)·[H, ρ]
  const out = ComplexMatrix.zeros(DIMENSION);
  for (let k = 0; k < out.data.length; k += 2) {
    out.data[k] = coherent.data[k + 1];
    out.data[k + 1] = -coherent.data[k];
  }
  for (const jump of jumps) {
    const term = dissipate(jump.rate, jump.operator, rho);
    for (let k = 0; k < out.data.length; k++) out.data[k] += term.data[k];
  }
  return out;
}

/** Solves L(ρ) = 0 with Tr ρ = 1 over the 2·16 real unknowns (Re ρ, Im ρ). */
function steadyState(hamiltonian: ComplexMatrix, jumps: Jump[]): ComplexMatrix {
  const size = DIMENSION * DIMENSION;
  const system = new Matrix(2 * size, 2 * size);
  for (let k = 0; k < 2 * size; k++) {
    const basis = ComplexMatrix.zeros(DIMENSION);
    basis.data[2 * (k % size) + (k < size ? 0 : 1)] = 1;
    const image = applyGenerator(hamiltonian, jumps, basis);
    for (let r = 0; r < size; r++) {
      system.set(r, k, image.data[2 * r]);
      system.set(size + r, k, image.data[2 * r + 1]);
    }
  }
  // the equations for ρ_00 follow from the others (trace preservation): replace them by Tr ρ = 1
  const rhs = new Matrix(2 * size, 1);
  for (let k = 0; k < 2 * size; k++) {
    system.set(0, k, 0);
    system.set(size, k, 0);
  }
  for (let i = 0; i < DIMENSION; i++) {
    system.set(0, i * DIMENSION + i, 1);
    system.set(size, size + i * DIMENSION + i, 1);
  }
  rhs.set(0, 0, 1);
  const x = solve(system, rhs);
  const rho = ComplexMatrix.zeros(DIMENSION);
  for (let r = 0; r < size; r++) rho.data[2 * r] = x.get(r, 0);
  for (let r = 0; r < size; r++) rho.data[2 * r + 1] = x.get(size + r, 0);
  return rho;
}

function referenceOf(problem: Problem, quantity: string): number | ComplexMatrix {
  const reference = flipflop
    .referencesAt(problem.parameters, "global-lindblad")
    .find((r) => r.quantity === quantity);
  if (!reference) throw new Error(`no reference for ${quantity}`);
  return reference.value;
}

/** Wootters concurrence of a real two-qubit state: ρ̃ = (σy⊗σy) ρ (σy⊗σy), C = max(0, λ1 − λ2 − λ3 − λ4). */
function woottersConcurrence(rho: ComplexMatrix): number {
  const yy = operatorMatrix("Y0 Y1", 2);
  const product = multiply(rho, multiply(multiply(yy, rho), yy));
  const real = new Matrix(DIMENSION, DIMENSION);
  for (let i = 0; i < DIMENSION; i++) for (let j = 0; j < DIMENSION; j++) real.set(i, j, product.re(i, j));
  const lambdas = new EigenvalueDecomposition(real).realEigenvalues
    .map((value) => Math.sqrt(Math.max(0, value)))
    .sort((a, b) => b - a);
  return Math.max(0, lambdas[0] - lambdas[1] - lambdas[2] - lambdas[3]);
}

/** Parameter points away from the degenerate eps = V (a zero Bohr frequency) and with T1, T2 > 0. */
const parameterPoint = fc
  .record({
    eps: fc.double({ min: 0.2, max: 5, noNaN: true }),
    V: fc.double({ min: 0.2, max: 2, noNaN: true }),
    Gamma: fc.double({ min: 1e-3, max: 1, noNaN: true }),
    TM: fc.double({ min: 0.1, max: 3, noNaN: true }),
    bias: fc.double({ min: -0.95, max: 0.95, noNaN: true }),
  })
  .filter(({ eps, V }) => Math.abs(eps - V) > 0.1)
  .map(({ bias, ...rest }) => ({ ...rest, dT: 2 * rest.TM * bias }));

describe("flipflop-qubits reference values (000_47becd3a7196453b.txt eq. (22))", () => {
  it("match the steady state, concurrence and left heat current of an independent global Lindblad equation", () => {
    fc.assert(
      fc.property(parameterPoint, (point) => {
        const problem = flipflop.problemAt(point);
        const hamiltonian = problem.hamiltonian.dense();
        const eigen = realSymmetricEigen(hamiltonian);
        const left = bathJumps(0, point.TM + point.dT / 2, point.Gamma, eigen);
        const right = bathJumps(1, point.TM - point.dT / 2, point.Gamma, eigen);
        const rho = steadyState(hamiltonian, [...left, ...right]);
        expectClose(
          referenceOf(problem, "steadyState"),
          rho,
          1e-9,
          `steady state at ${JSON.stringify(point)}`,
        );

        // √ of the near-zero eigenvalues of ρρ̃ turns round-off of 1e-17 into 3e-9: hence the looser tolerance
        expectClose(
          referenceOf(problem, "observables.concurrence") as number,
          woottersConcurrence(rho),
          1e-7,
          "concurrence",
        );

        const dissipatedByLeft = left.reduce(
          (sum, jump) => add(sum, dissipate(jump.rate, jump.operator, rho)),
          ComplexMatrix.zeros(DIMENSION),
        );
        const [heat] = traceOfProduct(hamiltonian, dissipatedByLeft); // J = Tr[H_S D_left(ρ)], μ = 0
        expectClose(
          referenceOf(problem, "currents.left.heat") as number,
          heat,
          1e-9,
          "heat current from the left bath",
        );
      }),
      { numRuns: 25 },
    );
  });

  it("is diagonal in the eigenbasis of H_S (energy coherence 0) and independent of Gamma", () => {
    fc.assert(
      fc.property(parameterPoint, (point) => {
        const problem = flipflop.problemAt(point);
        const rho = referenceOf(problem, "steadyState") as ComplexMatrix;
        expect(maxAbs(commutator(problem.hamiltonian.dense(), rho))).toBeLessThan(1e-12);
        expect(referenceOf(problem, "observables.energyCoherence")).toBe(0);
        const otherGamma = flipflop.problemAt({ ...point, Gamma: 2 * point.Gamma });
        expect(maxAbs(subtract(referenceOf(otherGamma, "steadyState") as ComplexMatrix, rho))).toBe(0);
      }),
      { numRuns: 25 },
    );
  });

  it("reduces at dT = 0 to the Gibbs state of H_S at TM", () => {
    fc.assert(
      fc.property(parameterPoint, ({ dT: _, ...point }) => {
        const problem = flipflop.problemAt({ ...point, dT: 0 });
        const eigen = realSymmetricEigen(problem.hamiltonian.dense());
        const weights = eigen.values.map((energy) =>
          Math.exp(-(energy - Math.min(...eigen.values)) / point.TM),
        );
        const partition = weights.reduce((a, b) => a + b, 0);
        const gibbs = weights.reduce(
          (sum, weight, a) => add(sum, scale(outer(eigen, a, a), weight / partition)),
          ComplexMatrix.zeros(DIMENSION),
        );
        expectClose(referenceOf(problem, "steadyState"), gibbs, 1e-10, "Gibbs state");
      }),
      { numRuns: 25 },
    );
  });
});
