import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type RedfieldPairSelection,
  redfieldBathDissipator,
} from "../../engines/redfield/redfield-dissipator.js";
import { InputError } from "../../src/input-error.js";
import { openCase } from "../../src/cases/open-case.js";
import {
  add,
  adjoint,
  ComplexMatrix,
  maxAbs,
  maxAbsDifference,
  multiply,
  scale,
  trace,
} from "../../src/linalg/complex-matrix.js";
import { hermitianEigen } from "../../src/linalg/eigen.js";
import { applySuperoperator, spost, spre, sprepost } from "../../src/linalg/superoperator.js";
import { horodeckiChshMaximum } from "../../src/measures/chsh.js";
import { energyCoherence } from "../../src/measures/energy-coherence.js";
import { gibbsState } from "../../src/physics/gibbs-state.js";
import { parseInitialState } from "../../src/physics/named-states.js";
import type { Bath } from "../../src/physics/problem.js";
import { bohrFrequencyClusters } from "../../src/physics/bohr-frequencies.js";
import { inBasis } from "../../src/superoperators/linear-operator.js";
import { SecularSuperoperator } from "../../src/superoperators/secular-superoperator.js";
import { denseSuperoperator } from "../../src/superoperators/superoperator.js";
import { operatorOf } from "../helpers/operators.js";
import { boseEinstein } from "../../src/physics/thermal.js";
import { expectClose } from "../helpers/expect-close.js";
import { ohmicBath } from "../helpers/ohmic-bath.js";
import { densityMatrixArbitrary, hermitianArbitrary } from "../helpers/random-operators.js";
import { engineOf, optionsOf } from "../helpers/registry.js";

const globalLindblad = engineOf("global-lindblad");
const redfield = engineOf("redfield");

const FULL = { secularCutoff: Number.POSITIVE_INFINITY, rotatingWave: false };

