import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addScaledInPlace,
  ComplexMatrix,
  maxAbs,
  maxAbsDifference,
} from "../../src/linalg/complex-matrix.js";
import { type HermitianEigenDecomposition, hermitianEigen } from "../../src/linalg/eigen.js";
import { lindbladDissipator } from "../../src/linalg/superoperator.js";
import { bohrComponents } from "../../src/physics/bohr-components.js";
import type { Bath } from "../../src/physics/problem.js";
import { addSecularBathDissipatorInPlace } from "../../src/physics/secular-bath-dissipator.js";
import {
  complexMatrixArbitrary,
  degenerateHermitianArbitrary,
  hermitianArbitrary,
} from "../helpers/random-operators.js";
import { ohmicBath } from "../helpers/ohmic-bath.js";

/** Σ_channels Σ_ω S(ω) D[A(ω)] written out term by term (Breuer & Petruccione eq. (3.140)). */
function daviesDissipator(bath: Bath, eigen: HermitianEigenDecomposition): ComplexMatrix {
  const n = eigen.values.length;
  const sum = ComplexMatrix.zeros(n * n);
  for (const channel of bath.channels) {
    for (const { omega, operator } of bohrComponents(channel.operator, eigen)) {
      const rate = channel.spectrum(omega);
      if (rate > 0) addScaledInPlace(sum, lindbladDissipator(operator, rate), 1);
    }
  }
  return sum;
}

function expectDavies(bath: Bath, eigen: HermitianEigenDecomposition): void {
  const n = eigen.values.length;
  const expected = daviesDissipator(bath, eigen);
  const built = addSecularBathDissipatorInPlace(ComplexMatrix.zeros(n * n), bath, eigen);
  expect(maxAbsDifference(built, expected)).toBeLessThanOrEqual(1e-13 * maxAbs(expected));
}

describe("addSecularBathDissipatorInPlace", () => {
  it("is Σ S(ω) D[A(ω)] at every temperature of a sweep that keeps H and the coupling (cached components)", () => {
    for (const n of [2, 4, 8]) {
      fc.assert(
        fc.property(
          hermitianArbitrary(n),
          complexMatrixArbitrary(n, n),
          fc.array(fc.double({ min: 0.05, max: 20, noNaN: true }), { minLength: 2, maxLength: 4 }),
          (h, coupling, temperatures) => {
            const eigen = hermitianEigen(h);
            // the same eigendecomposition and coupling objects at each point, as in a sweep
            for (const temperature of temperatures)
              expectDavies(ohmicBath(coupling, temperature, 0.3), eigen);
          },
        ),
        { numRuns: n === 8 ? 3 : 15 },
      );
    }
  });

  it("is Σ S(ω) D[A(ω)] with degenerate Bohr frequencies", () => {
    fc.assert(
      fc.property(degenerateHermitianArbitrary(4), complexMatrixArbitrary(4, 4), (h, coupling) => {
        expectDavies(ohmicBath(coupling, 0.7, 0.3), hermitianEigen(h));
      }),
      { numRuns: 20 },
    );
  });

  it("is Σ S(ω) D[A(ω)] above the cached dimension (components streamed)", () => {
    fc.assert(
      fc.property(hermitianArbitrary(16), complexMatrixArbitrary(16, 16), (h, coupling) => {
        expectDavies(ohmicBath(coupling, 1.3, 0.3), hermitianEigen(h));
      }),
      { numRuns: 2 },
    );
  });

  it("adds to what the target holds", () => {
    const eigen = hermitianEigen(ComplexMatrix.diagonal([-1, 0.5]));
    const bath = ohmicBath(
      ComplexMatrix.from([
        [0, 0],
        [1, 0],
      ]),
      0.8,
      0.3,
    );
    const target = ComplexMatrix.identity(4);
    addSecularBathDissipatorInPlace(target, bath, eigen);
    const expected = addScaledInPlace(ComplexMatrix.identity(4), daviesDissipator(bath, eigen), 1);
    expect(maxAbsDifference(target, expected)).toBeLessThan(1e-15);
  });
});
