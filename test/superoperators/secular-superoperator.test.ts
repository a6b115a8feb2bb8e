import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addScaledInPlace,
  ComplexMatrix,
  maxAbs,
  maxAbsDifference,
} from "../../src/linalg/complex-matrix.js";
import { type HermitianEigenDecomposition, hermitianEigen } from "../../src/linalg/eigen.js";
import { hamiltonianSuperoperator, lindbladDissipator } from "../../src/linalg/superoperator.js";
import { bohrComponents } from "../../src/physics/bohr-components.js";
import { bohrFrequencyClusters } from "../../src/physics/bohr-frequencies.js";
import type { Bath } from "../../src/physics/problem.js";
import { inBasis } from "../../src/superoperators/linear-operator.js";
import { SecularSuperoperator } from "../../src/superoperators/secular-superoperator.js";
import { denseSuperoperator } from "../../src/superoperators/superoperator.js";
import { secularSteadyState } from "../../src/solvers/secular-steady-state.js";
import { steadyStateOfMatrix } from "../../src/solvers/dense-steady-state.js";
import { ohmicBath } from "../helpers/ohmic-bath.js";
import { operatorOf } from "../helpers/operators.js";
import {
  complexMatrixArbitrary,
  degenerateHermitianArbitrary,
  hermitianArbitrary,
} from "../helpers/random-operators.js";

/** Σ_channels Σ_ω S(ω) D[A(ω)] written out term by term (Breuer & Petruccione eq. (3.140)). */
function daviesDissipator(bath: Bath, eigen: HermitianEigenDecomposition): ComplexMatrix {
  const n = eigen.values.length;
  const sum = ComplexMatrix.zeros(n * n);
  for (const channel of bath.channels) {
    for (const { omega, operator } of bohrComponents(channel.operator.dense(), eigen)) {
      const rate = channel.spectrum(omega);
      if (rate > 0) addScaledInPlace(sum, lindbladDissipator(operator, rate), 1);
    }
  }
  return sum;
}

function secular(bath: Bath, eigen: HermitianEigenDecomposition, coherent: boolean): SecularSuperoperator {
  return new SecularSuperoperator(
    eigen,
    bohrFrequencyClusters(eigen.values),
    bath.channels.map((channel) => ({
      inEigenbasis: inBasis(channel.operator, eigen.vectors),
      rate: (omega) => channel.spectrum(omega),
    })),
    coherent,
  );
}

function expectDavies(bath: Bath, h: ComplexMatrix): void {
  const eigen = hermitianEigen(h);
  const expected = daviesDissipator(bath, eigen);
  const dissipator = denseSuperoperator(secular(bath, eigen, false));
  expect(maxAbsDifference(dissipator, expected)).toBeLessThanOrEqual(1e-13 * maxAbs(expected));
  const whole = denseSuperoperator(secular(bath, eigen, true));
  const withCoherent = addScaledInPlace(hamiltonianSuperoperator(h), expected, 1);
  expect(maxAbsDifference(whole, withCoherent)).toBeLessThanOrEqual(1e-13 * maxAbs(withCoherent));
}

describe("SecularSuperoperator (the Davies generator in the eigenbasis of H)", () => {
  it("is −i[H, ·] + Σ S(ω) D[A(ω)] for random H and couplings at several temperatures", () => {
    for (const n of [2, 4, 8]) {
      fc.assert(
        fc.property(
          hermitianArbitrary(n),
          complexMatrixArbitrary(n, n),
          fc.double({ min: 0.05, max: 20, noNaN: true }),
          (h, coupling, temperature) => expectDavies(ohmicBath(operatorOf(coupling), temperature, 0.3), h),
        ),
        { numRuns: n === 8 ? 3 : 15 },
      );
    }
  });

  it("couples the coherences of degenerate Bohr frequencies as the dense Davies generator does", () => {
    fc.assert(
      fc.property(degenerateHermitianArbitrary(4), complexMatrixArbitrary(4, 4), (h, coupling) => {
        expectDavies(ohmicBath(operatorOf(coupling), 0.7, 0.3), h);
      }),
      { numRuns: 20 },
    );
  });

  it("has the steady state of the dense generator from its zero-frequency block (rate equations)", () => {
    fc.assert(
      fc.property(
        fc.oneof(hermitianArbitrary(8), degenerateHermitianArbitrary(8)),
        complexMatrixArbitrary(8, 8),
        (h, coupling) => {
          const bath = ohmicBath(operatorOf(coupling), 0.9, 0.3);
          const eigen = hermitianEigen(h);
          const generator = secular(bath, eigen, true);
          const dense = steadyStateOfMatrix(denseSuperoperator(generator));
          const block = secularSteadyState(generator);
          expect(block.dimension).toBe(dense.dimension);
          if (dense.rho && block.rho) expect(maxAbsDifference(block.rho, dense.rho)).toBeLessThan(1e-9);
          expect(block.method).toBe("secular");
        },
      ),
      { numRuns: 15 },
    );
  });
});
