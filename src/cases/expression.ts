import { boseEinstein, fermiDirac } from "../physics/thermal.js";
import { type ComparisonOperator, type ExpressionNode, parseExpression } from "./expression-parser.js";

/** Parameter values by name, as handed to a compiled expression. Word parameters are never read by one. */
export type ExpressionScope = Readonly<Record<string, number | string>>;

/** A parsed expression turned into a plain JavaScript closure. */
export interface CompiledExpression {
  readonly text: string;
  /** `number` for arithmetic, `boolean` for comparisons and logic (constraints). */
  readonly kind: "number" | "boolean";
  /** The parameter names the expression reads, in order of first use. */
  readonly symbols: readonly string[];
  evaluate(scope: ExpressionScope): number | boolean;
}

/** Why an expression cannot be compiled, without the expression itself; the caller adds file, field and text. */
export class ExpressionError extends Error {
  override name = "ExpressionError";
}

type NumberFunction = (...args: number[]) => number;

/**
 * The functions an expression may call, with their number of arguments (`Infinity` for any number ≥ 1).
 * `bose(omega, T)` is the Bose occupation 1/(e^{ω/T} − 1) and `fermi(e, mu, T)` the Fermi occupation
 * 1/(e^{(e−μ)/T} + 1) of src/physics/thermal.ts (DESIGN.md conventions).
 */
const FUNCTIONS: Readonly<Record<string, { arity: number; apply: NumberFunction }>> = {
  abs: { arity: 1, apply: Math.abs },
  sign: { arity: 1, apply: Math.sign },
  sqrt: { arity: 1, apply: Math.sqrt },
  cbrt: { arity: 1, apply: Math.cbrt },
  exp: { arity: 1, apply: Math.exp },
  expm1: { arity: 1, apply: Math.expm1 },
  log: { arity: 1, apply: Math.log },
  log1p: { arity: 1, apply: Math.log1p },
  log10: { arity: 1, apply: Math.log10 },
  log2: { arity: 1, apply: Math.log2 },
  pow: { arity: 2, apply: Math.pow },
  sin: { arity: 1, apply: Math.sin },
  cos: { arity: 1, apply: Math.cos },
  tan: { arity: 1, apply: Math.tan },
  asin: { arity: 1, apply: Math.asin },
  acos: { arity: 1, apply: Math.acos },
  atan: { arity: 1, apply: Math.atan },
  atan2: { arity: 2, apply: Math.atan2 },
  sinh: { arity: 1, apply: Math.sinh },
  cosh: { arity: 1, apply: Math.cosh },
  tanh: { arity: 1, apply: Math.tanh },
  coth: { arity: 1, apply: (x) => 1 / Math.tanh(x) },
  asinh: { arity: 1, apply: Math.asinh },
  acosh: { arity: 1, apply: Math.acosh },
  atanh: { arity: 1, apply: Math.atanh },
  min: { arity: Number.POSITIVE_INFINITY, apply: Math.min },
  max: { arity: Number.POSITIVE_INFINITY, apply: Math.max },
  bose: { arity: 2, apply: boseEinstein },
  fermi: { arity: 3, apply: fermiDirac },
};

/** Named constants; a parameter of the same name takes precedence (as in mathjs). */
const CONSTANTS: Readonly<Record<string, number>> = { pi: Math.PI, e: Math.E };

const EXPRESSION_FUNCTION_NAMES: readonly string[] = Object.keys(FUNCTIONS);

type Compiled =
  | { kind: "number"; run: (scope: ExpressionScope) => number }
  | { kind: "boolean"; run: (scope: ExpressionScope) => boolean };

interface CompileContext {
  names: ReadonlySet<string>;
  words: ReadonlySet<string>;
  symbols: string[];
}

const COMPARISONS: Readonly<Record<ComparisonOperator, (a: number, b: number) => boolean>> = {
  "<": (a, b) => a < b,
  "<=": (a, b) => a <= b,
  ">": (a, b) => a > b,
  ">=": (a, b) => a >= b,
  "==": (a, b) => a === b,
  "!=": (a, b) => a !== b,
};

