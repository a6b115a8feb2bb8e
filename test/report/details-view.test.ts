import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ComplexMatrix } from "../../src/linalg/complex-matrix.js";
import { type DetailView, detailView } from "../../src/report/details-view.js";
import { MINUS_SIGN } from "../../src/report/format-number.js";
import { expectClose } from "../helpers/expect-close.js";

function parseComplex(text: string): { re: number; im: number } {
  const normalised = text.replace(new RegExp(MINUS_SIGN, "g"), "-").replace(/ /g, "");
  const match = /^(-?[\d.]+)?(?:([+-]?)([\d.]+)i)?$/.exec(normalised);
  if (!match) throw new Error(`not a complex number: ${text}`);
  const re = match[1] === undefined ? 0 : Number(match[1]);
  const im = match[3] === undefined ? 0 : Number(match[3]) * (match[2] === "-" ? -1 : 1);
  return { re, im };
}

function asMatrix(view: DetailView): string[][] {
  if (view.kind !== "matrix") throw new Error(`expected a matrix view, got ${view.kind}`);
  return view.rows;
}

describe("detailView", () => {
  it("draws a small complex matrix entry by entry, in its row-major layout", () => {
    const entry = fc.double({ min: 0.01, max: 9.99, noNaN: true });
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 8 }),
        fc.integer({ min: 1, max: 8 }),
        fc.array(fc.tuple(entry, entry, fc.boolean(), fc.boolean()), { minLength: 64, maxLength: 64 }),
        (rows, cols, entries) => {
          const m = ComplexMatrix.zeros(rows, cols);
          for (let i = 0; i < rows; i++) {
            for (let j = 0; j < cols; j++) {
              const [re, im, negRe, negIm] = entries[i * 8 + j];
              m.set(i, j, negRe ? -re : re, negIm ? -im : im);
            }
          }
          const table = asMatrix(detailView(m));
          expect(table).toHaveLength(rows);
          table.forEach((row, i) => {
            expect(row).toHaveLength(cols);
            row.forEach((text, j) => {
              const { re, im } = parseComplex(text);
              // Four significant digits: within 5·10⁻⁴ of each part.
              expectClose(re / m.re(i, j), 1, 5.000001e-4, `re(${i},${j}) = ${text}`);
              expectClose(im / m.im(i, j), 1, 5.000001e-4, `im(${i},${j}) = ${text}`);
            });
          });
        },
      ),
      { numRuns: 30 },
    );
  });

  it("treats {re, im} JSON and real nested arrays as matrices, and large ones as JSON", () => {
    const json = ComplexMatrix.identity(4).toJSON();
    expect(asMatrix(detailView(json))[2]).toEqual(["0", "0", "1", "0"]);
    expect(
      asMatrix(
        detailView([
          [1, 2],
          [3, 4],
        ]),
      ),
    ).toEqual([
      ["1", "2"],
      ["3", "4"],
    ]);
    expect(detailView(ComplexMatrix.identity(16)).kind).toBe("json");
  });

  it("labels the fields of objects, formats numbers and keeps words", () => {
    const view = detailView({
      seed: 42,
      worst: -1.23456789e-9,
      engine: "redfield",
      rho: ComplexMatrix.identity(2),
    });
    expect(view.kind).toBe("fields");
    if (view.kind !== "fields") return;
    const byKey = new Map(view.fields.map((f) => [f.key, f.view]));
    expect(byKey.get("seed")).toEqual({ kind: "text", text: "42" });
    expect(byKey.get("worst")).toEqual({ kind: "text", text: `${MINUS_SIGN}1.23457×10⁻⁹` });
    expect(byKey.get("engine")).toEqual({ kind: "text", text: "redfield" });
    expect(byKey.get("rho")?.kind).toBe("matrix");
  });

  it("falls back to pretty JSON, truncated, for anything long or deeply nested", () => {
    const long = Array.from({ length: 5000 }, (_, i) => ({ i }));
    const view = detailView(long);
    expect(view.kind).toBe("json");
    if (view.kind === "json") expect(view.text.endsWith("… (truncated)")).toBe(true);
    const deep = detailView({ a: { b: { c: { d: { e: 1 } } } } });
    expect(JSON.stringify(deep)).toContain('\\"e\\": 1');
    expect(detailView([1, Number.NaN, null])).toEqual({ kind: "text", text: "[1, NaN, null]" });
  });
});
