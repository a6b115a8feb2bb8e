import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { adjoint, ComplexMatrix, kron, multiply } from "../../src/linalg/complex-matrix.js";
import { hermitianEigen } from "../../src/linalg/eigen.js";
import { concurrence } from "../../src/measures/concurrence.js";
import { expectClose } from "../helpers/expect-close.js";
import {
  bellStates,
  densityMatrixArbitrary,
  entryArbitrary,
  hermitianArbitrary,
  ketArbitrary,
  projector,
  twoQubitStateArbitrary,
  wernerState,
  xStateArbitrary,
} from "./random-states.js";

/** λ_i carry an absolute error of order √ε (see concurrence.ts), hence this tolerance. */
const TOLERANCE = 1e-7;

describe("concurrence", () => {
  it("matches the X-state closed form, paper 001_a04d396bbf339a9e.txt eq. (1)", () => {
    fc.assert(
      fc.property(xStateArbitrary(), (rho) => {
        const abs = (i: number, j: number) => Math.hypot(rho.re(i, j), rho.im(i, j));
        const p = (i: number) => rho.re(i, i);
        const expected =
          2 * Math.max(0, abs(1, 2) - Math.sqrt(p(0) * p(3)), abs(0, 3) - Math.sqrt(p(1) * p(2)));
        expectClose(concurrence(rho), expected, TOLERANCE);
      }),
    );
  });

  it("is 1 for the four Bell states", () => {
    for (const [name, rho] of Object.entries(bellStates())) expectClose(concurrence(rho), 1, TOLERANCE, name);
  });

  it("is 0 for product states, pure or mixed", () => {
    fc.assert(
      fc.property(ketArbitrary(2), ketArbitrary(2), (a, b) => {
        expectClose(concurrence(kron(projector(a), projector(b))), 0, TOLERANCE);
      }),
    );
    fc.assert(
      fc.property(densityMatrixArbitrary(2), densityMatrixArbitrary(2), (a, b) => {
        expectClose(concurrence(kron(a, b)), 0, TOLERANCE);
      }),
    );
  });

  it("is max(0, (3p − 1)/2) for Werner states", () => {
    fc.assert(
      fc.property(entryArbitrary(0, 1), (p) => {
        expectClose(concurrence(wernerState(p)), Math.max(0, (3 * p - 1) / 2), TOLERANCE);
      }),
    );
  });

  it("is 2|αδ − βγ| for a pure state α|00⟩ + β|01⟩ + γ|10⟩ + δ|11⟩ (Wootters)", () => {
    fc.assert(
      fc.property(ketArbitrary(4), (ket) => {
        const [ar, ai, br, bi, cr, ci, dr, di] = ket.data;
        const re = ar * dr - ai * di - (br * cr - bi * ci);
        const im = ar * di + ai * dr - (br * ci + bi * cr);
        expectClose(concurrence(projector(ket)), 2 * Math.hypot(re, im), TOLERANCE);
      }),
    );
  });

  it("lies in [0, 1] and is invariant under local unitaries U_A ⊗ U_B", () => {
    fc.assert(
      fc.property(twoQubitStateArbitrary(), hermitianArbitrary(2), hermitianArbitrary(2), (rho, ha, hb) => {
        const local = kron(hermitianEigen(ha).vectors, hermitianEigen(hb).vectors);
        const value = concurrence(rho);
        expect(value).toBeGreaterThanOrEqual(0);
        expect(value).toBeLessThanOrEqual(1 + TOLERANCE);
        expectClose(concurrence(multiply(multiply(local, rho), adjoint(local))), value, TOLERANCE);
      }),
    );
  });

  it("rejects states that are not two-qubit density matrices", () => {
    expect(() => concurrence(ComplexMatrix.identity(2))).toThrow(/4x4/);
    expect(() => concurrence(ComplexMatrix.diagonal([1.01, 0, 0, -0.01]))).toThrow(/not a density matrix/);
  });
});