describe("Bloch-Redfield dissipator", () => {
  it("preserves trace and Hermiticity for random Hamiltonians and couplings", () => {
    fc.assert(
      fc.property(hermitianArbitrary(4), hermitianArbitrary(4), densityMatrixArbitrary(4), (h, a, rho) => {
        const d = redfieldDissipator(ohmicBath(operatorOf(a), 0.7, 0.1), hermitianEigen(h), FULL);
        const image = applySuperoperator(d, rho);
        const size = Math.max(maxAbs(d), 1e-300);
        expect(Math.hypot(...trace(image))).toBeLessThan(1e-12 * size);
        expect(maxAbsDifference(image, adjoint(image))).toBeLessThan(1e-12 * size);
      }),
      { numRuns: 30 },
    );
  });

  it("is the secular (Davies) dissipator when only equal frequencies pair (secularCutoff = 0)", () => {
    fc.assert(
      fc.property(hermitianArbitrary(4), hermitianArbitrary(4), (h, a) => {
        const bath = ohmicBath(operatorOf(a), 0.4, 0.1);
        const eigen = hermitianEigen(h);
        const secular = redfieldDissipator(bath, eigen, { secularCutoff: 0, rotatingWave: false });
        const davies = new SecularSuperoperator(
          eigen,
          bohrFrequencyClusters(eigen.values),
          bath.channels.map((channel) => ({
            inEigenbasis: inBasis(channel.operator, eigen.vectors),
            rate: (omega) => channel.spectrum(omega),
          })),
          false,
        );
        expect(maxAbsDifference(secular, denseSuperoperator(davies))).toBeLessThan(
          1e-12 * maxAbs(secular) + 1e-300,
        );
      }),
      { numRuns: 30 },
    );
  });

  it("is 001_a04d396bbf339a9e.txt eq. (20) written out with η_j, ξ_j when counter-rotating pairs are dropped", () => {
    for (const set of [
      { dT: 0.4, de: 0.5, dg: 0.04 },
      { dT: -0.3, kappa: 0.6, de: -0.3 },
    ] as Record<string, number>[]) {
      const problem = openCase("zhang-wang-bosonic").problemAt(set);
      const { values, vectors } = hermitianEigen(problem.hamiltonian.dense());
      const p = problem.parameters as Record<string, number>;
      for (const [j, bath] of problem.baths.entries()) {
        // η_j, ξ_j: the lowering parts of σx_j at the two transition frequencies ε∓ (eqs. (24)-(27)).
        const sigmaX = bath.channels[0].operator.dense();
        const lowering = new Map<number, ComplexMatrix>();
        const exactFrequency = new Map<number, number>();
        for (let a = 0; a < 4; a++) {
          for (let b = 0; b < 4; b++) {
            const omega = values[b] - values[a];
            if (omega <= 1e-9) continue;
            const key = Math.round(omega * 1e8) / 1e8;
            const ketA = column(vectors, a);
            const ketB = column(vectors, b);
            const element = multiply(multiply(adjoint(ketA), sigmaX), ketB);
            if (Math.hypot(element.re(0, 0), element.im(0, 0)) < 1e-12) continue; // forbidden transition
            const term = scale(multiply(ketA, adjoint(ketB)), element.re(0, 0), element.im(0, 0));
            lowering.set(key, add(lowering.get(key) ?? ComplexMatrix.zeros(4), term));
            exactFrequency.set(key, omega);
          }
        }
        const [[keyMinus, eta], [keyPlus, xi]] = [...lowering.entries()].sort((x, y) => x[0] - y[0]);
        const [epsMinus, epsPlus] = [exactFrequency.get(keyMinus)!, exactFrequency.get(keyPlus)!];
        const gamma = j === 0 ? p.g1 : p.g2;
        const alpha = (w: number) => gamma * boseEinstein(w, bath.temperature);
        const beta = (w: number) => gamma * (1 + boseEinstein(w, bath.temperature));
        const eq20 = ComplexMatrix.zeros(16);
        const addTerm = (coefficient: number, left: ComplexMatrix, right: ComplexMatrix) => {
          eq20.data.set(add(eq20, scale(sprepost(left, right), coefficient)).data);
        };
        const addLeft = (coefficient: number, m: ComplexMatrix) => {
          eq20.data.set(add(eq20, scale(add(spre(m), spost(adjoint(m))), coefficient)).data);
        };
        const plusHc = (coefficient: number, left: ComplexMatrix, right: ComplexMatrix) => {
          addTerm(coefficient, left, right);
          addTerm(coefficient, adjoint(right), adjoint(left));
        };
        const [eD, xD] = [adjoint(eta), adjoint(xi)];
        // α(ε−)(η†ρη + η†ρξ − ηη†ρ − ξη†ρ + h.c.)
        plusHc(alpha(epsMinus), eD, eta);
        plusHc(alpha(epsMinus), eD, xi);
        addLeft(-alpha(epsMinus), multiply(eta, eD));
        addLeft(-alpha(epsMinus), multiply(xi, eD));
        // α(ε+)(ξ†ρξ + ξ†ρη − ξξ†ρ − ηξ†ρ + h.c.); eq. (20) prints η†ρξ, the same once h.c. is added
        plusHc(alpha(epsPlus), xD, xi);
        plusHc(alpha(epsPlus), xD, eta);
        addLeft(-alpha(epsPlus), multiply(xi, xD));
        addLeft(-alpha(epsPlus), multiply(eta, xD));
        // β(ε−)(ηρη† + ηρξ† − η†ηρ − ξ†ηρ + h.c.)
        plusHc(beta(epsMinus), eta, eD);
        plusHc(beta(epsMinus), eta, xD);
        addLeft(-beta(epsMinus), multiply(eD, eta));
        addLeft(-beta(epsMinus), multiply(xD, eta));
        // β(ε+)(ξρξ† + ξρη† − ξ†ξρ − η†ξρ + h.c.); eq. (20) prints ηρξ†, likewise
        plusHc(beta(epsPlus), xi, xD);
        plusHc(beta(epsPlus), xi, eD);
        addLeft(-beta(epsPlus), multiply(xD, xi));
        addLeft(-beta(epsPlus), multiply(eD, xi));
        const engineDissipator = redfield.generator!(
          problem,
          optionsOf(redfield, problem, { rotatingWave: true }),
        ).bathDissipators[bath.name];
        expect(maxAbsDifference(denseSuperoperator(engineDissipator), eq20)).toBeLessThan(1e-12);
      }
    }
  });
});

