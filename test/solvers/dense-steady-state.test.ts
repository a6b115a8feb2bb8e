import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addScaledInPlace,
  ComplexMatrix,
  kron,
  maxAbs,
  scale,
  trace,
  traceOfProduct,
} from "../../src/linalg/complex-matrix.js";
import { hermitianEigenvalues } from "../../src/linalg/eigen.js";
import { expm } from "../../src/linalg/expm.js";
import { steadyStateOfMatrix as steadyState } from "../../src/solvers/dense-steady-state.js";
import { SteadyStateError } from "../../src/solvers/steady-state-result.js";
import { applySuperoperator, lindbladLiouvillian } from "../../src/linalg/superoperator.js";
import { expectClose } from "../helpers/expect-close.js";
import { densityMatrixArbitrary, lindbladianArbitrary, withDimension } from "../helpers/random-operators.js";

// Basis state 0 = spin up (DESIGN.md): σ⁻ = |1⟩⟨0|, σz = diag(1, −1).
const sigmaMinus = ComplexMatrix.from([
  [0, 0],
  [1, 0],
]);
const sigmaPlus = ComplexMatrix.from([
  [0, 1],
  [0, 0],
]);
const sigmaZ = ComplexMatrix.diagonal([1, -1]);
const identity2 = ComplexMatrix.identity(2);
const bose = (omega: number, temperature: number) => 1 / Math.expm1(omega / temperature);

/** A qubit (ε/2)σz damped by a bath at temperature T: rates γ(n+1) down (σ⁻) and γn up (σ⁺). */
function thermallyDampedQubit(epsilon: number, gamma: number, temperature: number): ComplexMatrix {
  const n = bose(epsilon, temperature);
  return lindbladLiouvillian(scale(sigmaZ, epsilon / 2), [
    { operator: sigmaMinus, rate: gamma * (n + 1) },
    { operator: sigmaPlus, rate: gamma * n },
  ]);
}

/** A qubit (ε/2)σz with pure dephasing γ D[σz]: every diagonal state is stationary. */
function dephasedQubit(epsilon: number, gamma: number): ComplexMatrix {
  return lindbladLiouvillian(scale(sigmaZ, epsilon / 2), [{ operator: sigmaZ, rate: gamma }]);
}

describe("steadyState: unique steady states", () => {
  it("gives the thermal qubit p_up = n/(2n+1) (000_47becd3a7196453b.txt eq. (22))", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.1, max: 5, noNaN: true }),
        fc.double({ min: 1e-4, max: 1, noNaN: true }),
        fc.double({ min: 0.05, max: 20, noNaN: true }),
        (epsilon, gamma, temperature) => {
          const result = steadyState(thermallyDampedQubit(epsilon, gamma, temperature));
          const n = bose(epsilon, temperature);
          expect(result.dimension).toBe(1);
          expect(result.warnings).toEqual([]);
          expectClose(
            result.rho!,
            ComplexMatrix.diagonal([n / (2 * n + 1), (n + 1) / (2 * n + 1)]),
            1e-12,
            "thermal qubit",
          );
          // Detailed balance: p_up/p_down = e^{−ε/T}.
          expectClose(result.rho!.re(0, 0) / result.rho!.re(1, 1), Math.exp(-epsilon / temperature), 1e-11);
        },
      ),
    );
  });

  it("solves L(ρ) = 0 with a density matrix for random Lindblad generators (n = 2..6)", () => {
    fc.assert(
      fc.property(
        withDimension(2, 6, (n) => lindbladianArbitrary(n)),
        ({ liouvillian, n }) => {
          const { rho, dimension, conservedQuantities } = steadyState(liouvillian);
          expect(dimension).toBe(1);
          expectClose(
            maxAbs(applySuperoperator(liouvillian, rho!)) / maxAbs(liouvillian),
            0,
            1e-13,
            "|L(ρ)|/|L|",
          );
          expectClose(trace(rho!), [1, 0], 1e-13, "Tr ρ");
          expect(Math.min(...hermitianEigenvalues(rho!))).toBeGreaterThanOrEqual(-1e-10);
          // The one conserved quantity of a trace-preserving generator is the identity, normalised.
          expect(conservedQuantities).toHaveLength(1);
          const sign = Math.sign(conservedQuantities![0].re(0, 0));
          expectClose(
            scale(conservedQuantities![0], sign),
            scale(ComplexMatrix.identity(n), 1 / Math.sqrt(n)),
            1e-12,
          );
        },
      ),
    );
  });

  it("is the long-time limit of e^{Lt}ρ0 and does not depend on ρ0 when unique", () => {
    fc.assert(
      fc.property(lindbladianArbitrary(3), densityMatrixArbitrary(3), ({ liouvillian }, rho0) => {
        const unique = steadyState(liouvillian).rho!;
        const fromInitial = steadyState(liouvillian, { initialState: rho0 });
        expectClose(fromInitial.rho!, unique, 1e-12, "ρ∞(ρ0) = ρss");
        // t = 10⁵ outlasts the slowest relaxation of these generators (rates ≥ 0.05, but gaps can be ~10⁻³).
        const late = applySuperoperator(expm(scale(liouvillian, 1e5)), rho0);
        expectClose(late, unique, 1e-8, "e^{10⁵ L}ρ0");
      }),
      { numRuns: 20 },
    );
  });

  it("warns when a rate is tiny compared with the scale of L, and still solves", () => {
    const result = steadyState(thermallyDampedQubit(1, 1e-9, 0.7));
    expect(result.dimension).toBe(1);
    expect(result.conditionEstimate!).toBeGreaterThan(1e8);
    expect(result.warnings.join(" ")).toMatch(/ill-conditioned/);
    const n = bose(1, 0.7);
    expectClose(result.rho!.re(0, 0), n / (2 * n + 1), 1e-6, "p_up");
  });
});

