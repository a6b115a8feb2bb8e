import type { ComplexMatrix } from "../linalg/complex-matrix.js";
import { OperatorStringError, parseOperatorString } from "../physics/operator-string.js";
import type { CompiledExpression } from "./expression.js";
import { InputError } from "../input-error.js";
import {
  describeOverrides,
  type ParameterOverrides,
  type ParameterResolver,
  type ParameterValues,
} from "./parameters.js";

/** A number-or-expression field of a case, compiled once: a constant, or an expression of the parameters. */
export interface NumberField {
  /** Field path for messages, e.g. `system.baths[1].temperature`. */
  path: string;
  constant?: number;
  expression?: CompiledExpression;
}

/** One parameter point: the resolved parameters and the overrides that produced them (for messages). */
export interface Point {
  parameters: ParameterValues;
  overrides: ParameterOverrides;
}

const EXPECTED_NUMBER = "a number or an expression of the parameters";

/**
 * The fields of one case file: compiles number-or-expression fields and parses operator strings once,
 * and evaluates fields at parameter points, every failure an InputError naming the file and the field.
 */
export class CaseFields {
  readonly file: string;
  readonly resolver: ParameterResolver;
  readonly nSites: number;
  /** Hilbert-space dimension 2^nSites. */
  readonly dimension: number;

  constructor(file: string, resolver: ParameterResolver, nSites: number) {
    this.file = file;
    this.resolver = resolver;
    this.nSites = nSites;
    this.dimension = 2 ** nSites;
  }

  numberField(value: number | string, path: string): NumberField {
    if (typeof value === "number") {
      if (!Number.isFinite(value)) {
        throw new InputError({ file: this.file, path, expected: "a finite number", got: String(value) });
      }
      return { path, constant: value };
    }
    return { path, expression: this.resolver.compile(value, path, EXPECTED_NUMBER) };
  }

  /** parseOperatorString on the case's sites, its errors wrapped into InputErrors at `path`. */
  parseOperator(text: string, path: string): { operator: ComplexMatrix; support: number[] } {
    try {
      return parseOperatorString(text, this.nSites);
    } catch (error) {
      if (!(error instanceof OperatorStringError)) throw error;
      throw new InputError({
        file: this.file,
        path,
        expected: "an operator string such as sp0 sm1",
        got: JSON.stringify(text),
        reason: error.message,
      });
    }
  }

  /** The field's value at a point; an InputError when it cannot be evaluated or is not finite. */
  valueOf(field: NumberField, point: Point): number {
    if (field.constant !== undefined) return field.constant;
    const expression = field.expression!;
    let value: number;
    try {
      value = expression.evaluate(point.parameters) as number;
    } catch (error) {
      throw new InputError({
        file: this.file,
        path: field.path,
        expected: "an expression that can be evaluated",
        got: `${this.describeOrigin(expression, point)}: ${(error as Error).message}`,
      });
    }
    if (!Number.isFinite(value)) {
      throw new InputError({
        file: this.file,
        path: field.path,
        expected: "a finite number",
        got: `${value} from ${this.describeOrigin(expression, point)}`,
      });
    }
    return value;
  }

  /** The field's value at a point, which must be ≥ 0 (`what` names it in the message: "a temperature"). */
  nonNegative(field: NumberField, point: Point, what: string): number {
    const value = this.valueOf(field, point);
    if (value < 0) {
      const from = field.expression
        ? ` from ${this.describeOrigin(field.expression, point)}`
        : describeOverrides(point.overrides);
      throw new InputError({
        file: this.file,
        path: field.path,
        expected: `${what} ≥ 0`,
        got: `${value}${from}`,
      });
    }
    return value;
  }

  /** `"T2" with T2 = -0.4 at dT=3`: an expression, the values it read and the overrides, for messages. */
  private describeOrigin(expression: CompiledExpression, point: Point): string {
    const inputs = this.resolver.describeInputs(expression, point.parameters);
    return `${JSON.stringify(expression.text)} with ${inputs}${describeOverrides(point.overrides)}`;
  }
}
