import { formatComplexNumber, formatNumber } from "./format-number.js";

/**
 * A check's `details` (any JSON-like value) prepared for the report: small matrices become tables,
 * objects become labelled fields, numbers are formatted, and anything else is pretty-printed JSON.
 */
export type DetailView =
  | { kind: "matrix"; rows: string[][]; shape: string }
  | { kind: "fields"; fields: { key: string; view: DetailView }[] }
  | { kind: "text"; text: string }
  | { kind: "json"; text: string };

/** Matrices up to this size are drawn as tables (a two-qubit density matrix is 4×4, its Liouvillian 16×16). */
const MAX_TABLE_DIMENSION = 8;
const MAX_NESTING = 3;
const MAX_INLINE_ARRAY = 16;
const MAX_JSON_CHARACTERS = 4000;
const SIGNIFICANT_DIGITS = 4;

function isNumberGrid(value: unknown): value is (number | null)[][] {
  if (!Array.isArray(value) || value.length === 0 || !Array.isArray(value[0])) return false;
  const columns = (value[0] as unknown[]).length;
  return (
    columns > 0 &&
    value.every(
      (row) =>
        Array.isArray(row) && row.length === columns && row.every((x) => x === null || typeof x === "number"),
    )
  );
}

/** A complex matrix as written by ComplexMatrix.toJSON: `{ re, im }` nested arrays of one shape. */
function complexParts(value: unknown): { re: (number | null)[][]; im?: (number | null)[][] } | undefined {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return undefined;
  const keys = Object.keys(value);
  const { re, im } = value as { re?: unknown; im?: unknown };
  if (!keys.every((k) => k === "re" || k === "im") || !isNumberGrid(re)) return undefined;
  if (im === undefined) return { re };
  if (!isNumberGrid(im) || im.length !== re.length || im[0].length !== re[0].length) return undefined;
  return { re, im };
}

function prettyJson(value: unknown): string {
  const text = JSON.stringify(
    value,
    (_, v) => (typeof v === "number" && !Number.isFinite(v) ? String(v) : v),
    2,
  );
  if (text === undefined) return String(value);
  return text.length > MAX_JSON_CHARACTERS ? `${text.slice(0, MAX_JSON_CHARACTERS)}\n… (truncated)` : text;
}

function scalarText(value: unknown): string | undefined {
  if (typeof value === "number") return formatNumber(value, SIGNIFICANT_DIGITS + 2);
  if (typeof value === "string") return value;
  if (typeof value === "boolean" || typeof value === "bigint" || value === null || value === undefined) {
    return String(value);
  }
  return undefined;
}

function entry(value: number | null): number {
  return value === null ? Number.NaN : value;
}

export function detailView(details: unknown, depth = 0): DetailView {
  // Class instances such as ComplexMatrix describe themselves through toJSON.
  if (
    typeof details === "object" &&
    details !== null &&
    typeof (details as { toJSON?: unknown }).toJSON === "function"
  ) {
    return detailView((details as { toJSON(): unknown }).toJSON(), depth);
  }
  const scalar = scalarText(details);
  if (scalar !== undefined) return { kind: "text", text: scalar };
  const complex = complexParts(details) ?? (isNumberGrid(details) ? { re: details } : undefined);
  if (complex) {
    const rowCount = complex.re.length;
    const columnCount = complex.re[0].length;
    if (rowCount <= MAX_TABLE_DIMENSION && columnCount <= MAX_TABLE_DIMENSION) {
      const rows = complex.re.map((row, i) =>
        row.map((re, j) =>
          formatComplexNumber(entry(re), complex.im ? entry(complex.im[i][j]) : 0, SIGNIFICANT_DIGITS),
        ),
      );
      return { kind: "matrix", rows, shape: `${rowCount}×${columnCount}` };
    }
    return { kind: "json", text: prettyJson(details) };
  }
  if (Array.isArray(details)) {
    if (details.length <= MAX_INLINE_ARRAY && details.every((x) => typeof x !== "object" || x === null)) {
      return { kind: "text", text: `[${details.map((x) => scalarText(x) ?? String(x)).join(", ")}]` };
    }
    return { kind: "json", text: prettyJson(details) };
  }
  if (typeof details === "object" && details !== null && depth < MAX_NESTING) {
    const fields = Object.entries(details).map(([key, value]) => ({
      key,
      view: detailView(value, depth + 1),
    }));
    return { kind: "fields", fields };
  }
  return { kind: "json", text: prettyJson(details) };
}
