import type { z } from "zod";
import { describeInput, formatFieldPath, InputError } from "../input-error.js";
import { CASE, type CaseDefinition } from "./schema.js";

type Issue = z.core.$ZodIssue;
type RawIssue = z.core.$ZodRawIssue;

const TYPE_PHRASES: Readonly<Record<string, string>> = {
  number: "a number",
  int: "a whole number",
  string: "a text",
  boolean: "true or false",
  array: "a list",
  object: "a mapping",
  record: "a mapping",
};

/**
 * The "expected …" phrase for an issue the schema gives no message of its own (schema.ts writes its
 * custom messages as such phrases, so after parsing every issue.message is one).
 */
function expectedPhrase(issue: RawIssue): string {
  switch (issue.code) {
    case "invalid_type":
      return TYPE_PHRASES[issue.expected] ?? `a value of type ${issue.expected}`;
    case "invalid_value":
      return issue.values.length === 1
        ? JSON.stringify(issue.values[0])
        : `one of ${issue.values.map(String).join(", ")}`;
    case "too_small":
      return boundPhrase(issue.origin, issue.inclusive ? "≥" : ">", issue.minimum, "at least");
    case "too_big":
      return boundPhrase(issue.origin, issue.inclusive ? "≤" : "<", issue.maximum, "at most");
    default:
      return "a valid value";
  }
}

function boundPhrase(origin: string, relation: string, bound: number | bigint, countWord: string): string {
  if (origin === "array") return `${countWord} ${bound} entr${bound === 1 ? "y" : "ies"}`;
  if (origin === "string") return `${countWord} ${bound} character(s)`;
  return `a number ${relation} ${bound}`;
}

/** The value found at a path of the parsed YAML document. */
function valueAt(document: unknown, path: readonly PropertyKey[]): unknown {
  let value = document;
  for (const key of path) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/**
 * For a union that failed, the issue of the option the input was meant for: an option whose issues are
 * not all "wrong type at the union itself" matched the input's type (a mapping with one bad field),
 * so its first issue says more than "expected a number, an expression or a mapping".
 */
function innermostIssue(issue: Issue, path: readonly PropertyKey[]): { issue: Issue; path: PropertyKey[] } {
  const fullPath = [...path, ...issue.path];
  if (issue.code === "invalid_union" && issue.errors.length > 0) {
    const meant = issue.errors.find((optionIssues) =>
      optionIssues.some((inner) => !(inner.code === "invalid_type" && inner.path.length === 0)),
    );
    if (meant) return innermostIssue(pickIssue(meant), fullPath);
  }
  return { issue, path: fullPath };
}

/** The issue reported: an unknown field (usually a typo that also makes a required field look missing) first. */
function pickIssue(issues: readonly Issue[]): Issue {
  return issues.find((issue) => issue.code === "unrecognized_keys") ?? issues[0];
}

/** Converts the first zod issue into a path-qualified InputError (`system.baths[1].temperature: expected …`). */
export function inputErrorFromIssues(issues: readonly Issue[], document: unknown, file: string): InputError {
  const { issue, path } = innermostIssue(pickIssue(issues), []);
  if (issue.code === "unrecognized_keys") {
    const [key] = issue.keys;
    return new InputError({
      file,
      path: formatFieldPath([...path, key]),
      expected: issue.message,
      got: `an unknown field "${key}"`,
    });
  }
  if (issue.code === "invalid_key") {
    const key = path[path.length - 1];
    return new InputError({
      file,
      path: formatFieldPath(path),
      expected: issue.issues[0]?.message ?? issue.message,
      got: `the name ${JSON.stringify(String(key))}`,
    });
  }
  return new InputError({
    file,
    path: formatFieldPath(path),
    expected: issue.message,
    got: describeInput(valueAt(document, path)),
  });
}

/** Checks a parsed YAML document against the case schema; throws the first problem as an InputError. */
export function validateCaseShape(document: unknown, file: string): CaseDefinition {
  const result = CASE.safeParse(document, { error: expectedPhrase });
  if (!result.success) throw inputErrorFromIssues(result.error.issues, document, file);
  return result.data;
}
