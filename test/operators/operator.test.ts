import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  adjoint,
  ComplexMatrix,
  commutator,
  kronAll,
  multiply,
  subtract,
  traceOfProduct,
} from "../../src/linalg/complex-matrix.js";
import { annihilation, creation, pauliX, pauliZ, sigmaMinus } from "../../src/operators/local-factors.js";
import { Operator } from "../../src/operators/operator.js";
import { OperatorStringError, parseOperatorString } from "../../src/operators/operator-string.js";
import { type Site, SiteSpace } from "../../src/operators/site-space.js";
import { expectClose } from "../helpers/expect-close.js";
import { complexMatrixArbitrary } from "../helpers/random-operators.js";

const spins = (n: number) =>
  new SiteSpace(Array.from({ length: n }, (_, i): Site => ({ name: `q${i}`, kind: "spin", levels: 2 })));
const fermions = (n: number) =>
  new SiteSpace(Array.from({ length: n }, (_, i): Site => ({ name: `f${i}`, kind: "fermion", levels: 2 })));
/** A qubit (site 0) and an oscillator with `levels` Fock states (site 1). */
const qubitAndMode = (levels: number) =>
  new SiteSpace([
    { name: "q", kind: "spin", levels: 2 },
    { name: "m", kind: "boson", levels },
  ]);

const SPIN_FACTORS = ["X", "Y", "Z", "sp", "sm", "n"];

describe("SiteSpace", () => {
  it("orders basis states with site 0 most significant (DESIGN.md)", () => {
    const space = new SiteSpace([
      { name: "a", kind: "spin", levels: 2 },
      { name: "b", kind: "boson", levels: 3 },
    ]);
    expect(space.dimension).toBe(6);
    expect(space.strides).toEqual([3, 1]);
    expect(Array.from(space.offsetsOf([0, 1]))).toEqual([0, 1, 2, 3, 4, 5]);
    expect(Array.from(space.offsetsOf([1]))).toEqual([0, 1, 2]);
    expect(Array.from(space.complementOffsets([1]))).toEqual([0, 3]);
  });

  it("refuses a spin with other than two levels and spaces beyond 2^24 states", () => {
    expect(() => new SiteSpace([{ name: "s", kind: "spin", levels: 3 }])).toThrow(/2 levels/);
    expect(() => spins(25)).toThrow(/at most 16777216/);
  });
});

