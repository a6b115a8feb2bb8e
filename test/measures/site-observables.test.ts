import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ComplexMatrix, trace } from "../../src/linalg/complex-matrix.js";
import { hermitianEigenvalues } from "../../src/linalg/eigen.js";
import { expectation, siteExpectations } from "../../src/measures/site-observables.js";
import { numberOperator } from "../helpers/jordan-wigner.js";
import { PAULI_Z, siteOperator } from "../../src/physics/spin-operators.js";
import { SiteSpace } from "../../src/operators/site-space.js";
import { expectClose } from "../helpers/expect-close.js";
import { siteSpace } from "../helpers/operators.js";
import { densityMatrixArbitrary, hermitianArbitrary } from "./random-states.js";

describe("expectation", () => {
  it("of the identity is Tr ρ", () => {
    fc.assert(
      fc.property(densityMatrixArbitrary(3), (rho) => {
        expectClose(expectation(ComplexMatrix.identity(3), rho), trace(rho)[0], 1e-14);
      }),
    );
  });

  it("of a Hermitian X lies between its smallest and largest eigenvalue", () => {
    fc.assert(
      fc.property(hermitianArbitrary(4), densityMatrixArbitrary(4), (x, rho) => {
        const spectrum = hermitianEigenvalues(x);
        const value = expectation(x, rho);
        expect(value).toBeGreaterThanOrEqual(spectrum[0] - 1e-12);
        expect(value).toBeLessThanOrEqual(spectrum[3] + 1e-12);
      }),
    );
  });

  it("rejects mismatched shapes", () => {
    expect(() => expectation(ComplexMatrix.identity(2), ComplexMatrix.identity(4))).toThrow(RangeError);
  });
});

describe("siteExpectations", () => {
  it("σz per site equals ⟨σz_k⟩ from the site operator (site 0 leftmost) for random states", () => {
    for (const nSites of [1, 2, 3]) {
      fc.assert(
        fc.property(densityMatrixArbitrary(2 ** nSites), (rho) => {
          const expected = Array.from({ length: nSites }, (_, k) =>
            expectation(siteOperator(PAULI_Z, k, nSites), rho),
          );
          expectClose(siteExpectations(rho, siteSpace(nSites)).sz as number[], expected, 1e-13);
        }),
        { numRuns: 30 },
      );
    }
  });

  it("fermionic occupations equal ⟨n_k⟩ of the Jordan-Wigner number operator", () => {
    for (const nSites of [1, 2, 3]) {
      fc.assert(
        fc.property(densityMatrixArbitrary(2 ** nSites), (rho) => {
          const expected = Array.from({ length: nSites }, (_, k) =>
            expectation(numberOperator(k, nSites), rho),
          );
          expectClose(
            siteExpectations(rho, siteSpace(nSites, "fermion")).occupation as number[],
            expected,
            1e-13,
          );
        }),
        { numRuns: 30 },
      );
    }
  });

  it("reads basis state |01⟩ (site 0 up, site 1 down) as σz = (+1, −1) and n = (1, 0)", () => {
    const ket01 = ComplexMatrix.diagonal([0, 1, 0, 0]);
    expect(siteExpectations(ket01, siteSpace(2))).toEqual({ sz: [1, -1], occupation: [null, null] });
    expect(siteExpectations(ket01, siteSpace(2, "fermion"))).toEqual({
      sz: [null, null],
      occupation: [1, 0],
    });
  });

  it("gives a boson its mean occupation Σ_k k p_k, next to a spin's σz", () => {
    const space = new SiteSpace([
      { name: "q", kind: "spin", levels: 2 },
      { name: "m", kind: "boson", levels: 3 },
    ]);
    // populations of |up,0⟩ … |down,2⟩: site 1 holds k = 0, 1, 2 with p = 0.1+0.2, 0.3+0.1, 0.2+0.1
    const rho = ComplexMatrix.diagonal([0.1, 0.3, 0.2, 0.2, 0.1, 0.1]);
    const { sz, occupation } = siteExpectations(rho, space);
    expectClose(sz[0]!, 0.6 - 0.4, 1e-15, "σz of the qubit");
    expectClose(occupation[1]!, 0.4 + 2 * 0.3, 1e-15, "⟨n⟩ of the mode");
    expect([sz[1], occupation[0]]).toEqual([null, null]);
  });

  it("rejects a density matrix of the wrong size", () => {
    expect(() => siteExpectations(ComplexMatrix.identity(4), siteSpace(3))).toThrow(/must be 8x8/);
  });
});
