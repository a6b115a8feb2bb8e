import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ComplexMatrix, scale } from "../../src/linalg/complex-matrix.js";
import { hermitianEigenvalues } from "../../src/linalg/eigen.js";
import { purity } from "../../src/measures/purity.js";
import { expectClose } from "../helpers/expect-close.js";
import { densityMatrixArbitrary, ketArbitrary, projector } from "./random-states.js";

describe("purity", () => {
  it("is 1 for pure states", () => {
    fc.assert(fc.property(ketArbitrary(4), (ket) => expectClose(purity(projector(ket)), 1, 1e-13)));
  });

  it("is 1/d for the maximally mixed state", () => {
    for (const d of [2, 4, 8]) expectClose(purity(scale(ComplexMatrix.identity(d), 1 / d)), 1 / d, 1e-15);
  });

  it("equals Σ p_k² over the eigenvalues and lies in [1/d, 1]", () => {
    fc.assert(
      fc.property(densityMatrixArbitrary(4), (rho) => {
        const fromSpectrum = hermitianEigenvalues(rho).reduce((sum, p) => sum + p * p, 0);
        const value = purity(rho);
        expectClose(value, fromSpectrum, 1e-12);
        expect(value).toBeGreaterThanOrEqual(0.25 - 1e-12);
        expect(value).toBeLessThanOrEqual(1 + 1e-12);
      }),
    );
  });
});
