import { describe, expect, it } from "vitest";
import type { KrausDecomposition } from "../../src/measures/kraus-decomposition.js";
import { applyKraus } from "../../src/measures/kraus-decomposition.js";
import { openCase } from "../../src/cases/open-case.js";
import { maxAbsDifference } from "../../src/linalg/complex-matrix.js";
import { krausOperatorsOf } from "../../engines/kraus/index.js";
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
        const decomposition: KrausDecomposition = krausOperatorsOf(
          baseEngine,
          problem,
          optionsOf(baseEngine, problem),
          tau,
        );
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
