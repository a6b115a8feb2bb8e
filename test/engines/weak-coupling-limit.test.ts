import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { redfieldBathDissipator } from "../../engines/redfield/redfield-dissipator.js";
import { openCase } from "../../src/cases/open-case.js";
import { maxAbs, maxAbsDifference } from "../../src/linalg/complex-matrix.js";
import { hermitianEigen } from "../../src/linalg/eigen.js";
import { bohrFrequencyClusters } from "../../src/physics/bohr-frequencies.js";
import { edgeHamiltonian } from "../../src/physics/perturbative-orders.js";
import { denseSuperoperator } from "../../src/superoperators/superoperator.js";
import { engineOf, optionsOf } from "../helpers/registry.js";

// Paper 003 = 003_cb0e800cb11a91bb.txt eqs. (7), (12)-(19).
const chain = openCase("tilted-ising-chain");
const engine = engineOf("weak-coupling-limit");

describe("weak-coupling-limit engine (paper 003's master equation)", () => {
  it("has each bath's dissipator equal to full Bloch-Redfield with the Bohr frequencies of the edge Hamiltonian alone (eq. (12))", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 3 }), fc.integer({ min: 5, max: 75 }), (N, tilt) => {
        const problem = chain.problemAt({ N, theta: (tilt / 100) * Math.PI, lam: 0.2 });
        const { bathDissipators } = engine.generator!(problem, optionsOf(engine, problem));
        for (const bath of problem.baths) {
          const eigen = hermitianEigen(edgeHamiltonian(problem, bath).dense());
          const redfield = redfieldBathDissipator(bath, eigen, bohrFrequencyClusters(eigen.values), {
            secularCutoff: Number.POSITIVE_INFINITY,
            rotatingWave: false,
          });
          const expected = denseSuperoperator(redfield);
          const got = denseSuperoperator(bathDissipators[bath.name]);
          expect(maxAbsDifference(got, expected)).toBeLessThan(1e-14 * Math.max(1, maxAbs(expected)));
        }
      }),
      { numRuns: 8 },
    );
  });

  it("needs the order in λ of every Hamiltonian term, and says so", () => {
    const flipflop = openCase("flipflop-qubits").problemAt();
    expect(engine.supports(flipflop, optionsOf(engine, flipflop))).toMatch(
      /order in λ of 3 Hamiltonian term/,
    );
  });
});