describe("redfield engine", () => {
  it("reaches the Gibbs state without energy coherence at equal temperatures (001_a04d396bbf339a9e.txt eq. (28))", () => {
    const prepared = openCase("zhang-wang-bosonic");
    for (const set of [{}, { de: 0.6, dg: 0.05 }, { kappa: 0.8, de: -0.4, Tm: 0.7 }] as Record<
      string,
      number
    >[]) {
      const problem = prepared.problemAt(set);
      for (const options of [{}, { rotatingWave: true }] as Record<string, boolean>[]) {
        const rho = redfield.steadyState!(problem, optionsOf(redfield, problem, options)).rho!;
        const gibbs = gibbsState(problem.hamiltonian.dense(), problem.baths[0].temperature);
        expect(maxAbsDifference(rho, gibbs)).toBeLessThan(1e-10);
        expect(energyCoherence(rho, problem.hamiltonian.dense())).toBeLessThan(1e-10);
      }
    }
    const fermionic = openCase("zhang-wang-fermionic").problemAt({ de: 0.3 });
    const rho = redfield.steadyState!(fermionic, optionsOf(redfield, fermionic)).rho!;
    const gibbs = gibbsState(fermionic.hamiltonian.dense(), 0.15, fermionic.numberOperator.dense(), 1);
    expect(maxAbsDifference(rho, gibbs)).toBeLessThan(1e-10);
  });

  it("keeps energy coherence out of equilibrium, which the secular equation discards (Sec. 5)", () => {
    const problem = openCase("zhang-wang-bosonic").problemAt({ dT: 0.4, de: 0.5 });
    const redfieldState = redfield.steadyState!(problem, optionsOf(redfield, problem)).rho!;
    const secularState = globalLindblad.steadyState!(problem, optionsOf(globalLindblad, problem)).rho!;
    expect(energyCoherence(redfieldState, problem.hamiltonian.dense())).toBeGreaterThan(1e-3);
    expect(energyCoherence(secularState, problem.hamiltonian.dense())).toBeLessThan(1e-12);
  });

  it("approaches the global (secular) steady state as the coupling vanishes", () => {
    const prepared = openCase("zhang-wang-bosonic");
    const gaps = [1e-2, 1e-3].map((gbar) => {
      const problem = prepared.problemAt({ dT: 0.4, de: 0.5, gbar });
      return maxAbsDifference(
        redfield.steadyState!(problem, optionsOf(redfield, problem)).rho!,
        globalLindblad.steadyState!(problem, optionsOf(globalLindblad, problem)).rho!,
      );
    });
    // the non-secular correction is of order γ/Δω
    expect(gaps[1]).toBeLessThan(gaps[0] / 5);
    expect(gaps[1]).toBeLessThan(1e-3);
  });

  it("keeps the strong spin-x parity symmetry of the noiseless longstaff machine (002_2a2ed7907f7a4e96.txt eq. (18))", () => {
    const problem = openCase("longstaff-machine").problemAt({ T1: 0.5 });
    const degenerate = redfield.steadyState!(problem, optionsOf(redfield, problem));
    expect(degenerate.dimension).toBe(2);
    expect(degenerate.rho).toBeNull();
    expect(degenerate.warnings.join(" ")).toMatch(/X0X1/);
    // μ = Tr[Π+ ρ0] = 1 for |x+ x+⟩: eq. (24) with μ = 1
    const rho = redfield.steadyState!(problem, optionsOf(redfield, problem), {
      initialState: parseInitialState("x+,x+", problem.space),
    }).rho!;
    const p = problem.parameters as Record<string, number>;
    const ratio = (p.GammaDownSpin - p.GammaUpSpin) / (p.GammaDownSpin + p.GammaUpSpin);
    expectClose(horodeckiChshMaximum(rho), 2 * Math.sqrt(ratio ** 2 + 1), 1e-9);
  });

  it("rejects unknown and malformed options as input errors naming the option and the known ones", () => {
    const problem = openCase("zhang-wang-bosonic").problemAt({});
    expect(() => optionsOf(redfield, problem, { secularCutof: 1 })).toThrow(InputError);
    expect(() => optionsOf(redfield, problem, { secularCutof: 1 })).toThrow(
      /secularCutof.*method, evolution, evolutionTolerance, secularCutoff, rotatingWave/,
    );
    expect(() => optionsOf(redfield, problem, { secularCutoff: -1 })).toThrow(/a number ≥ 0/);
    expect(() => optionsOf(redfield, problem, { rotatingWave: "yes" })).toThrow(/true or false/);
    expect(() =>
      redfield.generator!(problem, optionsOf(redfield, problem, { secularCutoff: "none" })),
    ).not.toThrow();
  });
});

function redfieldDissipator(
  bath: Bath,
  eigen: ReturnType<typeof hermitianEigen>,
  pairs: RedfieldPairSelection,
) {
  return denseSuperoperator(redfieldBathDissipator(bath, eigen, bohrFrequencyClusters(eigen.values), pairs));
}

function column(m: ComplexMatrix, k: number): ComplexMatrix {
  const out = new ComplexMatrix(m.rows, 1);
  for (let i = 0; i < m.rows; i++) out.set(i, 0, m.re(i, k), m.im(i, k));
  return out;
}
