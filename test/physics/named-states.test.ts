import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { InputError } from "../../src/input-error.js";
import { trace } from "../../src/linalg/complex-matrix.js";
import { parseOperatorString } from "../../src/operators/operator-string.js";
import { SiteSpace } from "../../src/operators/site-space.js";
import { parseComplex, parseInitialState, SITE_STATES } from "../../src/physics/named-states.js";
import { purity } from "../../src/measures/purity.js";

/** A spin, a fermionic mode and a bosonic mode with 16 Fock levels. */
const mixed = new SiteSpace([
  { name: "s", kind: "spin", levels: 2 },
  { name: "f", kind: "fermion", levels: 2 },
  { name: "m", kind: "boson", levels: 16 },
]);
const qubits = (count: number) =>
  new SiteSpace(
    Array.from({ length: count }, (_, k) => ({ name: `q${k}`, kind: "spin" as const, levels: 2 })),
  );

const expectation = (text: string, space: SiteSpace, rho: ReturnType<typeof parseInitialState>) =>
  parseOperatorString(text, space).expectation(rho);

/** ⟨X⟩, ⟨Y⟩, ⟨Z⟩ of the spin states: the Bloch vectors ±x, ±y, ±z. */
const BLOCH: Record<string, [number, number, number]> = {
  up: [0, 0, 1],
  down: [0, 0, -1],
  "x+": [1, 0, 0],
  "x-": [-1, 0, 0],
  "y+": [0, 1, 0],
  "y-": [0, -1, 0],
};

describe("named initial states", () => {
  it("a product of spin states has each site's Bloch vector and is pure", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...SITE_STATES.spin), { minLength: 1, maxLength: 4 }), (names) => {
        const space = qubits(names.length);
        const rho = parseInitialState(names.join(","), space);
        expect(purity(rho)).toBeCloseTo(1, 14);
        names.forEach((name, k) => {
          ["X", "Y", "Z"].forEach((pauli, axis) => {
            const [re, im] = expectation(`${pauli}${k}`, space, rho);
            expect(re).toBeCloseTo(BLOCH[name][axis], 14);
            expect(im).toBeCloseTo(0, 14);
          });
        });
      }),
    );
  });

  it("a coherent state of a truncated mode has ⟨a⟩ = α and ⟨n⟩ = |α|²; fock:n and thermal:n̄ have ⟨n⟩ = n, n̄", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1.2, max: 1.2, noNaN: true }),
        fc.double({ min: -1.2, max: 1.2, noNaN: true }),
        fc.integer({ min: 0, max: 15 }),
        fc.double({ min: 0, max: 0.5, noNaN: true }),
        (re, im, n, mean) => {
          const alpha = `${re}${im >= 0 ? "+" : ""}${im}i`;
          const coherent = parseInitialState(`up,full,coherent:${alpha}`, mixed);
          expect(trace(coherent)[0]).toBeCloseTo(1, 13);
          const [ar, ai] = expectation("a2", mixed, coherent);
          // 16 levels keep all but 6e-8 of the Poisson weights of |α|² ≤ 2.9: the truncation shows at that size
          expect(ar).toBeCloseTo(re, 6);
          expect(ai).toBeCloseTo(im, 6);
          expect(expectation("n2", mixed, coherent)[0]).toBeCloseTo(re * re + im * im, 5);
          expect(expectation("n1", mixed, coherent)[0]).toBeCloseTo(1, 14);
          expect(expectation("Z0", mixed, coherent)[0]).toBeCloseTo(1, 14);
          const fock = parseInitialState(`down,empty,fock:${n}`, mixed);
          expect(expectation("n2", mixed, fock)[0]).toBeCloseTo(n, 13);
          expect(expectation("n1", mixed, fock)[0]).toBeCloseTo(0, 14);
          const thermal = parseInitialState(`up,empty,thermal:${mean}`, mixed);
          // p_k = n̄^k/(1 + n̄)^{k+1}: mean n̄, variance n̄(1 + n̄) (Bose-Einstein)
          expect(expectation("n2", mixed, thermal)[0]).toBeCloseTo(mean, 5);
          expect(expectation("n2 n2", mixed, thermal)[0]).toBeCloseTo(mean * (1 + mean) + mean * mean, 4);
        },
      ),
    );
  });

  it("Bell states have the correlations ⟨XX⟩, ⟨YY⟩, ⟨ZZ⟩ of their names", () => {
    const space = qubits(2);
    const correlations: Record<string, [number, number, number]> = {
      "phi+": [1, -1, 1],
      "phi-": [-1, 1, 1],
      "psi+": [1, 1, -1],
      "psi-": [-1, -1, -1],
    };
    for (const [name, expected] of Object.entries(correlations)) {
      const rho = parseInitialState(name, space);
      ["X0 X1", "Y0 Y1", "Z0 Z1"].forEach((product, k) =>
        expect(expectation(product, space, rho)[0]).toBeCloseTo(expected[k], 14),
      );
    }
  });

  it("reads complex numbers as written after coherent:", () => {
    expect(parseComplex("1+0.5i")).toEqual([1, 0.5]);
    expect(parseComplex("-2i")).toEqual([0, -2]);
    expect(parseComplex("i")).toEqual([0, 1]);
    expect(parseComplex("-i")).toEqual([0, -1]);
    expect(parseComplex("3")).toEqual([3, 0]);
    expect(parseComplex("1e-3-2e+1i")).toEqual([1e-3, -20]);
    expect(parseComplex("-1.5 - 0.5i")).toEqual([-1.5, -0.5]);
    for (const bad of ["", "x", "1+", "1+2j", "1+ii"]) expect(parseComplex(bad)).toBeUndefined();
  });

  it("refuses unknown names (also Object.prototype's), wrong site counts and states a site cannot take, naming the choices", () => {
    const refusal = (text: string, space: SiteSpace) => {
      try {
        parseInitialState(text, space);
      } catch (error) {
        expect(error).toBeInstanceOf(InputError);
        return (error as Error).message;
      }
      throw new Error(`${text} was accepted`);
    };
    expect(refusal("toString", qubits(1))).toMatch(
      /--initial: site 0 \(q0, a spin\): expected a spin state: one of up, down, x\+/,
    );
    expect(refusal("constructor", qubits(2))).toMatch(/2 site state\(s\).*phi\+/);
    expect(refusal("up,up", qubits(3))).toMatch(/expected 3 site state\(s\).*got 2/);
    expect(refusal("phi+", qubits(3))).toMatch(/Bell states need exactly 2 two-level sites/);
    expect(refusal("up,x+,fock:0", mixed)).toMatch(
      /site 1 \(f, a fermion\): expected a fermion state: one of empty, full/,
    );
    expect(refusal("up,full,fock:16", mixed)).toMatch(/0 ≤ n < 16/);
    expect(refusal("up,full,coherent:3", mixed)).toMatch(/leaves a weight .* above them/);
    expect(refusal("up,full,coherent:1+", mixed)).toMatch(/complex number/);
    expect(refusal("up,full,thermal:-1", mixed)).toMatch(/n̄ ≥ 0/);
  });
});
