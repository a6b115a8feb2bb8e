import { addScaledInPlace, ComplexMatrix } from "../linalg/complex-matrix.js";
import type { ExtraDissipator } from "../physics/problem.js";
import type { CaseFields, NumberField, Point } from "./case-fields.js";
import type { DissipatorDefinition } from "./schema.js";

/** An extra (non-thermal) dissipator rate·D(L) of a case, L = Σ coefficient·operator. */
export interface PreparedDissipator {
  label: string;
  rate: NumberField;
  terms: { coefficient: NumberField; matrix: ComplexMatrix }[];
  /** L when every coefficient is a constant (computed once). */
  fixedOperator?: ComplexMatrix;
}

/** Parses and compiles `system.dissipators[index]`: one operator string, or a list of {coefficient, operator}. */
export function prepareDissipator(
  dissipator: DissipatorDefinition,
  index: number,
  fields: CaseFields,
): PreparedDissipator {
  const path = `system.dissipators[${index}]`;
  const written =
    typeof dissipator.operator === "string"
      ? [
          {
            coefficient: 1,
            operator: dissipator.operator,
            operatorPath: `${path}.operator`,
            coefficientPath: "",
          },
        ]
      : dissipator.operator.map((term, j) => ({
          ...term,
          operatorPath: `${path}.operator[${j}].operator`,
          coefficientPath: `${path}.operator[${j}].coefficient`,
        }));
  const terms = written.map((term) => ({
    coefficient: fields.numberField(term.coefficient, term.coefficientPath),
    matrix: fields.parseOperator(term.operator, term.operatorPath).operator,
  }));
  const label =
    dissipator.name ??
    written
      .map((term) => (term.coefficient === 1 ? term.operator : `${term.coefficient}·${term.operator}`))
      .join(" + ");
  const constant = terms.every((term) => term.coefficient.constant !== undefined);
  return {
    label,
    rate: fields.numberField(dissipator.rate, `${path}.rate`),
    terms,
    fixedOperator: constant ? jumpOperator(terms, { parameters: {}, overrides: {} }, fields) : undefined,
  };
}

function jumpOperator(terms: PreparedDissipator["terms"], point: Point, fields: CaseFields): ComplexMatrix {
  if (terms.length === 1 && terms[0].coefficient.constant === 1) return terms[0].matrix;
  const operator = ComplexMatrix.zeros(fields.dimension);
  for (const term of terms) addScaledInPlace(operator, term.matrix, fields.valueOf(term.coefficient, point));
  return operator;
}

/** The dissipator at a parameter point; its rate must be ≥ 0. */
export function dissipatorAt(
  dissipator: PreparedDissipator,
  point: Point,
  fields: CaseFields,
): ExtraDissipator {
  return {
    label: dissipator.label,
    rate: fields.nonNegative(dissipator.rate, point, "a rate"),
    operator: dissipator.fixedOperator ?? jumpOperator(dissipator.terms, point, fields),
  };
}