describe("steadyState: degenerate kernels", () => {
  it("refuses to pick a state for pure dephasing (kernel dimension 2) without an initial state", () => {
    const result = steadyState(dephasedQubit(1.3, 0.2));
    expect(result.dimension).toBe(2);
    expect(result.rho).toBeNull();
    expect(result.warnings.join(" ")).toMatch(/not unique: the kernel of the Liouvillian has dimension 2/);
    // The conserved quantities span the diagonal operators: Tr[l L(ρ)] = 0 and l is diagonal.
    expect(result.conservedQuantities).toHaveLength(2);
    for (const l of result.conservedQuantities!) {
      expectClose([l.re(0, 1), l.im(0, 1)], [0, 0], 1e-14, "off-diagonal of l");
      expectClose(traceOfProduct(l, l), [1, 0], 1e-13, "Tr l² (orthonormal)");
    }
    expectClose(
      traceOfProduct(result.conservedQuantities![0], result.conservedQuantities![1]),
      [0, 0],
      1e-13,
    );
    // The identity comes first, the rest is traceless: here ±σz/√2.
    expectClose(result.conservedQuantities![0], ComplexMatrix.diagonal([Math.SQRT1_2, Math.SQRT1_2]), 1e-13);
    const second = result.conservedQuantities![1];
    expectClose(scale(second, Math.sign(second.re(0, 0))), scale(sigmaZ, Math.SQRT1_2), 1e-13, "σz/√2");
  });

  it("keeps the populations and kills the coherences of an initial state under pure dephasing", () => {
    fc.assert(
      fc.property(densityMatrixArbitrary(2), fc.double({ min: 0.01, max: 3, noNaN: true }), (rho0, gamma) => {
        const { rho, dimension } = steadyState(dephasedQubit(0.8, gamma), { initialState: rho0 });
        expect(dimension).toBe(2);
        expectClose(rho!, ComplexMatrix.diagonal([rho0.re(0, 0), rho0.re(1, 1)]), 1e-12, "ρ∞");
      }),
    );
  });

  it("gives ρ∞ with L(ρ∞) = 0 and Tr[l ρ∞] = Tr[l ρ0] for every conserved l (two dephased qubits, dimension 4)", () => {
    // Independent dephasing on both qubits of (ε1/2)σz⊗1 + (ε2/2)1⊗σz: all four populations are conserved.
    const h = scale(kron(sigmaZ, identity2), 0.6);
    const liouvillian = lindbladLiouvillian(h, [
      { operator: kron(sigmaZ, identity2), rate: 0.3 },
      { operator: kron(identity2, sigmaZ), rate: 0.1 },
    ]);
    fc.assert(
      fc.property(densityMatrixArbitrary(4), (rho0) => {
        const result = steadyState(liouvillian, { initialState: rho0 });
        expect(result.dimension).toBe(4);
        expectClose(maxAbs(applySuperoperator(liouvillian, result.rho!)), 0, 1e-13, "|L(ρ∞)|");
        for (const l of result.conservedQuantities!) {
          expectClose(traceOfProduct(l, result.rho!), traceOfProduct(l, rho0), 1e-12, "conserved Tr[l ρ]");
        }
        expectClose(result.rho!, ComplexMatrix.diagonal([0, 1, 2, 3].map((i) => rho0.re(i, i))), 1e-12, "ρ∞");
      }),
      { numRuns: 30 },
    );
  });

  it("keeps the singlet population under collective decay: ρ∞ = p_S|S⟩⟨S| + (1 − p_S)|↓↓⟩⟨↓↓| (dark state)", () => {
    // J⁻ = σ⁻⊗1 + 1⊗σ⁻ annihilates the singlet |S⟩ = (|01⟩ − |10⟩)/√2 and |↓↓⟩ = |11⟩; with
    // H = (ε/2)(σz⊗1 + 1⊗σz) their coherence oscillates at frequency ε and averages out, so the kernel
    // is spanned by |S⟩⟨S| and |11⟩⟨11|, and |S⟩⟨S| is conserved.
    const collectiveLowering = kron(sigmaMinus, identity2);
    addScaledInPlace(collectiveLowering, kron(identity2, sigmaMinus), 1);
    const h = scale(kron(sigmaZ, identity2), 0.7);
    addScaledInPlace(h, kron(identity2, sigmaZ), 0.7);
    const liouvillian = lindbladLiouvillian(h, [{ operator: collectiveLowering, rate: 0.4 }]);
    const singlet = new ComplexMatrix(4, 4);
    for (const [i, j, v] of [
      [1, 1, 0.5],
      [2, 2, 0.5],
      [1, 2, -0.5],
      [2, 1, -0.5],
    ]) {
      singlet.set(i, j, v);
    }
    expect(steadyState(liouvillian).dimension).toBe(2);
    fc.assert(
      fc.property(densityMatrixArbitrary(4), (rho0) => {
        const { rho } = steadyState(liouvillian, { initialState: rho0 });
        const [singletPopulation] = traceOfProduct(singlet, rho0);
        const expected = scale(singlet, singletPopulation);
        expected.set(3, 3, 1 - singletPopulation);
        expectClose(rho!, expected, 1e-12, "ρ∞");
      }),
      { numRuns: 30 },
    );
  });

  it("agrees with e^{Lt}ρ0 at long times when the kernel is degenerate and nothing oscillates", () => {
    // Collective decay with H = 0: the dark subspace span{|S⟩, |11⟩} is stationary with its coherences.
    const collectiveLowering = kron(sigmaMinus, identity2);
    addScaledInPlace(collectiveLowering, kron(identity2, sigmaMinus), 1);
    const liouvillian = lindbladLiouvillian(new ComplexMatrix(4, 4), [
      { operator: collectiveLowering, rate: 0.5 },
    ]);
    const propagator = expm(scale(liouvillian, 200));
    fc.assert(
      fc.property(densityMatrixArbitrary(4), (rho0) => {
        const result = steadyState(liouvillian, { initialState: rho0 });
        expect(result.dimension).toBe(4);
        expectClose(result.rho!, applySuperoperator(propagator, rho0), 1e-10, "ρ∞ vs e^{200 L}ρ0");
      }),
      { numRuns: 30 },
    );
  });

  it("splits over invariant blocks: ρ∞ = Tr[P₁ρ0] ρ₁ ⊕ Tr[P₂ρ0] ρ₂ for random block-diagonal generators (auto = svd)", () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 3 })
          .chain((n1) =>
            fc.tuple(lindbladianArbitrary(n1), lindbladianArbitrary(4 - n1), densityMatrixArbitrary(4)),
          ),
        ([first, second, rho0]) => {
          const n1 = first.n;
          const blockSum = (a: ComplexMatrix, b: ComplexMatrix) => {
            const out = new ComplexMatrix(4, 4);
            for (let i = 0; i < n1; i++) for (let j = 0; j < n1; j++) out.set(i, j, a.re(i, j), a.im(i, j));
            for (let i = 0; i < 4 - n1; i++) {
              for (let j = 0; j < 4 - n1; j++) out.set(n1 + i, n1 + j, b.re(i, j), b.im(i, j));
            }
            return out;
          };
          const jumps = [...first.jumps, ...second.jumps].map(({ operator, rate }, k) => ({
            operator:
              k < first.jumps.length
                ? blockSum(operator, new ComplexMatrix(4 - n1, 4 - n1))
                : blockSum(new ComplexMatrix(n1, n1), operator),
            rate,
          }));
          const liouvillian = lindbladLiouvillian(blockSum(first.hamiltonian, second.hamiltonian), jumps);
          const rho1 = steadyState(first.liouvillian).rho!;
          const rho2 = steadyState(second.liouvillian).rho!;
          let p1 = 0;
          for (let i = 0; i < n1; i++) p1 += rho0.re(i, i);
          const expected = blockSum(scale(rho1, p1), scale(rho2, 1 - p1));
          const image = applySuperoperator(liouvillian, rho0);
          for (const svd of [false, true]) {
            const method = svd ? "svd" : "fast path";
            const result = steadyState(liouvillian, { initialState: rho0, svd });
            expect(result.dimension).toBe(2);
            expectClose(result.rho!, expected, 1e-10, `ρ∞ (${method})`);
            expect(steadyState(liouvillian, { svd }).rho).toBeNull();
            // Conserved quantities: 1/2 first, then a traceless one; HS-orthonormal; Tr[q L(ρ)] = 0.
            const [identity, other] = result.conservedQuantities!;
            expectClose(identity, ComplexMatrix.diagonal([0.5, 0.5, 0.5, 0.5]), 1e-10, `1/2 (${method})`);
            expectClose(trace(other), [0, 0], 1e-10, `Tr q (${method})`);
            expectClose(traceOfProduct(other, other), [1, 0], 1e-10, `Tr q² (${method})`);
            expectClose(traceOfProduct(other, image), [0, 0], 1e-10, `Tr[q L(ρ0)] (${method})`);
          }
        },
      ),
      { numRuns: 40 },
    );
  });

  it("returns the initial state itself for L = 0 (every state is stationary)", () => {
    fc.assert(
      fc.property(densityMatrixArbitrary(2), (rho0) => {
        const result = steadyState(new ComplexMatrix(4, 4), { initialState: rho0 });
        expect(result.dimension).toBe(4);
        expectClose(result.rho!, rho0, 1e-14, "ρ∞ = ρ0");
      }),
      { numRuns: 20 },
    );
  });
});

