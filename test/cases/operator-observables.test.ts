import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { InputError } from "../../src/input-error.js";
import { gibbsState } from "../../src/physics/gibbs-state.js";
import { steadyStateObservables } from "../../src/measures/steady-state-observables.js";
import { builtinRegistry } from "../../src/builtins/registry.js";
import { solveProblem } from "../../src/runner/solve.js";
import { inlineCase } from "../helpers/inline-case.js";
import { densityMatrixArbitrary } from "../helpers/random-operators.js";

/** N flip-flop coupled spins (a chain) with the case's own operator observables. */
function chain(observables: unknown[]) {
  return inlineCase({
    id: "observable-chain",
    title: "A chain with operator observables",
    source: { paper: "test" },
    description: "Spins with hopping and one cold bath on the first.",
    parameters: {
      N: { value: 2, description: "number of spins" },
      eps: { value: 1, description: "splitting" },
      V: { value: 0.3, description: "hopping" },
    },
    system: {
      sites: [{ name: "s{i}", kind: "spin", forEach: { i: "0 .. N-1" } }],
      hamiltonian: [
        { coefficient: "eps/2", operator: "Z{i}", forEach: { i: "0 .. N-1" } },
        { coefficient: "V", operator: "sp{i} sm{i+1}", hermitianConjugate: true, forEach: { i: "0 .. N-2" } },
      ],
      baths: [
        {
          name: "cold",
          coupling: "sm0",
          statistics: "boson",
          temperature: 0.4,
          spectralDensity: { kind: "flat", strength: 0.05 },
        },
      ],
    },
    observables,
  });
}

const OBSERVABLES = [
  { name: "coherence", description: "⟨σ⁺0 σ⁻1⟩ = ρ_{10,01}", operator: "sp0 sm1" },
  {
    name: "meanZ",
    description: "(⟨Z0⟩ + ⟨Z1⟩)/2",
    operator: [
      { coefficient: 0.5, operator: "Z0" },
      { coefficient: "1/2", operator: "Z1" },
    ],
  },
  { name: "lastZ", description: "⟨Z_{N−1}⟩", operator: "Z{N-1}" },
];

describe("operator observables of a case", () => {
  const prepared = chain(OBSERVABLES);

  it("are Tr[O ρ]: a number for a Hermitian O, {re, im} for σ⁺0σ⁻1 = |01⟩⟨10|", () => {
    const problem = prepared.problemAt();
    fc.assert(
      fc.property(densityMatrixArbitrary(4), (rho) => {
        const observables = steadyStateObservables(rho, problem);
        // σ⁺0σ⁻1 = |01⟩⟨10|: Tr[|01⟩⟨10| ρ] = ρ_{10,01}, basis |01⟩ = 1, |10⟩ = 2
        expect(observables.coherence).toEqual({ re: rho.re(2, 1), im: rho.im(2, 1) });
        const sz = observables.sz as number[];
        expect(observables.meanZ).toBeCloseTo((sz[0] + sz[1]) / 2, 14);
        expect(observables.lastZ).toBeCloseTo(sz[1], 14);
      }),
    );
  });

  it("follow the structure: Z{N-1} is the last spin of a rebuilt chain, and solve reports them", () => {
    const registry = builtinRegistry();
    const engine = registry.engine("global-lindblad");
    const problem = prepared.problemAt({ N: 3 });
    const result = solveProblem(problem, engine, registry.optionsFor(engine, problem));
    const observables = result.observables!;
    expect(observables.lastZ).toBeCloseTo((observables.sz as number[])[2], 14);
    // one bath at T = 0.4: the Davies generator relaxes to the Gibbs state (paper 001 eq. (28)), whose
    // hopping eigenstates carry the coherence ⟨σ⁺0σ⁻1⟩ = Σ_k ρ_{10k,01k}; H_S is real, so it is real
    const gibbs = gibbsState(problem.hamiltonian.dense(), 0.4);
    const coherence = observables.coherence as { re: number; im: number };
    expect(coherence.re).toBeCloseTo(gibbs.re(4, 2) + gibbs.re(5, 3), 10);
    expect(Math.abs(coherence.re)).toBeGreaterThan(1e-3);
    expect(coherence.im).toBeCloseTo(0, 12);
  });

  it("are refused with the field named when both, neither or a bad operator is given", () => {
    const refusal = (observable: unknown) => {
      try {
        chain([observable]);
      } catch (error) {
        expect(error).toBeInstanceOf(InputError);
        return (error as Error).message;
      }
      throw new Error("accepted");
    };
    expect(refusal({ name: "x", description: "d", operator: "Z0", perSite: "sz" })).toMatch(
      /observables\[0\]: expected exactly one of perSite .* and operator .*, got both/,
    );
    expect(refusal({ name: "x", description: "d" })).toMatch(/got neither/);
    expect(refusal({ name: "x", description: "d", operator: "Z5" })).toMatch(
      /observables\[0\]\.operator: .*site 5 out of range/,
    );
    expect(refusal({ name: "purity", description: "d", operator: "Z0" })).toMatch(/observables\[0\]\.name/);
  });
});
