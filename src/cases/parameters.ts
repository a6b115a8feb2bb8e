import {
  type CompiledExpression,
  compileExpression,
  ExpressionError,
  type ExpressionScope,
} from "./expression.js";
import { InputError } from "../input-error.js";
import type { CaseDefinition, ConstraintDefinition } from "./schema.js";

/** Resolved parameters: numbers, and words for word parameters. Keys in the case's declaration order. */
export type ParameterValues = Record<string, number | string>;

/** Overrides as given by `--set name=value`, a scenario or a sweep: numbers, expressions or words. */
export type ParameterOverrides = Readonly<Record<string, number | string>>;

/** One parameter as declared: a constant (number or word) or a compiled expression of other parameters. */
interface ParameterNode {
  name: string;
  /** Allowed words, for a word parameter. */
  words?: readonly string[];
  constant?: number | string;
  expression?: CompiledExpression;
}

/** An override turned into what resolve() needs: a constant, or a compiled expression. */
interface ResolvedOverride {
  name: string;
  /** The value as given and where it came from, for the field path of messages (overridePath). */
  given: number | string;
  origin: string;
  constant: number | string | undefined;
  expression: CompiledExpression | undefined;
}

/** A condition every parameter point must satisfy (a case's `constraints`). */
interface ParameterConstraint {
  path: string;
  condition: CompiledExpression;
  message: string;
  source?: string;
}

/** One step of a resolution: evaluate a derived parameter, or check a constraint whose inputs are known. */
type ResolutionStep =
  { parameter: ParameterNode; constraint?: undefined } | { constraint: ParameterConstraint };

const NUMBER_LITERAL = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const EXPECTED_DEFINITION = "a number, an expression of other parameters, or a word from oneOf";

/** Where an override came from, as a field path: `--set Gamma=2` on the command line, else `<origin>.Gamma`. */
function overridePath(override: ResolvedOverride): string {
  const { name, given, origin } = override;
  return origin === "--set" ? `--set ${name}=${given}` : `${origin}.${name}`;
}

/** ` at dT=1, TM=2`: the overrides in effect, appended to messages about a parameter point. */
export function describeOverrides(overrides: ParameterOverrides): string {
  const entries = Object.entries(overrides);
  return entries.length === 0 ? "" : ` at ${entries.map(([name, value]) => `${name}=${value}`).join(", ")}`;
}

/**
 * Resolves a case's parameters at any set of overrides (DESIGN.md, "Cases"): a parameter is a number, a
 * mathjs expression of other parameters, or a word from a declared set (`oneOf`). An override replaces a
 * parameter's definition and every parameter derived from it is recomputed. The case's constraints are
 * checked as soon as the parameters they read are known, so that `T2 >= 0` fails before a parameter
 * such as bose(w, T2) breaks on the negative temperature.
 *
 * Every expression is compiled once, when the resolver is built, and the evaluation order (a topological
 * order of the dependency graph, which also proves it acyclic) is computed once; resolve() then only
 * evaluates closures over one plain object. An override that is itself an expression (`--set T2=T1`)
 * changes the graph: such overrides are compiled once per distinct text and the order is recomputed.
 */
export class ParameterResolver {
  /** Parameter names in declaration order. */
  readonly names: readonly string[];
  readonly numericNames: ReadonlySet<string>;
  readonly wordNames: ReadonlySet<string>;
  private readonly file: string;
  private readonly nodes: ReadonlyMap<string, ParameterNode>;
  /** Default values in declaration order; derived parameters hold NaN until evaluated. */
  private readonly template: ParameterValues;
  private readonly constraints: readonly ParameterConstraint[];
  /** Evaluation order of the parameters defined by expressions, with the constraint checks. */
  private readonly basePlan: readonly ResolutionStep[];
  private readonly overrideExpressions = new Map<string, CompiledExpression>();

  constructor(
    parameters: CaseDefinition["parameters"],
    file: string,
    constraints: readonly ConstraintDefinition[] = [],
  ) {
    this.file = file;
    this.names = Object.keys(parameters);
    const words = new Set<string>();
    for (const [name, definition] of Object.entries(parameters)) {
      if (typeof definition === "object" && definition.oneOf) words.add(name);
    }
    this.wordNames = words;
    this.numericNames = new Set(this.names.filter((name) => !words.has(name)));

    const nodes = new Map<string, ParameterNode>();
    const template: ParameterValues = {};
    for (const [name, definition] of Object.entries(parameters)) {
      const node = this.compileDefinition(name, definition);
      nodes.set(name, node);
      template[name] = node.constant ?? Number.NaN;
    }
    this.nodes = nodes;
    this.template = template;
    this.constraints = constraints.map((constraint, i) => ({
      path: `constraints[${i}]`,
      condition: this.compileCondition(constraint.expression, `constraints[${i}].expression`),
      message: constraint.message,
      source: constraint.source,
    }));
    this.basePlan = this.resolutionPlan(new Map());
  }

