import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { applyKraus, krausDecomposition } from "../../src/measures/kraus-decomposition.js";
import { openCase } from "../../src/cases/open-case.js";
import {
  ComplexMatrix,
  maxAbsDifference,
  multiply,
  scale,
  traceOfProduct,
} from "../../src/linalg/complex-matrix.js";
import { expm } from "../../src/linalg/expm.js";
import { applySuperoperator } from "../../src/linalg/superoperator.js";
import { expectClose } from "../helpers/expect-close.js";
import { lindbladianArbitrary, withDimension } from "../helpers/random-operators.js";
import { denseSuperoperator } from "../../src/superoperators/superoperator.js";
import { engineOf, optionsOf } from "../helpers/registry.js";

const kraus = engineOf("kraus");
const prepared = openCase("flipflop-qubits");

describe("kraus engine on flipflop-qubits (000_47becd3a7196453b.txt eqs. (4), (15))", () => {
  it("has the base engine's steady state, a trace-preserving Kraus map and ρss as fixed point", () => {
    const problem = prepared.problemAt({ dT: 1 });
    for (const base of ["global-lindblad", "local-lindblad"]) {
      const rho = kraus.steadyState!(problem, optionsOf(kraus, problem, { base })).rho!;
      const baseEngine = engineOf(base);
      const reference = baseEngine.steadyState!(problem, optionsOf(baseEngine, problem)).rho!;
      expect(maxAbsDifference(rho, reference)).toBeLessThan(1e-13);
      for (const tau of [0.3, 3, 30]) {
        const options = optionsOf(kraus, problem, { base });
        const map = expm(scale(denseSuperoperator(kraus.generator!(problem, options).liouvillian), tau));
        const decomposition = krausDecomposition(map, problem.dimension);
        expect(decomposition.completenessError).toBeLessThan(1e-10);
        expect(decomposition.mostNegativeEigenvalue).toBeGreaterThan(-1e-12);
        expect(maxAbsDifference(applyKraus(decomposition, rho), rho)).toBeLessThan(1e-10);
      }
    }
  });

  it("refuses itself as base and unknown bases as input errors", () => {
    const problem = prepared.problemAt();
    expect(() => kraus.supports(problem, optionsOf(kraus, problem, { base: "kraus" }))).toThrow(/base/);
    expect(() => kraus.supports(problem, optionsOf(kraus, problem, { base: "nope" }))).toThrow(/one of/);
  });
});

describe("Kraus decomposition of exp(Lτ) (000_47becd3a7196453b.txt eqs. (4), (20))", () => {
  it("reproduces the map on any operator, and with it the two-time correlation g(τ), for random Lindbladians", () => {
    fc.assert(
      fc.property(
        withDimension(2, 4, (n) => lindbladianArbitrary(n)),
        fc.double({ min: 0.05, max: 3, noNaN: true }),
        ({ n, liouvillian }, tau) => {
          const propagator = expm(scale(liouvillian, tau));
          const decomposition = krausDecomposition(propagator, n);
          // a Lindblad generator: completely positive, so every Choi weight is ≥ 0 up to round-off
          expect(decomposition.mostNegativeEigenvalue).toBeGreaterThan(-1e-12);
          const [rho, projector] = [randomState(n), ComplexMatrix.identity(n)];
          projector.set(0, 0, 0);
          const direct = applySuperoperator(propagator, multiply(projector, rho));
          expect(maxAbsDifference(applyKraus(decomposition, multiply(projector, rho)), direct)).toBeLessThan(
            1e-11,
          );
          // g(τ) of eq. (20) by the Kraus form equals Tr[Π E(Πρ)]
          expectClose(
            traceOfProduct(projector, applyKraus(decomposition, multiply(projector, rho))),
            traceOfProduct(projector, direct),
            1e-11,
          );
        },
      ),
      { numRuns: 30 },
    );
  });
});

/** A fixed full-rank test state (the map must reproduce any input, not only steady states). */
function randomState(n: number): ComplexMatrix {
  const rho = ComplexMatrix.zeros(n);
  for (let i = 0; i < n; i++) {
    rho.set(i, i, (i + 1) / ((n * (n + 1)) / 2));
    for (let j = i + 1; j < n; j++) {
      rho.set(i, j, 0.01 * (i + 1), -0.02 * j);
      rho.set(j, i, 0.01 * (i + 1), 0.02 * j);
    }
  }
  return rho;
}