/**
 * Compiles an expression (the numeric part of the mathjs language, expression-parser.ts) into a closure
 * that reads parameter values from a plain scope object. A name must be a parameter or a constant (pi, e);
 * functions are those of FUNCTIONS. Arithmetic and conditions are typed apart at compile time: a
 * comparison where a number is needed (or the reverse) is an ExpressionError, not a silent 0 or 1.
 * Comparisons are exact (mathjs's `==` would compare with a relative tolerance). Evaluating a closure
 * costs tens of nanoseconds: a sweep resolves every parameter at each of its points.
 *
 * @param names numeric parameters the expression may read
 * @param words word parameters (named in the error when an expression uses one as a number)
 */
export function compileExpression(
  text: string,
  names: ReadonlySet<string>,
  words: ReadonlySet<string> = new Set(),
): CompiledExpression {
  let tree: ExpressionNode;
  try {
    tree = parseExpression(text);
  } catch (error) {
    throw new ExpressionError((error as Error).message);
  }
  const context: CompileContext = { names, words, symbols: [] };
  const compiled = compileNode(tree, context);
  return { text, kind: compiled.kind, symbols: context.symbols, evaluate: compiled.run };
}

function compileNode(node: ExpressionNode, context: CompileContext): Compiled {
  switch (node.type) {
    case "number": {
      const value = node.value;
      return { kind: "number", run: () => value };
    }
    case "boolean": {
      const value = node.value;
      return { kind: "boolean", run: () => value };
    }
    case "symbol":
      return compileSymbol(node.name, context);
    case "unary":
      return compileUnary(node.operator, node.operand, context);
    case "binary":
      return compileBinary(node.operator, node.left, node.right, context);
    case "comparison":
      return compileComparison(node.operators, node.operands, context);
    case "call":
      return compileCall(node.name, node.args, context);
    case "conditional":
      return compileConditional(node.condition, node.whenTrue, node.whenFalse, context);
  }
}

function compileSymbol(name: string, context: CompileContext): Compiled {
  if (context.names.has(name)) {
    if (!context.symbols.includes(name)) context.symbols.push(name);
    return { kind: "number", run: (scope) => scope[name] as number };
  }
  if (context.words.has(name)) {
    throw new ExpressionError(`"${name}" is a word parameter and cannot be used as a number`);
  }
  if (Object.hasOwn(CONSTANTS, name)) {
    const value = CONSTANTS[name];
    return { kind: "number", run: () => value };
  }
  const known = [...context.names].join(", ") || "(none)";
  throw new ExpressionError(`unknown name "${name}"; known parameters: ${known}`);
}

function numberOperand(node: ExpressionNode, context: CompileContext): (scope: ExpressionScope) => number {
  const compiled = compileNode(node, context);
  if (compiled.kind !== "number") {
    throw new ExpressionError(`a condition (${describeNode(node)}) stands where a number is needed`);
  }
  return compiled.run;
}

function booleanOperand(node: ExpressionNode, context: CompileContext): (scope: ExpressionScope) => boolean {
  const compiled = compileNode(node, context);
  if (compiled.kind !== "boolean") {
    throw new ExpressionError(`a number (${describeNode(node)}) stands where a condition is needed`);
  }
  return compiled.run;
}

/** A short description of a node for messages. */
function describeNode(node: ExpressionNode): string {
  switch (node.type) {
    case "number":
    case "boolean":
      return String(node.value);
    case "symbol":
      return node.name;
    case "call":
      return `${node.name}(…)`;
    case "unary":
      return `${node.operator} …`;
    case "binary":
      return `… ${node.operator} …`;
    case "comparison":
      return `… ${node.operators.join(" … ")} …`;
    case "conditional":
      return "… ? … : …";
  }
}

function compileUnary(
  operator: "-" | "+" | "not",
  operand: ExpressionNode,
  context: CompileContext,
): Compiled {
  if (operator === "not") {
    const run = booleanOperand(operand, context);
    return { kind: "boolean", run: (scope) => !run(scope) };
  }
  const run = numberOperand(operand, context);
  return operator === "-" ? { kind: "number", run: (scope) => -run(scope) } : { kind: "number", run };
}