describe("steadyState: errors", () => {
  it("throws a SteadyStateError when L has no kernel (pure decay of everything, not trace preserving)", () => {
    const decay = scale(ComplexMatrix.identity(4), -0.5);
    expect(() => steadyState(decay)).toThrow(SteadyStateError);
    expect(() => steadyState(decay)).toThrow(/no kernel/);
  });

  it("throws a SteadyStateError for a traceless kernel vector", () => {
    // L(ρ) = −(Tr ρ)·1/2 + ... : a generator whose kernel is spanned by the traceless σz.
    const liouvillian = new ComplexMatrix(4, 4);
    // L(|0⟩⟨0|) = L(|1⟩⟨1|) = −1 (identity), coherences decay: kernel = span{σz}.
    for (const column of [0, 3]) for (const row of [0, 3]) liouvillian.set(row, column, -1);
    liouvillian.set(1, 1, -1).set(2, 2, -1);
    expect(() => steadyState(liouvillian)).toThrow(/traceless/);
  });

  it("rejects bad arguments with a RangeError", () => {
    expect(() => steadyState(new ComplexMatrix(5, 5))).toThrow(/n²×n²/);
    expect(() => steadyState(new ComplexMatrix(4, 4), { initialState: ComplexMatrix.identity(3) })).toThrow(
      /must be 2x2/,
    );
    // ρ ↦ iρ does not map Hermitian operators to Hermitian operators.
    expect(() => steadyState(scale(ComplexMatrix.identity(4), 0, 1))).toThrow(
      /Hermitian operators to Hermitian/,
    );
    const withNaN = new ComplexMatrix(4, 4).set(0, 0, Number.NaN);
    expect(() => steadyState(withNaN)).toThrow(RangeError);
    expect(() => steadyState(dephasedQubit(1, 1), { tolerance: -1 })).toThrow(RangeError);
  });
});