  private compileDefinition(name: string, definition: CaseDefinition["parameters"][string]): ParameterNode {
    const path = `parameters.${name}`;
    const spec = typeof definition === "object" ? definition : { value: definition };
    const value = spec.value;
    if (spec.oneOf) {
      if (typeof value !== "string" || !spec.oneOf.includes(value)) {
        throw new InputError({
          file: this.file,
          path: `${path}.value`,
          expected: `one of ${spec.oneOf.join(", ")}`,
          got: JSON.stringify(value),
        });
      }
      return { name, words: spec.oneOf, constant: value };
    }
    if (typeof value === "number") {
      if (!Number.isFinite(value)) {
        throw new InputError({ file: this.file, path, expected: "a finite number", got: String(value) });
      }
      return { name, constant: value };
    }
    return { name, expression: this.compile(value, path, EXPECTED_DEFINITION) };
  }

  /**
   * Compiles a numeric expression of the parameters (and of `indices`, the loop variables of a forEach
   * entry); an InputError at `path` when it does not compile.
   */
  compile(text: string, path: string, expected: string, indices: readonly string[] = []): CompiledExpression {
    return this.compileOfKind(text, path, expected, "number", indices);
  }

  /** Compiles a condition on the parameters (a constraint); an InputError at `path` when it does not compile. */
  compileCondition(text: string, path: string): CompiledExpression {
    return this.compileOfKind(text, path, "a condition on the parameters, e.g. Gamma < Omega", "boolean");
  }

  private compileOfKind(
    text: string,
    path: string,
    expected: string,
    kind: CompiledExpression["kind"],
    indices: readonly string[] = [],
  ): CompiledExpression {
    let compiled: CompiledExpression;
    const names = indices.length === 0 ? this.numericNames : new Set([...this.numericNames, ...indices]);
    try {
      compiled = compileExpression(text, names, this.wordNames);
    } catch (error) {
      if (!(error instanceof ExpressionError)) throw error;
      throw new InputError({
        file: this.file,
        path,
        expected,
        got: `${JSON.stringify(text)} (${error.message})`,
      });
    }
    if (compiled.kind !== kind) {
      const found = compiled.kind === "boolean" ? "the condition" : "the number-valued expression";
      throw new InputError({ file: this.file, path, expected, got: `${found} ${JSON.stringify(text)}` });
    }
    return compiled;
  }

  /**
   * The parameters at these overrides, every derived parameter recomputed. `origin` names where the
   * overrides came from in messages: `--set` (the default) or a field path such as `scenarios[1].set`.
   */
  resolve(overrides: ParameterOverrides = {}, origin = "--set"): ParameterValues {
    const values: ParameterValues = { ...this.template };
    const overridden = new Map<string, ResolvedOverride>();
    let changesGraph = false;
    for (const name of Object.keys(overrides)) {
      const override = this.resolveOverride(name, overrides[name], origin);
      overridden.set(name, override);
      if (override.constant !== undefined) values[name] = override.constant;
      else changesGraph = true;
    }
    const plan = changesGraph ? this.resolutionPlan(overridden) : this.basePlan;
    for (const step of plan) {
      if (step.constraint) {
        this.check(step.constraint, values, overrides);
        continue;
      }
      const node = step.parameter;
      const override = overridden.get(node.name);
      if (override?.constant !== undefined) continue;
      values[node.name] = this.evaluate(
        override?.expression ?? node.expression!,
        values,
        node.name,
        override,
      );
    }
    return values;
  }

  private check(
    constraint: ParameterConstraint,
    values: ExpressionScope,
    overrides: ParameterOverrides,
  ): void {
    if (constraint.condition.evaluate(values) === true) return;
    const found = `${this.describeInputs(constraint.condition, values)}${describeOverrides(overrides)}`;
    const source = constraint.source ? ` (${constraint.source})` : "";
    throw new InputError({
      file: this.file,
      path: constraint.path,
      expected: constraint.condition.text,
      got: found,
      reason: `${constraint.message}${source}: need ${constraint.condition.text}, got ${found}`,
    });
  }

  private resolveOverride(name: string, value: number | string, origin: string): ResolvedOverride {
    const given: ResolvedOverride = {
      name,
      given: value,
      origin,
      constant: undefined,
      expression: undefined,
    };
    const node = this.nodes.get(name);
    if (!node) {
      throw new InputError({
        file: this.file,
        path: overridePath(given),
        expected: `a parameter of the case (${this.names.join(", ")})`,
        got: JSON.stringify(name),
        reason: `unknown parameter "${name}"; known: ${this.names.join(", ")}`,
      });
    }
    if (node.words) {
      if (typeof value !== "string" || !node.words.includes(value.trim())) {
        throw new InputError({
          file: this.file,
          path: overridePath(given),
          expected: `one of ${node.words.join(", ")}`,
          got: JSON.stringify(value),
        });
      }
      given.constant = value.trim();
      return given;
    }
    if (typeof value === "number" || NUMBER_LITERAL.test(value.trim())) {
      const number = typeof value === "number" ? value : Number(value.trim());
      if (!Number.isFinite(number)) {
        throw new InputError({
          file: this.file,
          path: overridePath(given),
          expected: "a finite number",
          got: String(value),
        });
      }
      given.constant = number;
      return given;
    }
    let expression = this.overrideExpressions.get(value);
    if (!expression) {
      expression = this.compile(value, overridePath(given), "a number or an expression of the parameters");
      this.overrideExpressions.set(value, expression);
    }
    given.expression = expression;
    return given;
  }

