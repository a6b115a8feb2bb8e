/**
 * The problem description (src/physics/problem-description.ts), the JSON an external engine receives:
 * it must carry the problem exactly. The operators rebuilt from it alone, by the rules of
 * docs/external-engines.md (Kronecker products with site 0 leftmost, blocks on their sites jointly),
 * equal qmebench's own matrices; the spectra are S(ω) at every Bohr frequency of H_S and of each bath's
 * local Hamiltonian; and it survives JSON unchanged.
 */
import { describe, expect, it } from "vitest";
import { openCase } from "../../src/cases/open-case.js";
import { bohrFrequencyClusters } from "../../src/physics/bohr-frequencies.js";
import { hamiltonianEigenOf } from "../../src/physics/hamiltonian-eigen.js";
import { ComplexMatrix, kron, maxAbs, maxAbsDifference } from "../../src/linalg/complex-matrix.js";
import { Operator } from "../../src/operators/operator.js";
import { SiteSpace } from "../../src/operators/site-space.js";
import {
  describeProblem,
  operatorDescription,
  type OperatorDescription,
  type ProblemDescription,
} from "../../src/physics/problem-description.js";
import type { Problem } from "../../src/physics/problem.js";
import { mixedSitesCase } from "../helpers/mixed-sites-case.js";

/** The matrix of an operator description on sites of these dimensions, written from the protocol's rules. */
function rebuilt(description: OperatorDescription, dims: readonly number[]): ComplexMatrix {
  const n = dims.reduce((a, b) => a * b, 1);
  const out = new ComplexMatrix(n, n);
  const local = (state: number, s: number) =>
    Math.floor(state / dims.slice(s + 1).reduce((a, b) => a * b, 1)) % dims[s];
  for (const term of description.terms) {
    const [cr, ci] = term.coefficient;
    let matrix: ComplexMatrix;
    if (term.factors) {
      matrix = ComplexMatrix.identity(1);
      for (let s = 0; s < dims.length; s++) {
        const k = term.sites.indexOf(s);
        matrix = kron(
          matrix,
          k >= 0
            ? ComplexMatrix.from(term.factors[k].re, term.factors[k].im)
            : ComplexMatrix.identity(dims[s]),
        );
      }
    } else {
      // the block acts on the listed sites jointly (first site slowest), the identity on the others
      const block = ComplexMatrix.from(term.block!.re, term.block!.im);
      matrix = new ComplexMatrix(n, n);
      const blockIndex = (state: number) =>
        term.sites.reduce((index, s) => index * dims[s] + local(state, s), 0);
      for (let i = 0; i < n; i++) {
        for (let j = 0; j < n; j++) {
          const others = dims.every((_, s) => term.sites.includes(s) || local(i, s) === local(j, s));
          if (!others) continue;
          matrix.data[2 * (i * n + j)] = block.re(blockIndex(i), blockIndex(j));
          matrix.data[2 * (i * n + j) + 1] = block.im(blockIndex(i), blockIndex(j));
        }
      }
    }
    for (let k = 0; k < out.data.length; k += 2) {
      out.data[k] += cr * matrix.data[k] - ci * matrix.data[k + 1];
      out.data[k + 1] += cr * matrix.data[k + 1] + ci * matrix.data[k];
    }
  }
  return out;
}

/** The paths of values JSON would drop or change: functions, undefined, NaN, ±Infinity. */
function notPlainJson(value: unknown, path = "$"): string[] {
  if (value === null || typeof value === "string" || typeof value === "boolean") return [];
  if (typeof value === "number") return Number.isFinite(value) ? [] : [`${path} = ${value}`];
  if (Array.isArray(value)) return value.flatMap((item, k) => notPlainJson(item, `${path}[${k}]`));
  if (typeof value === "object") {
    return Object.entries(value).flatMap(([key, item]) => notPlainJson(item, `${path}.${key}`));
  }
  return [`${path} is ${typeof value}`];
}

function expectSameOperator(description: OperatorDescription, operator: Operator, dims: readonly number[]) {
  const ours = operator.dense();
  expect(maxAbsDifference(rebuilt(description, dims), ours), description.label).toBeLessThanOrEqual(
    1e-15 * Math.max(1, maxAbs(ours)),
  );
}

