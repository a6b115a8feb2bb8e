import { InputError } from "../input-error.js";
import type { CompiledExpression } from "./expression.js";
import type { ParameterResolver, ParameterValues } from "./parameters.js";

/** The loop variable of one expanded entry: `{ i: 3 }`, or none. */
export type IndexBinding = Readonly<Record<string, number>>;

/** One entry of a list after forEach expansion: the entry, its field path and the index value it stands for. */
export interface ExpandedEntry<T> {
  entry: T;
  /** `system.hamiltonian[1]`, with `(i = 3)` appended for a repeated entry. */
  path: string;
  index: IndexBinding;
}

const PLACEHOLDER = /\{([^{}]+)\}/g;
const RANGE = /^(.+?)\.\.(.+)$/;

/**
 * Expands the repeated entries of a case (DESIGN.md, second wave: `forEach: {i: 0 .. N-1}`) and the
 * `{expression}` placeholders in operator strings and names. Ranges, placeholders and level counts are
 * whole-number expressions of the parameters; the parameters they read are the case's structural
 * parameters (`structuralNames`): the system is rebuilt when one of them changes.
 */
export class CaseTemplate {
  private readonly compiled = new Map<string, CompiledExpression>();
  private readonly structural = new Set<string>();

  constructor(
    private readonly resolver: ParameterResolver,
    private readonly file: string,
  ) {}

  /** The parameters the structure depends on, as found by `register` calls so far. */
  get structuralNames(): readonly string[] {
    return [...this.structural];
  }

  /**
   * Compiles the range of an entry's forEach and the placeholders of the given texts, and records the
   * parameters they read as structural. Call once per entry when the case is prepared.
   */
  register(
    entry: { forEach?: Record<string, string> },
    path: string,
    texts: readonly { text: string; path: string }[],
  ): void {
    const indices = entry.forEach ? Object.keys(entry.forEach) : [];
    if (entry.forEach) {
      const [name, range] = Object.entries(entry.forEach)[0];
      const ends = RANGE.exec(range);
      if (!ends) {
        throw new InputError({
          file: this.file,
          path: `${path}.forEach.${name}`,
          expected: "a range such as 0 .. N-1",
          got: JSON.stringify(range),
        });
      }
      for (const end of [ends[1], ends[2]]) this.compileStructural(end.trim(), `${path}.forEach.${name}`, []);
    }
    for (const { text, path: textPath } of texts) {
      for (const match of text.matchAll(PLACEHOLDER))
        this.compileStructural(match[1].trim(), textPath, indices);
    }
  }

  /** A structural whole number (e.g. `levels: nmax`), compiled and recorded. */
  registerNumber(value: number | string, path: string): void {
    if (typeof value === "string") this.compileStructural(value.trim(), path, []);
  }

  /** The entries of a list with every forEach entry repeated over its range at these parameters. */
  expand<T extends { forEach?: Record<string, string> }>(
    entries: readonly T[],
    listPath: string,
    parameters: ParameterValues,
  ): ExpandedEntry<T>[] {
    const out: ExpandedEntry<T>[] = [];
    entries.forEach((entry, i) => {
      const path = `${listPath}[${i}]`;
      if (!entry.forEach) {
        out.push({ entry, path, index: {} });
        return;
      }
      const [name, range] = Object.entries(entry.forEach)[0];
      const [, from, to] = RANGE.exec(range)!;
      const where = `${path}.forEach.${name}`;
      const first = this.wholeNumber(from.trim(), where, parameters, {});
      const last = this.wholeNumber(to.trim(), where, parameters, {});
      for (let k = first; k <= last; k++)
        out.push({ entry, path: `${path} (${name} = ${k})`, index: { [name]: k } });
    });
    return out;
  }

  /** The text with every `{expression}` replaced by its whole-number value. */
  substitute(text: string, path: string, parameters: ParameterValues, index: IndexBinding): string {
    if (!text.includes("{")) return text;
    return text.replace(PLACEHOLDER, (_, expression: string) =>
      String(this.wholeNumber(expression.trim(), path, parameters, index)),
    );
  }

  /** A structural whole number given as a number or an expression of the parameters. */
  number(value: number | string, path: string, parameters: ParameterValues): number {
    return typeof value === "number" ? value : this.wholeNumber(value.trim(), path, parameters, {});
  }

  private compileStructural(text: string, path: string, indices: readonly string[]): CompiledExpression {
    const key = `${indices.join(",")}|${text}`;
    let expression = this.compiled.get(key);
    if (!expression) {
      expression = this.resolver.compile(text, path, "a whole-number expression of the parameters", indices);
      this.compiled.set(key, expression);
    }
    for (const symbol of expression.symbols) if (!indices.includes(symbol)) this.structural.add(symbol);
    return expression;
  }

  private wholeNumber(text: string, path: string, parameters: ParameterValues, index: IndexBinding): number {
    const indices = Object.keys(index);
    const expression =
      this.compiled.get(`${indices.join(",")}|${text}`) ?? this.compileStructural(text, path, indices);
    const scope = indices.length === 0 ? parameters : { ...parameters, ...index };
    const value = expression.evaluate(scope) as number;
    const rounded = Math.round(value);
    if (!Number.isFinite(value) || Math.abs(value - rounded) > 1e-9 * Math.max(1, Math.abs(value))) {
      const inputs = this.resolver.describeInputs(expression, scope);
      throw new InputError({
        file: this.file,
        path,
        expected: `a whole number from ${JSON.stringify(text)}`,
        got: `${value} with ${inputs}`,
      });
    }
    return rounded;
  }
}