function compileBinary(
  operator: "+" | "-" | "*" | "/" | "^" | "and" | "or",
  leftNode: ExpressionNode,
  rightNode: ExpressionNode,
  context: CompileContext,
): Compiled {
  if (operator === "and" || operator === "or") {
    const left = booleanOperand(leftNode, context);
    const right = booleanOperand(rightNode, context);
    return operator === "and"
      ? { kind: "boolean", run: (scope) => left(scope) && right(scope) }
      : { kind: "boolean", run: (scope) => left(scope) || right(scope) };
  }
  const left = numberOperand(leftNode, context);
  const right = numberOperand(rightNode, context);
  switch (operator) {
    case "+":
      return { kind: "number", run: (scope) => left(scope) + right(scope) };
    case "-":
      return { kind: "number", run: (scope) => left(scope) - right(scope) };
    case "*":
      return { kind: "number", run: (scope) => left(scope) * right(scope) };
    case "/":
      return { kind: "number", run: (scope) => left(scope) / right(scope) };
    case "^":
      return { kind: "number", run: (scope) => left(scope) ** right(scope) };
  }
}

function compileCall(name: string, argNodes: ExpressionNode[], context: CompileContext): Compiled {
  const spec = Object.hasOwn(FUNCTIONS, name) ? FUNCTIONS[name] : undefined;
  if (!spec) {
    throw new ExpressionError(
      `unknown function "${name}"; available: ${EXPRESSION_FUNCTION_NAMES.join(", ")}`,
    );
  }
  const arityOk = Number.isFinite(spec.arity) ? argNodes.length === spec.arity : argNodes.length >= 1;
  if (!arityOk) {
    const wanted = Number.isFinite(spec.arity) ? String(spec.arity) : "at least 1";
    throw new ExpressionError(`${name}() takes ${wanted} argument(s), not ${argNodes.length}`);
  }
  const args = argNodes.map((arg) => numberOperand(arg, context));
  const apply = spec.apply;
  switch (args.length) {
    case 1: {
      const [a] = args;
      return { kind: "number", run: (scope) => apply(a(scope)) };
    }
    case 2: {
      const [a, b] = args;
      return { kind: "number", run: (scope) => apply(a(scope), b(scope)) };
    }
    case 3: {
      const [a, b, c] = args;
      return { kind: "number", run: (scope) => apply(a(scope), b(scope), c(scope)) };
    }
    default:
      return { kind: "number", run: (scope) => apply(...args.map((arg) => arg(scope))) };
  }
}

function compileConditional(
  conditionNode: ExpressionNode,
  trueNode: ExpressionNode,
  falseNode: ExpressionNode,
  context: CompileContext,
): Compiled {
  const condition = booleanOperand(conditionNode, context);
  const whenTrue = compileNode(trueNode, context);
  if (whenTrue.kind === "number") {
    const a = whenTrue.run;
    const b = numberOperand(falseNode, context);
    return { kind: "number", run: (scope) => (condition(scope) ? a(scope) : b(scope)) };
  }
  const a = whenTrue.run;
  const b = booleanOperand(falseNode, context);
  return { kind: "boolean", run: (scope) => (condition(scope) ? a(scope) : b(scope)) };
}

/** A comparison, possibly chained (`0 <= Gamma < Omega`): every link must hold. */
function compileComparison(
  operators: ComparisonOperator[],
  operandNodes: ExpressionNode[],
  context: CompileContext,
): Compiled {
  const operands = operandNodes.map((node) => numberOperand(node, context));
  const links = operators.map((operator) => COMPARISONS[operator]);
  if (links.length === 1) {
    const [left, right] = operands;
    const [link] = links;
    return { kind: "boolean", run: (scope) => link(left(scope), right(scope)) };
  }
  return {
    kind: "boolean",
    run: (scope) => {
      let left = operands[0](scope);
      for (let i = 0; i < links.length; i++) {
        const right = operands[i + 1](scope);
        if (!links[i](left, right)) return false;
        left = right;
      }
      return true;
    },
  };
}
