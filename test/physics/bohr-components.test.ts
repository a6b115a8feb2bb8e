import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  add,
  addScaledInPlace,
  adjoint,
  ComplexMatrix,
  commutator,
  frobeniusNorm,
  maxAbs,
  multiply,
  scale,
} from "../../src/linalg/complex-matrix.js";
import { hermitianEigen } from "../../src/linalg/eigen.js";
import { type BohrComponent, bohrComponents } from "../../src/physics/bohr-components.js";
import { PAULI_X, PAULI_Z, SIGMA_MINUS, SIGMA_PLUS } from "../../src/physics/spin-operators.js";
import { expectClose } from "../helpers/expect-close.js";
import {
  complexMatrixArbitrary,
  degenerateHermitianArbitrary,
  hermitianArbitrary,
} from "../helpers/random-operators.js";

/** A dense 6x6 matrix with unrelated entries sin(k) + i cos(3k). */
const GENERIC_OPERATOR = new ComplexMatrix(
  6,
  6,
  Float64Array.from({ length: 72 }, (_, k) => (k % 2 === 0 ? Math.sin(k) : Math.cos(3 * k))),
);

function sumOfComponents(components: BohrComponent[], dimension: number): ComplexMatrix {
  const sum = ComplexMatrix.zeros(dimension);
  for (const { operator } of components) addScaledInPlace(sum, operator, 1);
  return sum;
}

/**
 * Σ_ω A(ω) = A; [H, A(ω)] = −ω A(ω) up to the spread of the grouped frequencies (at most a few times
 * the grouping tolerance times ‖A‖); ω ascending, more than the tolerance apart, each ω a difference of
 * eigenvalues up to that spread.
 */
function checkBohrIdentities(hamiltonian: ComplexMatrix, operator: ComplexMatrix): void {
  const n = hamiltonian.rows;
  const components = bohrComponents(operator, hamiltonian);
  expectClose(sumOfComponents(components, n), operator, 1e-12, "Σ_ω A(ω)");
  const { values } = hermitianEigen(hamiltonian);
  const tolerance = Math.max(1e-12, 1e-9 * (values[n - 1] - values[0]));
  const spread = n * n * tolerance;
  const scaleOfA = frobeniusNorm(operator);
  for (let k = 0; k < components.length; k++) {
    const { omega, operator: component } = components[k];
    const residual = add(commutator(hamiltonian, component), scale(component, omega));
    expect(maxAbs(residual)).toBeLessThanOrEqual(
      1e-12 * (1 + frobeniusNorm(hamiltonian)) * scaleOfA + spread * scaleOfA,
    );
    if (k > 0) expect(omega - components[k - 1].omega).toBeGreaterThan(tolerance);
    const nearestDifference = Math.min(
      ...Array.from(values).flatMap((ea) => Array.from(values, (eb) => Math.abs(eb - ea - omega))),
    );
    expect(nearestDifference).toBeLessThanOrEqual(spread);
  }
}

