import { InputError } from "../input-error.js";
import { Operator } from "../operators/operator.js";
import { OperatorStringError, parseOperatorString } from "../operators/operator-string.js";
import type { SiteSpace } from "../operators/site-space.js";
import type { IndexBinding } from "./case-template.js";
import type { CompiledExpression } from "./expression.js";
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
  /** The loop variable of a forEach entry the expression may read. */
  index?: IndexBinding;
}

/** An operator written as a sum of products, each with a coefficient field: `Σ c_k P_k`. */
export interface OperatorField {
  label: string;
  terms: { coefficient: NumberField; product: Operator }[];
  /**
   * The operator last built and its coefficients: the points of a sweep that leaves them alone share one
   * operator object, and with it what engines derive from it (eigenvectors, Bohr components).
   */
  last?: { coefficients: number[]; operator: Operator };
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
  readonly space: SiteSpace;

  constructor(file: string, resolver: ParameterResolver, space: SiteSpace) {
    this.file = file;
    this.resolver = resolver;
    this.space = space;
  }

  get nSites(): number {
    return this.space.size;
  }

  /** Hilbert-space dimension Π_s d_s. */
  get dimension(): number {
    return this.space.dimension;
  }

  /** A number-or-expression field; `index` binds the loop variable of a forEach entry. */
  numberField(value: number | string, path: string, index: IndexBinding = {}): NumberField {
    if (typeof value === "number") {
      if (!Number.isFinite(value)) {
        throw new InputError({ file: this.file, path, expected: "a finite number", got: String(value) });
      }
      return { path, constant: value };
    }
    const names = Object.keys(index);
    const expression = this.resolver.compile(value, path, EXPECTED_NUMBER, names);
    return names.length === 0 ? { path, expression } : { path, expression, index };
  }

  /**
   * An operator field: one operator string (coefficient 1) or a list of {coefficient, operator} terms.
   * `texts` are the operator strings with their placeholders already substituted.
   */
  operatorField(
    terms: readonly {
      coefficient: number | string;
      operator: string;
      path: string;
      coefficientPath: string;
    }[],
    index: IndexBinding = {},
  ): OperatorField {
    return {
      label: terms
        .map((term) => (term.coefficient === 1 ? term.operator : `${term.coefficient}·${term.operator}`))
        .join(" + "),
      terms: terms.map((term) => ({
        coefficient: this.numberField(term.coefficient, term.coefficientPath, index),
        product: this.parseOperator(term.operator, term.path),
      })),
    };
  }

  /** Σ c_k P_k of an operator field at a point, with the physical support the union of the products'. */
  operatorAt(field: OperatorField, point: Point): Operator {
    if (field.terms.length === 1 && field.terms[0].coefficient.constant === 1) return field.terms[0].product;
    const coefficients = field.terms.map((term) => this.valueOf(term.coefficient, point));
    const last = field.last;
    if (last && coefficients.every((c, k) => c === last.coefficients[k])) return last.operator;
    const operator = Operator.sum(
      this.space,
      field.terms.map((term, k) => ({ re: coefficients[k], operator: term.product })),
      field.label,
    );
    field.last = { coefficients, operator };
    return operator;
  }

  /** parseOperatorString on the case's sites, its errors wrapped into InputErrors at `path`. */
  parseOperator(text: string, path: string): Operator {
    try {
      return parseOperatorString(text, this.space);
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
    const scope = field.index ? { ...point.parameters, ...field.index } : point.parameters;
    try {
      value = expression.evaluate(scope) as number;
    } catch (error) {
      throw new InputError({
        file: this.file,
        path: field.path,
        expected: "an expression that can be evaluated",
        got: `${this.describeOrigin(expression, point, field.index)}: ${(error as Error).message}`,
      });
    }
    if (!Number.isFinite(value)) {
      throw new InputError({
        file: this.file,
        path: field.path,
        expected: "a finite number",
        got: `${value} from ${this.describeOrigin(expression, point, field.index)}`,
      });
    }
    return value;
  }

  /** The field's value at a point, which must be ≥ 0 (`what` names it in the message: "a temperature"). */
  nonNegative(field: NumberField, point: Point, what: string): number {
    const value = this.valueOf(field, point);
    if (value < 0) {
      const from = field.expression
        ? ` from ${this.describeOrigin(field.expression, point, field.index)}`
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
  private describeOrigin(expression: CompiledExpression, point: Point, index?: IndexBinding): string {
    const inputs = this.resolver.describeInputs(
      expression,
      index ? { ...point.parameters, ...index } : point.parameters,
    );
    return `${JSON.stringify(expression.text)} with ${inputs}${describeOverrides(point.overrides)}`;
  }
}
