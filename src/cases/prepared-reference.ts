import { ComplexMatrix } from "../linalg/complex-matrix.js";
import type { CaseFields, NumberField, Point } from "./case-fields.js";
import { InputError } from "../input-error.js";
import type { ReferenceDefinition } from "./schema.js";

/** A reference value of a case at one parameter point, as properties see it. */
export interface ReferenceValue {
  /** What is compared, e.g. `steadyState` or `observables.concurrence`. */
  quantity: string;
  /** Engines this reference applies to (all when absent). */
  engines?: string[];
  /** The value: a number, or a density matrix for `steadyState`. */
  value: number | ComplexMatrix;
  tolerance: number;
  source: string;
  description?: string;
}

/** A reference value of a case with its entries compiled: a scalar, or the entries of a density matrix. */
export interface PreparedReference {
  definition: ReferenceDefinition;
  scalar?: NumberField;
  matrix?: { re: NumberField[][]; im: NumberField[][] | null };
}

/** Compiles `references[index]`: a density matrix of the system's size for steadyState, a number otherwise. */
export function prepareReference(
  reference: ReferenceDefinition,
  index: number,
  fields: CaseFields,
): PreparedReference {
  const path = `references[${index}].value`;
  const { file, dimension } = fields;
  const value = reference.value;
  if (reference.quantity !== "steadyState") {
    if (typeof value === "object") {
      throw new InputError({
        file,
        path,
        expected: `a number or an expression for ${reference.quantity} (only steadyState takes a matrix)`,
        got: "a matrix",
      });
    }
    return { definition: reference, scalar: fields.numberField(value, path) };
  }
  if (typeof value !== "object") {
    throw new InputError({
      file,
      path,
      expected: `a density matrix {re, im} of size ${dimension}x${dimension}`,
      got: JSON.stringify(value),
    });
  }
  const part = (rows: (number | string)[][], name: "re" | "im") => {
    if (rows.length !== dimension || rows.some((row) => row.length !== dimension)) {
      throw new InputError({
        file,
        path: `${path}.${name}`,
        expected: `a ${dimension}x${dimension} matrix (the system has ${fields.nSites} sites)`,
        got: `${rows.length} rows of lengths ${rows.map((row) => row.length).join(", ")}`,
      });
    }
    return rows.map((row, r) =>
      row.map((entry, c) => fields.numberField(entry, `${path}.${name}[${r}][${c}]`)),
    );
  };
  return {
    definition: reference,
    matrix: { re: part(value.re, "re"), im: value.im ? part(value.im, "im") : null },
  };
}

/** The reference's value at a parameter point: a number, or a ComplexMatrix for steadyState. */
export function referenceValue(
  reference: PreparedReference,
  point: Point,
  fields: CaseFields,
): number | ComplexMatrix {
  if (!reference.matrix) return fields.valueOf(reference.scalar!, point);
  const { re, im } = reference.matrix;
  const { dimension } = fields;
  const result = ComplexMatrix.zeros(dimension);
  for (let r = 0; r < dimension; r++) {
    for (let c = 0; c < dimension; c++) {
      result.set(r, c, fields.valueOf(re[r][c], point), im ? fields.valueOf(im[r][c], point) : 0);
    }
  }
  return result;
}
