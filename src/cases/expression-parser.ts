/**
 * A parser for the numeric part of the mathjs expression language (DESIGN.md: parameters are "mathjs
 * expressions of other parameters"), with mathjs's operator precedence and associativity:
 *
 *   a ? b : c                    conditional (lowest, right-associative)
 *   or, and                      logical
 *   == != < > <= >=              comparisons, chainable: 0 <= x < 1 means 0 <= x and x < 1
 *   + -                          addition, subtraction
 *   * /                          multiplication, division
 *   - + not                      unary (so -2^2 = -4, as in mathjs)
 *   ^                            power (right-associative; 2^-1 = 0.5)
 *   f(a, b)  (…)  names  numbers  true  false
 *
 * Anything else mathjs would accept — implicit multiplication (`2 pi`), units, matrices, strings,
 * `mod`, `!`, assignments — is rejected with a message, so a case file never means something different
 * here than in mathjs. mathjs itself is not loaded at run time: loading it and its parser costs
 * 0.4 - 0.8 s per process, most of the 2 s budget of a 20,001-point sweep.
 * test/cases/expression.test.ts checks this parser against mathjs on random expressions.
 */

export type ExpressionNode =
  | { type: "number"; value: number }
  | { type: "boolean"; value: boolean }
  | { type: "symbol"; name: string }
  | { type: "unary"; operator: "-" | "+" | "not"; operand: ExpressionNode }
  | {
      type: "binary";
      operator: "+" | "-" | "*" | "/" | "^" | "and" | "or";
      left: ExpressionNode;
      right: ExpressionNode;
    }
  | { type: "comparison"; operators: ComparisonOperator[]; operands: ExpressionNode[] }
  | { type: "call"; name: string; args: ExpressionNode[] }
  | { type: "conditional"; condition: ExpressionNode; whenTrue: ExpressionNode; whenFalse: ExpressionNode };

export type ComparisonOperator = "==" | "!=" | "<" | ">" | "<=" | ">=";

/** A malformed expression; the message says what was found where (1-based character position). */
export class ExpressionSyntaxError extends Error {
  override name = "ExpressionSyntaxError";
}

interface Token {
  kind: "number" | "name" | "operator" | "end";
  text: string;
  /** 1-based position of the token's first character. */
  position: number;
  value?: number;
}

const NUMBER = /^(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/;
const NAME = /^[A-Za-z_][A-Za-z0-9_]*/;
const OPERATORS = ["<=", ">=", "==", "!=", "<", ">", "+", "-", "*", "/", "^", "(", ")", ",", "?", ":"];
const COMPARISONS: readonly string[] = ["==", "!=", "<", ">", "<=", ">="];
/** mathjs operator words this subset does not support (they would otherwise read as unknown names). */
const UNSUPPORTED_WORDS: readonly string[] = ["mod", "xor", "to", "in"];

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let index = 0;
  while (index < text.length) {
    const rest = text.slice(index);
    const space = /^\s+/.exec(rest);
    if (space) {
      index += space[0].length;
      continue;
    }
    const position = index + 1;
    const number = NUMBER.exec(rest);
    if (number) {
      tokens.push({ kind: "number", text: number[0], position, value: Number(number[0]) });
      index += number[0].length;
      continue;
    }
    const name = NAME.exec(rest);
    if (name) {
      tokens.push({ kind: "name", text: name[0], position });
      index += name[0].length;
      continue;
    }
    const operator = OPERATORS.find((candidate) => rest.startsWith(candidate));
    if (!operator)
      throw new ExpressionSyntaxError(`unexpected character "${rest[0]}" at position ${position}`);
    tokens.push({ kind: "operator", text: operator, position });
    index += operator.length;
  }
  tokens.push({ kind: "end", text: "end of expression", position: text.length + 1 });
  return tokens;
}