  /** Evaluates the definition of a parameter (the override's, when it has one) and checks it is finite. */
  private evaluate(
    expression: CompiledExpression,
    values: ExpressionScope,
    name: string,
    override: ResolvedOverride | undefined,
  ): number {
    const path = () => (override ? overridePath(override) : `parameters.${name}`); // only built for messages
    let value: number;
    try {
      value = expression.evaluate(values) as number;
    } catch (error) {
      throw new InputError({
        file: this.file,
        path: path(),
        expected: "an expression that can be evaluated",
        got: `${JSON.stringify(expression.text)} with ${this.describeInputs(expression, values)}: ${(error as Error).message}`,
      });
    }
    if (!Number.isFinite(value)) {
      throw new InputError({
        file: this.file,
        path: path(),
        expected: "a finite number",
        got: `${value} from ${JSON.stringify(expression.text)} with ${this.describeInputs(expression, values)}`,
      });
    }
    return value;
  }

  /** `T1 = 1.1, T2 = 0.6`: the values an expression read, for messages. */
  describeInputs(expression: CompiledExpression, values: ExpressionScope): string {
    if (expression.symbols.length === 0) return "no parameters";
    return expression.symbols.map((symbol) => `${symbol} = ${values[symbol]}`).join(", ");
  }

  /** The evaluation order with each constraint placed right after the last parameter it reads. */
  private resolutionPlan(overridden: ReadonlyMap<string, ResolvedOverride>): ResolutionStep[] {
    const order = this.evaluationOrder(overridden);
    const position = new Map(order.map((node, i) => [node.name, i]));
    const after: ParameterConstraint[][] = [[], ...order.map(() => [])];
    for (const constraint of this.constraints) {
      const last = Math.max(-1, ...constraint.condition.symbols.map((symbol) => position.get(symbol) ?? -1));
      after[last + 1].push(constraint);
    }
    const plan: ResolutionStep[] = after[0].map((constraint) => ({ constraint }));
    order.forEach((node, i) => {
      plan.push({ parameter: node });
      for (const constraint of after[i + 1]) plan.push({ constraint });
    });
    return plan;
  }

  /**
   * Topological order (depth-first, in declaration order) of the parameters that need evaluating, with
   * the overrides' definitions in place of the case's. A cycle is an InputError naming it.
   */
  private evaluationOrder(overridden: ReadonlyMap<string, ResolvedOverride>): ParameterNode[] {
    const order: ParameterNode[] = [];
    const state = new Map<string, "visiting" | "done">();
    const stack: string[] = [];
    const dependenciesOf = (node: ParameterNode): readonly string[] => {
      const override = overridden.get(node.name);
      if (override) return override.expression?.symbols ?? [];
      return node.expression?.symbols ?? [];
    };
    const visit = (node: ParameterNode) => {
      const seen = state.get(node.name);
      if (seen === "done") return;
      if (seen === "visiting") {
        const cycle = [...stack.slice(stack.indexOf(node.name)), node.name];
        const start = overridden.get(cycle[0]);
        throw new InputError({
          file: this.file,
          path: start ? overridePath(start) : `parameters.${cycle[0]}`,
          expected: "a definition that does not depend on itself",
          got: cycle.join(" → "),
          reason: `cyclic definition ${cycle.join(" → ")}`,
        });
      }
      state.set(node.name, "visiting");
      stack.push(node.name);
      for (const dependency of dependenciesOf(node)) visit(this.nodes.get(dependency)!);
      stack.pop();
      state.set(node.name, "done");
      if (overridden.get(node.name)?.expression ?? (!overridden.has(node.name) && node.expression)) {
        order.push(node);
      }
    };
    for (const node of this.nodes.values()) visit(node);
    return order;
  }
}

const resolvers = new WeakMap<CaseDefinition, ParameterResolver>();

/** The (cached) resolver of a case: its expressions are compiled on the first call only. */
export function parameterResolver(caseDefinition: CaseDefinition, file: string): ParameterResolver {
  let resolver = resolvers.get(caseDefinition);
  if (!resolver) {
    resolver = new ParameterResolver(caseDefinition.parameters, file, caseDefinition.constraints);
    resolvers.set(caseDefinition, resolver);
  }
  return resolver;
}

/**
 * The case's parameters with `--set` style overrides applied (numbers, expressions of the parameters,
 * or words) and every derived parameter recomputed. Errors are InputErrors naming the file and field.
 */
export function resolveParameters(
  caseDefinition: CaseDefinition,
  overrides: ParameterOverrides,
  file: string,
): ParameterValues {
  return parameterResolver(caseDefinition, file).resolve(overrides);
}
