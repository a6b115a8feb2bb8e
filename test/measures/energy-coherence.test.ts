import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { adjoint, ComplexMatrix, multiply } from "../../src/linalg/complex-matrix.js";
import { hermitianEigen } from "../../src/linalg/eigen.js";
import { energyCoherence, energyCoherenceInEigenbasis } from "../../src/measures/energy-coherence.js";
import { gibbsState } from "../../src/physics/gibbs-state.js";
import { expectClose } from "../helpers/expect-close.js";
import { densityMatrixArbitrary, hermitianArbitrary, ketArbitrary, projector } from "./random-states.js";

/** Ascending energies with repeats (levels −1, 0, 1, 2 drawn at random) and a random eigenbasis U. */
const degenerateSpectrumArbitrary = fc.tuple(
  fc
    .array(fc.integer({ min: -1, max: 2 }), { minLength: 4, maxLength: 4 })
    .map((e) => e.sort((a, b) => a - b)),
  hermitianArbitrary(4).map((seed) => hermitianEigen(seed).vectors),
);

/** A random Hermitian 4×4 matrix whose eigenvalues are at least 1e-3 apart. */
const nonDegenerateHamiltonianArbitrary = hermitianArbitrary(4).filter((h) => {
  const values = hermitianEigen(h).values;
  return values.every((e, k) => k === 0 || e - values[k - 1] > 1e-3);
});

function hamiltonianOf(energies: number[], u: ComplexMatrix): ComplexMatrix {
  return multiply(multiply(u, ComplexMatrix.diagonal(energies)), adjoint(u));
}

/** A unitary that mixes the eigenvectors inside each degenerate level only (block diagonal). */
function rotationWithinLevels(energies: number[], seed: ComplexMatrix): ComplexMatrix {
  const w = ComplexMatrix.identity(4);
  for (let start = 0; start < 4;) {
    let end = start + 1;
    while (end < 4 && energies[end] === energies[start]) end++;
    const size = end - start;
    const block = new ComplexMatrix(size, size);
    for (let i = 0; i < size; i++)
      for (let j = 0; j < size; j++) block.set(i, j, seed.re(i, j), seed.im(i, j));
    const mixing = hermitianEigen(block).vectors;
    for (let i = 0; i < size; i++) {
      for (let j = 0; j < size; j++) w.set(start + i, start + j, mixing.re(i, j), mixing.im(i, j));
    }
    start = end;
  }
  return w;
}

describe("energyCoherence", () => {
  it("is Σ_{a≠b} |⟨a|ρ|b⟩| in the eigenbasis of a non-degenerate H", () => {
    fc.assert(
      fc.property(nonDegenerateHamiltonianArbitrary, densityMatrixArbitrary(4), (h, rho) => {
        const { vectors } = hermitianEigen(h);
        const inEigenbasis = multiply(multiply(adjoint(vectors), rho), vectors);
        let expected = 0;
        for (let a = 0; a < 4; a++) {
          for (let b = 0; b < 4; b++) {
            if (a !== b) expected += Math.hypot(inEigenbasis.re(a, b), inEigenbasis.im(a, b));
          }
        }
        expectClose(energyCoherence(rho, h), expected, 1e-12);
      }),
    );
  });

  it("is 1 for an equal superposition of two non-degenerate levels", () => {
    const h = ComplexMatrix.diagonal([0.5, -0.5]);
    const plus = ComplexMatrix.from([[Math.SQRT1_2], [Math.SQRT1_2]]);
    expectClose(energyCoherence(projector(plus), h), 1, 1e-15);
  });

  it("vanishes for Gibbs states, also of degenerate Hamiltonians", () => {
    fc.assert(
      fc.property(
        degenerateSpectrumArbitrary,
        fc.double({ min: 0.1, max: 10, noNaN: true }),
        ([energies, u], t) => {
          const h = hamiltonianOf(energies, u);
          expectClose(energyCoherence(gibbsState(h, t), h), 0, 1e-12);
        },
      ),
    );
  });

  it("ignores coherence inside a degenerate level", () => {
    const h = ComplexMatrix.diagonal([0, 0, 1, 2]);
    const insideLevel = ComplexMatrix.from([[0.6], [0.8], [0], [0]]);
    expectClose(energyCoherence(projector(insideLevel), h), 0, 1e-15);
  });

  it("for a pure state equals Σ_{E≠E′} √(w_E w_E′), w_E = ‖P_E ψ‖², whatever the degeneracy", () => {
    fc.assert(
      fc.property(degenerateSpectrumArbitrary, ketArbitrary(4), ([energies, u], ket) => {
        const amplitudes = multiply(adjoint(u), ket);
        const weights = new Map<number, number>();
        energies.forEach((e, a) => {
          weights.set(e, (weights.get(e) ?? 0) + amplitudes.re(a, 0) ** 2 + amplitudes.im(a, 0) ** 2);
        });
        let expected = 0;
        for (const [e, w] of weights) for (const [f, v] of weights) if (e !== f) expected += Math.sqrt(w * v);
        expectClose(energyCoherence(projector(ket), hamiltonianOf(energies, u)), expected, 1e-10);
      }),
    );
  });

  it("does not depend on the basis chosen inside degenerate levels", () => {
    fc.assert(
      fc.property(
        degenerateSpectrumArbitrary,
        hermitianArbitrary(4),
        densityMatrixArbitrary(4),
        ([energies, u], seed, rho) => {
          const values = Float64Array.from(energies);
          const rotated = multiply(u, rotationWithinLevels(energies, seed));
          const reference = energyCoherenceInEigenbasis(rho, { values, vectors: u });
          expectClose(energyCoherenceInEigenbasis(rho, { values, vectors: rotated }), reference, 1e-10);
          expectClose(energyCoherence(rho, hamiltonianOf(energies, u)), reference, 1e-8);
        },
      ),
    );
  });

  it("rejects eigenvalues that are not ascending", () => {
    const eigen = { values: Float64Array.from([1, 0]), vectors: ComplexMatrix.identity(2) };
    expect(() => energyCoherenceInEigenbasis(ComplexMatrix.identity(2), eigen)).toThrow(/ascending/);
  });
});