/** Parses an expression into its syntax tree; throws ExpressionSyntaxError. */
export function parseExpression(text: string): ExpressionNode {
  const tokens = tokenize(text);
  let index = 0;
  const peek = () => tokens[index];
  const next = () => tokens[index++];
  const isOperator = (token: Token, ...texts: string[]) =>
    token.kind === "operator" && texts.includes(token.text);
  const isWord = (token: Token, word: string) => token.kind === "name" && token.text === word;
  const unexpected = (token: Token, wanted?: string): never => {
    const found = token.kind === "end" ? "end of expression" : `"${token.text}"`;
    throw new ExpressionSyntaxError(
      `unexpected ${found} at position ${token.position}${wanted ? `; expected ${wanted}` : ""}`,
    );
  };
  const expect = (operator: string) => {
    const token = next();
    if (!isOperator(token, operator)) unexpected(token, `"${operator}"`);
  };

  const conditional = (): ExpressionNode => {
    const condition = logicalOr();
    if (!isOperator(peek(), "?")) return condition;
    next();
    const whenTrue = conditional();
    expect(":");
    const whenFalse = conditional();
    return { type: "conditional", condition, whenTrue, whenFalse };
  };

  const logicalOr = (): ExpressionNode => {
    let left = logicalAnd();
    while (isWord(peek(), "or")) {
      next();
      left = { type: "binary", operator: "or", left, right: logicalAnd() };
    }
    return left;
  };

  const logicalAnd = (): ExpressionNode => {
    let left = comparison();
    while (isWord(peek(), "and")) {
      next();
      left = { type: "binary", operator: "and", left, right: comparison() };
    }
    return left;
  };

  const comparison = (): ExpressionNode => {
    const first = additive();
    const operators: ComparisonOperator[] = [];
    const operands = [first];
    while (peek().kind === "operator" && COMPARISONS.includes(peek().text)) {
      operators.push(next().text as ComparisonOperator);
      operands.push(additive());
    }
    return operators.length === 0 ? first : { type: "comparison", operators, operands };
  };

  const additive = (): ExpressionNode => {
    let left = multiplicative();
    while (isOperator(peek(), "+", "-")) {
      const operator = next().text as "+" | "-";
      left = { type: "binary", operator, left, right: multiplicative() };
    }
    return left;
  };

  const startsOperand = (token: Token) =>
    token.kind === "number" ||
    (token.kind === "name" && !["and", "or", ...UNSUPPORTED_WORDS].includes(token.text)) ||
    isOperator(token, "(");

  const multiplicative = (): ExpressionNode => {
    let left = unary();
    for (;;) {
      const token = peek();
      if (isOperator(token, "*", "/")) {
        next();
        left = { type: "binary", operator: token.text as "*" | "/", left, right: unary() };
      } else if (startsOperand(token)) {
        throw new ExpressionSyntaxError(
          `implicit multiplication before "${token.text}" at position ${token.position}; write the * explicitly`,
        );
      } else {
        return left;
      }
    }
  };

  const unary = (): ExpressionNode => {
    const token = peek();
    if (isOperator(token, "-", "+")) {
      next();
      return { type: "unary", operator: token.text as "-" | "+", operand: unary() };
    }
    if (isWord(token, "not")) {
      next();
      return { type: "unary", operator: "not", operand: unary() };
    }
    return power();
  };

  const power = (): ExpressionNode => {
    const base = primary();
    if (!isOperator(peek(), "^")) return base;
    next();
    return { type: "binary", operator: "^", left: base, right: unary() };
  };

  const primary = (): ExpressionNode => {
    const token = next();
    if (token.kind === "number") return { type: "number", value: token.value! };
    if (isOperator(token, "(")) {
      const inner = conditional();
      expect(")");
      return inner;
    }
    if (token.kind === "name") {
      if (UNSUPPORTED_WORDS.includes(token.text) || ["and", "or"].includes(token.text)) {
        return unexpected(token, 'a number, a name or "("');
      }
      if (token.text === "true" || token.text === "false")
        return { type: "boolean", value: token.text === "true" };
      if (!isOperator(peek(), "(")) return { type: "symbol", name: token.text };
      next();
      const args: ExpressionNode[] = [];
      if (!isOperator(peek(), ")")) {
        args.push(conditional());
        while (isOperator(peek(), ",")) {
          next();
          args.push(conditional());
        }
      }
      expect(")");
      return { type: "call", name: token.text, args };
    }
    return unexpected(token, 'a number, a name or "("');
  };

  const tree = conditional();
  const last = peek();
  if (last.kind !== "end") {
    if (last.kind === "name" && UNSUPPORTED_WORDS.includes(last.text)) {
      throw new ExpressionSyntaxError(
        `unsupported operator "${last.text}" at position ${last.position}; expressions use + - * / ^, comparisons, and, or, not, ? :`,
      );
    }
    unexpected(last);
  }
  return tree;
}
