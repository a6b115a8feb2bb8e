import fc from "fast-check";
import { all, create } from "mathjs";
import { describe, expect, it } from "vitest";
import { compileExpression, ExpressionError } from "../../src/cases/expression.js";
import { boseEinstein, fermiDirac } from "../../src/physics/thermal.js";
import { expectClose } from "../helpers/expect-close.js";

const NAMES = new Set(["a", "b", "c"]);

/**
 * mathjs over the real numbers, as expression.ts: `predictable` makes sqrt(-1), log(-1) and (-1)^0.5 NaN
 * instead of complex, and a negligible tolerance makes comparisons exact (mathjs compares with relTol 1e-12).
 */
const mathjs = create(all, { relTol: 1e-300, absTol: 0, predictable: true });

/**
 * Random expression text over a, b, c, with operators printed without parentheses so that precedence
 * matters. Powers have integer exponents (≥ 0 for `^`, whose chains a ^ 3 ^ 2 stay integer): a negative
 * base with a fractional exponent leaves the reals, where mathjs goes complex and expression.ts gives NaN
 * (an error in a case file).
 */
const arithmeticText = fc.letrec<{ term: string }>((tie) => ({
  term: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.constantFrom("a", "b", "c", "pi", "e"),
    fc.integer({ min: 0, max: 999 }).map((k) => (k / 100).toString()),
    fc
      .tuple(tie("term"), fc.constantFrom("+", "-", "*", "/"), tie("term"))
      .map(([l, op, r]) => `${l} ${op} ${r}`),
    fc.tuple(tie("term"), fc.integer({ min: 0, max: 3 })).map(([base, k]) => `${base} ^ ${k}`),
    fc.tuple(tie("term"), fc.integer({ min: -3, max: 3 })).map(([base, k]) => `pow(${base}, ${k})`),
    tie("term").map((x) => `-${x}`),
    tie("term").map((x) => `(${x})`),
    fc
      .tuple(fc.constantFrom("exp", "sin", "cos", "abs", "sqrt", "tanh", "log", "atan"), tie("term"))
      .map(([f, x]) => `${f}(${x})`),
    fc
      .tuple(fc.constantFrom("min", "max", "atan2"), tie("term"), tie("term"))
      .map(([f, x, y]) => `${f}(${x}, ${y})`),
  ),
})).term;

/** Parameter values on a grid of 1/64 (no subnormal numbers, whose rounding differs between libraries). */
const gridValue = (min: number, max: number) =>
  fc.integer({ min: min * 64, max: max * 64 }).map((k) => k / 64);
const scope = fc.record({ a: gridValue(-3, 3), b: gridValue(0.125, 4), c: gridValue(-1, 1) });

function mathjsValue(text: string, values: Record<string, number>): number | boolean {
  const value = mathjs.evaluate(text, { ...values });
  if (typeof value !== "number" && typeof value !== "boolean")
    throw new TypeError(`mathjs gave ${value} for ${text}`);
  return value;
}

function sameNumber(actual: number, expected: number, label: string): void {
  if (Number.isFinite(expected)) expectClose(actual, expected, 1e-12, label);
  else
    expect(actual, label).toSatisfy(
      (x: number) => Object.is(x, expected) || (Number.isNaN(x) && Number.isNaN(expected)),
    );
}

describe("compileExpression", () => {
  it("gives mathjs's value for random arithmetic (same precedence and associativity)", () => {
    fc.assert(
      fc.property(arithmeticText, scope, (text, values) => {
        const expected = mathjsValue(text, values) as number;
        sameNumber(compileExpression(text, NAMES).evaluate(values) as number, expected, text);
      }),
      { numRuns: 300 },
    );
  });

  it("gives mathjs's value for comparisons, chained comparisons, logic and conditionals", () => {
    const condition = fc
      .tuple(arithmeticText, fc.constantFrom("<", "<=", ">", ">="), arithmeticText)
      .map(([l, op, r]) => `${l} ${op} ${r}`);
    const logical = fc.oneof(
      condition,
      fc.tuple(condition, fc.constantFrom("and", "or"), condition).map(([l, op, r]) => `${l} ${op} ${r}`),
      condition.map((x) => `not (${x})`),
      fc.tuple(arithmeticText, arithmeticText, arithmeticText).map(([x, y, z]) => `${x} < ${y} <= ${z}`),
    );
    const conditional = fc
      .tuple(logical, arithmeticText, arithmeticText)
      .map(([cond, x, y]) => `${cond} ? ${x} : ${y}`);
    fc.assert(
      fc.property(fc.oneof(logical, conditional), scope, (text, values) => {
        const expected = mathjsValue(text, values);
        const actual = compileExpression(text, NAMES).evaluate(values);
        if (typeof expected === "boolean") expect(actual, text).toBe(expected);
        else sameNumber(actual as number, expected as number, text);
      }),
      { numRuns: 200 },
    );
  });

  it("follows mathjs on the classic precedence traps", () => {
    const cases: [string, number][] = [
      ["-2^2", -4],
      ["2^3^2", 512],
      ["2^-1", 0.5],
      ["-2^-2", -0.25],
      ["8/2/2", 2],
      ["2-3-4", -5],
      ["1e-3*1E3", 1],
      [".5 + 1.", 1.5],
    ];
    for (const [text, value] of cases) {
      expect(mathjs.evaluate(text), text).toBe(value);
      expect(compileExpression(text, NAMES).evaluate({}), text).toBe(value);
    }
  });

  it("lists the parameters an expression reads, once each", () => {
    expect(compileExpression("a*b + a/(c - pi)", NAMES).symbols).toEqual(["a", "b", "c"]);
  });

  it("provides bose(omega, T) and fermi(e, mu, T) from src/physics/thermal.ts", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 10, noNaN: true }),
        fc.double({ min: 0.01, max: 10, noNaN: true }),
        fc.double({ min: -5, max: 5, noNaN: true }),
        (omega, temperature, mu) => {
          const values = { a: omega, b: temperature, c: mu };
          expect(compileExpression("bose(a, b)", NAMES).evaluate(values)).toBe(
            boseEinstein(omega, temperature),
          );
          expect(compileExpression("fermi(a, c, b)", NAMES).evaluate(values)).toBe(
            fermiDirac(omega, mu, temperature),
          );
        },
      ),
      { numRuns: 50 },
    );
  });

  it("rejects what it cannot evaluate over the real numbers, saying why", () => {
    const rejected: [string, RegExp][] = [
      ["a + d", /unknown name "d"; known parameters: a, b, c/],
      ["2 a", /implicit multiplication before "a" at position 3/],
      ["a +", /unexpected end of expression at position 4/],
      ["a % b", /unexpected character "%" at position 3/],
      ["a mod b", /unsupported operator "mod"/],
      ["[1, 2]", /unexpected character "\["/],
      ["foo(a)", /unknown function "foo"/],
      ["bose(a)", /bose\(\) takes 2 argument\(s\), not 1/],
      ["(a < b) + 1", /a condition .* stands where a number is needed/],
      ["a ? 1 : 2", /a number \(a\) stands where a condition is needed/],
      ["a = 3", /unexpected character "="/],
    ];
    for (const [text, message] of rejected) {
      expect(() => compileExpression(text, NAMES), text).toThrow(ExpressionError);
      expect(() => compileExpression(text, NAMES), text).toThrow(message);
    }
  });

  it("refuses to use a word parameter as a number", () => {
    expect(() => compileExpression("stats1 + 1", NAMES, new Set(["stats1"]))).toThrow(
      /"stats1" is a word parameter/,
    );
  });
});
