/** Where and how an input (a case file, a `--set` value, a command-line option) is wrong. */
export interface InputErrorDetail {
  /** The file (or command-line flag) the input came from, e.g. `cases/flipflop-qubits.yaml` or `--set`. */
  file: string;
  /** Field path inside it, e.g. `system.baths[1].temperature`, or a location such as `line 3, column 7`; may be empty. */
  path: string;
  /** What would have been accepted, e.g. `a number or an expression`. */
  expected: string;
  /** What was found, already formatted (strings quoted by the caller), e.g. `"hot"`. */
  got: string;
  /**
   * A sentence that replaces `expected …, got …` in the message when that phrasing reads badly,
   * e.g. `cyclic definition T1 → T2 → T1`. The structured fields are kept either way.
   */
  reason?: string;
}

/**
 * An error in user input. The CLI prints its message and exits with status 2 (DESIGN.md, command-line
 * contract), so the message alone must say which file, which field, what was expected and what was found:
 *
 *     cases/x.yaml: system.baths[1].temperature: expected a number or an expression, got "hot"
 */
export class InputError extends Error {
  readonly file: string;
  readonly path: string;
  readonly expected: string;
  readonly got: string;

  constructor(detail: InputErrorDetail) {
    const location = [detail.file, detail.path].filter((part) => part !== "").join(": ");
    const problem = detail.reason ?? `expected ${detail.expected}, got ${detail.got}`;
    super(location === "" ? problem : `${location}: ${problem}`);
    this.name = "InputError";
    this.file = detail.file;
    this.path = detail.path;
    this.expected = detail.expected;
    this.got = detail.got;
  }
}

/** Formats a field path from its keys: `["system", "baths", 1, "temperature"]` → `system.baths[1].temperature`. */
export function formatFieldPath(keys: readonly PropertyKey[]): string {
  let path = "";
  for (const key of keys) {
    if (typeof key === "number") path += `[${key}]`;
    else path += path === "" ? String(key) : `.${String(key)}`;
  }
  return path;
}

/** Describes a found value for the `got` part of a message: strings quoted, lists and mappings as short JSON. */
export function describeInput(value: unknown): string {
  if (value === undefined) return "nothing (the field is missing)";
  if (value === null) return "an empty value";
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  const json = JSON.stringify(value);
  const kind = Array.isArray(value) ? "a list" : "a mapping";
  return json === undefined ? kind : `${kind} ${json.length > 60 ? `${json.slice(0, 57)}...` : json}`;
}