describe("parseOperatorString", () => {
  it("builds Kronecker products with site 0 leftmost", () => {
    const op = parseOperatorString("Z0 X1", spins(2));
    expectClose(op.dense(), kronAll([pauliZ(), pauliX()]), 0, "Z0 X1");
    expect(op.support).toEqual([0, 1]);
  });

  it("gives Jordan-Wigner fermions that obey the canonical anticommutation relations", () => {
    const space = fermions(3);
    const c = [0, 1, 2].map((k) => parseOperatorString(`c${k}`, space).dense());
    for (let j = 0; j < 3; j++) {
      for (let k = 0; k < 3; k++) {
        const cjck = multiply(c[j], adjoint(c[k]));
        const anti = multiply(adjoint(c[k]), c[j]);
        const sum = cjck.clone();
        for (let i = 0; i < sum.data.length; i++) sum.data[i] += anti.data[i];
        expectClose(
          sum,
          j === k ? ComplexMatrix.identity(8) : ComplexMatrix.zeros(8),
          1e-15,
          `{c${j}, c${k}†}`,
        );
      }
    }
    // the string does not count in the support: c2 acts on mode 2; cdag1 c1 = n1 on mode 1
    expect(parseOperatorString("c2", space).support).toEqual([2]);
    expect(parseOperatorString("cdag1 c1", space).support).toEqual([1]);
    expectClose(
      parseOperatorString("cdag1 c1", space).dense(),
      parseOperatorString("n1", space).dense(),
      0,
      "n1",
    );
  });

  it("gives truncated bosons with [a, a†] = 1 below the top level and x, p from a", () => {
    const levels = 6;
    const space = qubitAndMode(levels);
    const a = parseOperatorString("a1", space).restrictedTo([1]);
    const adag = parseOperatorString("adag1", space).restrictedTo([1]);
    const number = parseOperatorString("n1", space).restrictedTo([1]);
    const bracket = commutator(a, adag);
    for (let k = 0; k < levels - 1; k++) expectClose(bracket.re(k, k), 1, 1e-15, `[a, a†]_${k}${k}`);
    expectClose(bracket.re(levels - 1, levels - 1), -(levels - 1), 1e-14, "[a, a†] at the truncation");
    expectClose(multiply(adag, a), number, 1e-15, "a†a");
    const x = parseOperatorString("x1", space).restrictedTo([1]);
    const p = parseOperatorString("p1", space).restrictedTo([1]);
    const s = Math.SQRT1_2;
    const fromA = (cr: number, ci: number, dr: number, di: number) => {
      const out = new ComplexMatrix(levels, levels);
      for (let k = 0; k < out.data.length; k += 2) {
        out.data[k] = cr * a.data[k] - ci * a.data[k + 1] + dr * adag.data[k] - di * adag.data[k + 1];
        out.data[k + 1] = cr * a.data[k + 1] + ci * a.data[k] + dr * adag.data[k + 1] + di * adag.data[k];
      }
      return out;
    };
    expectClose(x, fromA(s, 0, s, 0), 1e-15, "x = (a + a†)/√2");
    expectClose(p, fromA(0, -s, 0, s), 1e-15, "p = i(a† − a)/√2");
    expectClose(annihilation(levels), a, 0, "a");
    expectClose(creation(levels), adag, 0, "a†");
  });

  it("names the factor, its position and the site's factors when a factor does not fit the site", () => {
    const space = qubitAndMode(4);
    expect(() => parseOperatorString("Z0 X1", space)).toThrow(OperatorStringError);
    expect(() => parseOperatorString("Z0 X1", space)).toThrow(
      /"X1" at position 4 .* boson with 4 levels.*a1, adag1, n1, x1, p1/,
    );
    expect(() => parseOperatorString("a0", space)).toThrow(/a spin/);
    expect(() => parseOperatorString("Z3", space)).toThrow(/site 3 out of range/);
    expect(() => parseOperatorString("  ", space)).toThrow(/empty operator string/);
  });
});

