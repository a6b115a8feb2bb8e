import type { ExtraDissipator } from "../physics/problem.js";
import type { CaseFields, NumberField, OperatorField, Point } from "./case-fields.js";

/** An extra (non-thermal) dissipator rate·D(L) of a case, L = Σ coefficient·operator. */
export interface PreparedDissipator {
  label: string;
  rate: NumberField;
  operator: OperatorField;
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
    operator: fields.operatorAt(dissipator.operator, point),
  };
}
