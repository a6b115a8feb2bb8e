import { describe, expect, it } from "vitest";
import {
  add,
  addScaledInPlace,
  adjoint,
  ComplexMatrix,
  commutator,
  multiply,
  scale,
} from "../../src/linalg/complex-matrix.js";
import {
  annihilationOperator,
  creationOperator,
  numberOperator,
  totalNumberOperator,
} from "../helpers/jordan-wigner.js";
import { expectClose } from "../helpers/expect-close.js";

function anticommutator(a: ComplexMatrix, b: ComplexMatrix): ComplexMatrix {
  return add(multiply(a, b), multiply(b, a));
}

describe("Jordan-Wigner fermions", () => {
  it("satisfy the canonical anticommutation relations {c_j, c_k†} = δ_jk, {c_j, c_k} = 0", () => {
    for (let nSites = 1; nSites <= 4; nSites++) {
      const dimension = 2 ** nSites;
      for (let j = 0; j < nSites; j++) {
        for (let k = 0; k < nSites; k++) {
          const cj = annihilationOperator(j, nSites);
          const ck = annihilationOperator(k, nSites);
          const expected = j === k ? ComplexMatrix.identity(dimension) : ComplexMatrix.zeros(dimension);
          expectClose(anticommutator(cj, creationOperator(k, nSites)), expected, 0, `{c${j}, c${k}†}`);
          expectClose(anticommutator(cj, ck), ComplexMatrix.zeros(dimension), 0, `{c${j}, c${k}}`);
        }
      }
    }
  });

  it("have n_k = c_k† c_k, N = Σ n_k and [N, c_k] = −c_k (c_k removes one particle)", () => {
    const nSites = 3;
    const total = ComplexMatrix.zeros(8);
    for (let k = 0; k < nSites; k++) {
      const c = annihilationOperator(k, nSites);
      expectClose(multiply(adjoint(c), c), numberOperator(k, nSites), 0, `n${k}`);
      addScaledInPlace(total, numberOperator(k, nSites), 1);
      expectClose(commutator(totalNumberOperator(nSites), c), scale(c, -1), 0, `[N, c${k}]`);
    }
    expectClose(totalNumberOperator(nSites), total, 0, "N");
  });

  it("counts spin up as occupied: |00⟩ holds two particles, |11⟩ none", () => {
    const N = totalNumberOperator(2);
    expect([0, 1, 2, 3].map((state) => N.re(state, state))).toEqual([2, 1, 1, 0]);
    // c_0 empties site 0 of |00⟩: c_0|00⟩ = |10⟩ (no sign: no sites before 0)
    expect(annihilationOperator(0, 2).re(0b10, 0b00)).toBe(1);
    // c_1 = σz_0 σ⁻_1: c_1|00⟩ = +|01⟩ (σz_0 = +1, site 0 occupied), c_1|10⟩ = −|11⟩ (site 0 empty)
    expect(annihilationOperator(1, 2).re(0b01, 0b00)).toBe(1);
    expect(annihilationOperator(1, 2).re(0b11, 0b10)).toBe(-1);
  });

  it("rejects sites outside the system", () => {
    expect(() => annihilationOperator(2, 2)).toThrow(RangeError);
    expect(() => totalNumberOperator(0)).toThrow(RangeError);
  });
});