describe("Operator arithmetic and action", () => {
  const stringArbitrary = (sites: number) =>
    fc
      .array(fc.tuple(fc.constantFrom(...SPIN_FACTORS), fc.integer({ min: 0, max: sites - 1 })), {
        minLength: 1,
        maxLength: 4,
      })
      .map((factors) => factors.map(([f, k]) => `${f}${k}`).join(" "));

  it("lists its entries (summed over terms) exactly as its dense matrix has them", () => {
    const space = spins(3);
    fc.assert(
      fc.property(stringArbitrary(3), stringArbitrary(3), (s1, s2) => {
        const op = Operator.sum(space, [
          { re: 0.7, operator: parseOperatorString(s1, space) },
          { re: -0.2, im: 0.4, operator: parseOperatorString(s2, space) },
        ]);
        const summed = ComplexMatrix.zeros(8);
        op.forEachEntry((row, col, re, im) =>
          summed.set(row, col, summed.re(row, col) + re, summed.im(row, col) + im),
        );
        expectClose(summed, op.dense(), 1e-14, "Σ entries");
      }),
      { numRuns: 40 },
    );
  });

  it("acts on matrices from the left and the right as its dense matrix does", () => {
    const space = spins(3);
    fc.assert(
      fc.property(stringArbitrary(3), stringArbitrary(3), complexMatrixArbitrary(8, 8), (s1, s2, x) => {
        const op = Operator.sum(space, [
          { re: 0.7, operator: parseOperatorString(s1, space) },
          { re: -0.2, im: 0.4, operator: parseOperatorString(s2, space) },
        ]);
        const dense = op.dense();
        const left = op.multiplyLeftInto(x, ComplexMatrix.zeros(8), 0.5, -1.5);
        const right = op.multiplyRightInto(x, ComplexMatrix.zeros(8), 2, 0.25);
        const rightAdjoint = op.multiplyRightInto(x, ComplexMatrix.zeros(8), 1, 0, true);
        const scaled = (m: ComplexMatrix, cr: number, ci: number) => {
          const out = m.clone();
          for (let k = 0; k < out.data.length; k += 2) {
            out.data[k] = cr * m.data[k] - ci * m.data[k + 1];
            out.data[k + 1] = cr * m.data[k + 1] + ci * m.data[k];
          }
          return out;
        };
        expectClose(left, scaled(multiply(dense, x), 0.5, -1.5), 1e-13, "c·O·x");
        expectClose(right, scaled(multiply(x, dense), 2, 0.25), 1e-13, "c·x·O");
        expectClose(rightAdjoint, multiply(x, adjoint(dense)), 1e-13, "x·O†");
        const [re, im] = op.expectation(x);
        const [er, ei] = traceOfProduct(dense, x);
        expectClose(re, er, 1e-13, "Re Tr[O x]");
        expectClose(im, ei, 1e-13, "Im Tr[O x]");
      }),
      { numRuns: 60 },
    );
  });

  it("multiplies and takes adjoints like the dense matrices", () => {
    const space = fermions(3);
    const a = Operator.sum(space, [
      { re: 1, operator: parseOperatorString("cdag0 c2", space) },
      { re: 0.5, im: 0.5, operator: parseOperatorString("n1", space) },
    ]);
    const b = parseOperatorString("c1 cdag2", space);
    expectClose(a.times(b).dense(), multiply(a.dense(), b.dense()), 1e-15, "a·b");
    expectClose(a.adjoint().dense(), adjoint(a.dense()), 0, "a†");
    expect(a.isHermitian()).toBe(false);
    expect(a.plus(a.adjoint()).isHermitian()).toBe(true);
  });

  it("restricts to its sites: O = R ⊗ 1 on the others", () => {
    const space = qubitAndMode(3);
    const op = parseOperatorString("sm0 adag1", space);
    expectClose(op.restrictedTo([0, 1]), op.dense(), 0, "restricted to all sites");
    expectClose(parseOperatorString("sm0", space).restrictedTo([0]), sigmaMinus(), 0, "σ⁻ on site 0");
    expect(() => op.restrictedTo([1])).toThrow(/must contain/);
  });

  it("decides hermiticity by random probes on large spaces", () => {
    const space = spins(10);
    const xx = parseOperatorString("X0 X9", space);
    const spsm = parseOperatorString("sp0 sm9", space);
    expect(xx.isHermitian()).toBe(true);
    expect(spsm.isHermitian()).toBe(false);
    expect(spsm.plus(spsm.adjoint()).isHermitian()).toBe(true);
    expect(() => xx.dense()).not.toThrow();
    expect(() => parseOperatorString("Z0", spins(13)).dense()).toThrow(/up to dimension 4096/);
  });

  it("keeps a dense matrix equal to the sum of its terms", () => {
    const space = spins(2);
    const h = Operator.sum(space, [
      { re: 1.5, operator: parseOperatorString("Z0", space) },
      { re: 1.5, operator: parseOperatorString("Z1", space) },
      { re: 1, operator: parseOperatorString("sp0 sm1", space).plus(parseOperatorString("sm0 sp1", space)) },
    ]);
    const expected = ComplexMatrix.from([
      [3, 0, 0, 0],
      [0, 0, 1, 0],
      [0, 1, 0, 0],
      [0, 0, 0, -3],
    ]);
    expect(subtract(h.dense(), expected).data.every((v) => v === 0)).toBe(true);
  });
});