const problems: [string, Problem][] = [
  ["flipflop-qubits", openCase("flipflop-qubits").problemAt({ dT: 0.4 })],
  ["zhang-wang-fermionic (Jordan-Wigner strings)", openCase("zhang-wang-fermionic").problemAt({})],
  ["longstaff-machine (extra dissipators)", openCase("longstaff-machine").problemAt({ gc: 0.01 })],
  [
    "tilted-ising-chain N = 3 (spin baths, expression spectra)",
    openCase("tilted-ising-chain").problemAt({ N: 3 }),
  ],
  ["a spin, a three-level mode and two fermionic modes", mixedSitesCase().problemAt({})],
];

describe("the problem description", () => {
  for (const [name, problem] of problems) {
    describe(name, () => {
      const description: ProblemDescription = JSON.parse(JSON.stringify(describeProblem(problem)));
      const dims = description.sites.map((site) => site.levels);

      it("survives JSON and states its size and sites", () => {
        expect(notPlainJson(describeProblem(problem))).toEqual([]);
        expect(description).toMatchObject({
          format: "qmebench-problem",
          version: 1,
          dimension: problem.dimension,
        });
        expect(dims.reduce((a, b) => a * b, 1)).toBe(problem.dimension);
        expect(description.sites.map((site) => site.kind)).toEqual(problem.sites.map((site) => site.kind));
      });

      it("carries H_S term by term, N, every coupling, channel and extra dissipator exactly", () => {
        description.hamiltonian.forEach((term, k) => {
          expectSameOperator(term.operator, problem.hamiltonianTerms[k].operator, dims);
          expect(term.support).toEqual(problem.hamiltonianTerms[k].support);
        });
        expectSameOperator(description.numberOperator, problem.numberOperator, dims);
        description.baths.forEach((bath, b) => {
          expectSameOperator(bath.coupling, problem.baths[b].coupling, dims);
          bath.channels.forEach((channel, c) =>
            expectSameOperator(channel.operator, problem.baths[b].channels[c].operator, dims),
          );
        });
        description.extraDissipators.forEach((d, k) => {
          expectSameOperator(d.operator, problem.extraDissipators[k].operator, dims);
          expect(d.rate).toBe(problem.extraDissipators[k].rate);
        });
      });

      it("tabulates S(ω) at every Bohr frequency of H_S, null where it diverges", () => {
        const frequencies = bohrFrequencyClusters(hamiltonianEigenOf(problem).values).omegas;
        description.baths.forEach((bath, b) => {
          expect(bath.tabulated).toEqual({ hamiltonian: true, local: true });
          bath.channels.forEach((channel, c) => {
            const { omega, rate } = channel.spectrum;
            for (const w of frequencies) expect(omega).toContain(w);
            omega.forEach((w, k) => {
              const exact = problem.baths[b].channels[c].spectrum(w);
              expect(rate[k]).toBe(Number.isFinite(exact) ? exact : null);
            });
          });
        });
      });
    });
  }

  it("gives a flat bosonic bath's divergent zero-frequency rate as null", () => {
    const rates = describeProblem(problems[0][1]).baths[0].channels[0].spectrum;
    expect(rates.rate[rates.omega.indexOf(0)]).toBeNull();
  });

  it("tabulates the local Hamiltonian's Bohr frequencies (flipflop-qubits: the bare ±ε beside ε ± V)", () => {
    const { omega } = describeProblem(problems[0][1]).baths[0].channels[0].spectrum;
    expect(omega).toEqual(expect.arrayContaining([-3, 3, -4, 4, -2, 2]));
  });

  it("above 256 states leaves the Bohr frequencies of H_S out and says so", () => {
    const chain = openCase("tilted-ising-chain").problemAt({ N: 9 });
    const bath = describeProblem(chain).baths[0];
    expect(bath.tabulated).toEqual({ hamiltonian: false, local: true });
    expect(bath.channels[0].spectrum.omega.length).toBeGreaterThan(0);
  });

  it("writes a block on non-adjacent sites so that it embeds as the protocol says", () => {
    const space = new SiteSpace([
      { name: "a", kind: "spin", levels: 2 },
      { name: "b", kind: "boson", levels: 3 },
      { name: "c", kind: "spin", levels: 2 },
    ]);
    const block = ComplexMatrix.from(
      [
        [1, 2, 0, 0],
        [0, 0, 3, 0],
        [0, 4, 0, 5],
        [6, 0, 0, 7],
      ],
      [
        [0, 1, 0, 0],
        [0, 0, 0, -1],
        [0, 0, 2, 0],
        [0, 0, 0, 0],
      ],
    );
    const operator = Operator.onSites(space, [0, 2], block, "B02").scaled(0.5, -0.25);
    expectSameOperator(operatorDescription(operator), operator, space.dims);
  });
});