describe("bohrComponents", () => {
  it("splits σx under (ε/2)σz into σ⁻ at ω = ε (lowers the energy) and σ⁺ at ω = −ε", () => {
    const epsilon = 3;
    const components = bohrComponents(PAULI_X, scale(PAULI_Z, epsilon / 2));
    expect(components.map((c) => c.omega)).toEqual([-epsilon, epsilon]);
    expectClose(components[0].operator, SIGMA_PLUS, 1e-15, "A(−ε)");
    expectClose(components[1].operator, SIGMA_MINUS, 1e-15, "A(ε)");
  });

  it("puts a diagonal operator at ω = 0 exactly", () => {
    const components = bohrComponents(PAULI_Z, scale(PAULI_Z, 0.5));
    expect(components).toHaveLength(1);
    expect(Object.is(components[0].omega, 0)).toBe(true);
  });

  it("sums to A and satisfies [H, A(ω)] = −ω A(ω) for random H and A", () => {
    fc.assert(fc.property(hermitianArbitrary(4), complexMatrixArbitrary(4), checkBohrIdentities), {
      numRuns: 60,
    });
  });

  it("holds for a 17-level system (more than 256 Bohr frequencies)", () => {
    fc.assert(fc.property(hermitianArbitrary(17), complexMatrixArbitrary(17), checkBohrIdentities), {
      numRuns: 3,
    });
  });

  it("groups degenerate Bohr frequencies of H with repeated eigenvalues", () => {
    fc.assert(
      fc.property(degenerateHermitianArbitrary(6), complexMatrixArbitrary(6), (hamiltonian, perturbation) => {
        // fast-check favours zeros; a fixed dense offset keeps A generic (no vanishing block ⟨a|A|b⟩)
        const operator = addScaledInPlace(perturbation.clone(), GENERIC_OPERATOR, 1);
        checkBohrIdentities(hamiltonian, operator);
        const levels = new Set(Array.from(hermitianEigen(hamiltonian).values, (e) => Math.round(e / 0.7)));
        const frequencies = new Set<number>();
        for (const a of levels) for (const b of levels) frequencies.add(b - a);
        // a generic A has a component at every difference of distinct levels, and nowhere else
        expect(bohrComponents(operator, hamiltonian)).toHaveLength(frequencies.size);
      }),
      { numRuns: 60 },
    );
  });

  it("gives A(−ω) = A(ω)† for Hermitian A, with frequencies exactly ±ω", () => {
    fc.assert(
      fc.property(degenerateHermitianArbitrary(4), hermitianArbitrary(4), (hamiltonian, operator) => {
        const components = bohrComponents(operator, hamiltonian);
        const count = components.length;
        for (let k = 0; k < count; k++) {
          const mirror = components[count - 1 - k];
          expect(mirror.omega + components[k].omega).toBe(0);
          expectClose(mirror.operator, adjoint(components[k].operator), 1e-12, "A(−ω)");
        }
      }),
      { numRuns: 40 },
    );
  });

  it("returns H's eigenbasis on request, and accepts a precomputed eigendecomposition", () => {
    fc.assert(
      fc.property(hermitianArbitrary(4), complexMatrixArbitrary(4), (hamiltonian, operator) => {
        const eigen = hermitianEigen(hamiltonian);
        const inSiteBasis = bohrComponents(operator, eigen);
        const inEigenbasis = bohrComponents(operator, eigen, { basis: "eigen" });
        expect(inEigenbasis.map((c) => c.omega)).toEqual(inSiteBasis.map((c) => c.omega));
        inEigenbasis.forEach((component, k) => {
          const backInSiteBasis = multiply(
            multiply(eigen.vectors, component.operator),
            adjoint(eigen.vectors),
          );
          expectClose(backInSiteBasis, inSiteBasis[k].operator, 1e-12, "V A_eig(ω) V†");
        });
      }),
      { numRuns: 30 },
    );
  });

  it("merges frequencies that differ by less than the tolerance and drops vanishing components", () => {
    // levels 0, 1e-13, 1: the split 1e-13 is below the default tolerance 1e-12 and is merged
    const hamiltonian = ComplexMatrix.diagonal([0, 1e-13, 1]);
    const operator = ComplexMatrix.from([
      [0, 1, 1],
      [1, 0, 1],
      [0, 0, 0],
    ]);
    const components = bohrComponents(operator, hamiltonian);
    expect(components).toHaveLength(2);
    expect(components[0].omega).toBe(0);
    expectClose(
      components[0].operator,
      ComplexMatrix.from([
        [0, 1, 0],
        [1, 0, 0],
        [0, 0, 0],
      ]),
      0,
      "A(0)",
    );
    expectClose(components[1].omega, 1, 1e-12, "merged ω ≈ 1");
    expectClose(
      components[1].operator,
      ComplexMatrix.from([
        [0, 0, 1],
        [0, 0, 1],
        [0, 0, 0],
      ]),
      0,
      "A(1)",
    );
    expect(bohrComponents(operator, hamiltonian, { tolerance: 0 }).map((c) => c.omega)).toHaveLength(4);
    expect(bohrComponents(ComplexMatrix.zeros(3), hamiltonian)).toEqual([]);
  });

  it("rejects mismatched shapes and bad options", () => {
    const hamiltonian = scale(PAULI_Z, 0.5);
    expect(() => bohrComponents(ComplexMatrix.zeros(4), hamiltonian)).toThrow(RangeError);
    expect(() => bohrComponents(PAULI_X, hamiltonian, { tolerance: -1 })).toThrow(RangeError);
    expect(() => bohrComponents(PAULI_X, hamiltonian, { basis: "energy" as "eigen" })).toThrow(RangeError);
  });
});
