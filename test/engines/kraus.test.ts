import { describe, expect, it } from "vitest";
import type { KrausDecomposition } from "../../engines/kraus/kraus-decomposition.js";
import { applyKraus } from "../../engines/kraus/kraus-decomposition.js";
import { openCase } from "../../src/cli/open-case.js";
import { maxAbsDifference } from "../../src/linalg/complex-matrix.js";
import { builtinRegistry } from "../../src/plugins/builtin.js";

const registry = builtinRegistry();
const kraus = registry.engine("kraus") as ReturnType<typeof registry.engine> & {
  krausOperators(problem: unknown, options: object, tau: number): KrausDecomposition;
};
const prepared = openCase("flipflop-qubits");

describe("kraus engine on flipflop-qubits (000_47becd3a7196453b.txt eqs. (4), (15))", () => {
  it("has the base engine's steady state, a trace-preserving Kraus map and ρss as fixed point", () => {
    const problem = prepared.problemAt({ dT: 1 });
    for (const base of ["global-lindblad", "local-lindblad"]) {
      const rho = kraus.steadyState!(problem, { base }).rho!;
      const reference = registry.engine(base).steadyState!(problem, {}).rho!;
      expect(maxAbsDifference(rho, reference)).toBeLessThan(1e-13);
      for (const tau of [0.3, 3, 30]) {
        const decomposition = kraus.krausOperators(problem, { base }, tau);
        expect(decomposition.completenessError).toBeLessThan(1e-10);
        expect(decomposition.mostNegativeEigenvalue).toBeGreaterThan(-1e-12);
        expect(maxAbsDifference(applyKraus(decomposition, rho), rho)).toBeLessThan(1e-10);
      }
    }
  });

  it("refuses itself as base and unknown bases as input errors", () => {
    const problem = prepared.problemAt();
    expect(() => kraus.steadyState!(problem, { base: "kraus" })).toThrow(/base/);
    expect(() => kraus.steadyState!(problem, { base: "nope" })).toThrow(/one of/);
  });
});
