import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { adjoint, ComplexMatrix, kron, multiply, scale } from "../../src/linalg/complex-matrix.js";
import { hermitianEigen } from "../../src/linalg/eigen.js";
import { entropyOfSpectrum, vonNeumannEntropy } from "../../src/measures/von-neumann-entropy.js";
import { expectClose } from "../helpers/expect-close.js";
import { densityMatrixArbitrary, hermitianArbitrary, ketArbitrary, projector } from "./random-states.js";

describe("vonNeumannEntropy", () => {
  it("of the maximally mixed state of N qubits is N ln 2", () => {
    for (const n of [1, 2, 3]) {
      const d = 2 ** n;
      expectClose(vonNeumannEntropy(scale(ComplexMatrix.identity(d), 1 / d)), n * Math.LN2, 1e-14);
    }
  });

  it("of a pure state is 0", () => {
    fc.assert(
      fc.property(ketArbitrary(4), (ket) => expectClose(vonNeumannEntropy(projector(ket)), 0, 1e-12)),
    );
  });

  it("of a qubit with eigenvalues p, 1 − p in a random basis is −p ln p − (1−p) ln(1−p)", () => {
    fc.assert(
      fc.property(fc.double({ min: 0.001, max: 0.999, noNaN: true }), hermitianArbitrary(2), (p, seed) => {
        const u = hermitianEigen(seed).vectors;
        const rho = multiply(multiply(u, ComplexMatrix.diagonal([p, 1 - p])), adjoint(u));
        expectClose(vonNeumannEntropy(rho), -p * Math.log(p) - (1 - p) * Math.log(1 - p), 1e-12);
      }),
    );
  });

  it("is additive on product states and bounded by ln d", () => {
    fc.assert(
      fc.property(densityMatrixArbitrary(2), densityMatrixArbitrary(3), (a, b) => {
        const product = vonNeumannEntropy(kron(a, b));
        expectClose(product, vonNeumannEntropy(a) + vonNeumannEntropy(b), 1e-11);
        expect(product).toBeGreaterThanOrEqual(-1e-15);
        expect(product).toBeLessThanOrEqual(Math.log(6) + 1e-12);
      }),
    );
  });

  it("clips rounding-size negative eigenvalues and rejects real ones", () => {
    expectClose(entropyOfSpectrum([1, -1e-13]), 0, 1e-15);
    expect(() => vonNeumannEntropy(ComplexMatrix.diagonal([1.01, -0.01]))).toThrow(
      /not a density matrix: eigenvalue -0\.01/,
    );
  });
});
