import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, extname, join, resolve } from "node:path";
import { parseDocument } from "yaml";
import { PACKAGE_ROOT } from "../package-root.js";
import { displayPath } from "./display-path.js";
import { InputError } from "../input-error.js";
import type { CaseDefinition } from "./schema.js";
import { validateCaseShape } from "./schema-errors.js";

/** The built-in cases: `cases/` at the package root (the same for the sources and the compiled dist/). */
export const DEFAULT_CASES_DIR: string = join(PACKAGE_ROOT, "cases");

const CASE_EXTENSIONS = [".yaml", ".yml"];

/** The case id a file must declare: its name without the extension. */
function idOfFile(file: string): string {
  return basename(file, extname(file));
}

/**
 * Reads, parses and checks one case file against the schema. Throws an InputError for a missing file,
 * malformed YAML (with line and column), a schema violation (with the field path), or an `id` that is
 * not the file name. Cross-field checks (parameter names, operators, ranges) happen in prepareCase.
 */
export function loadCase(file: string): CaseDefinition {
  const shown = displayPath(file);
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new InputError({
      file: shown,
      path: "",
      expected: "a readable case file",
      got: (error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (error as Error).message,
    });
  }
  const document = parseDocument(text);
  const [yamlError] = document.errors;
  if (yamlError) {
    const position = yamlError.linePos?.[0];
    const problem = yamlError.message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
    throw new InputError({
      file: shown,
      path: position ? `line ${position.line}, column ${position.col}` : "",
      expected: "valid YAML",
      got: problem,
      reason: `malformed YAML: ${problem}`,
    });
  }
  let value: unknown;
  try {
    // yaml refuses documents whose aliases expand beyond 100 times their size (a "billion laughs" file)
    value = document.toJS({ maxAliasCount: 100 });
  } catch (error) {
    throw new InputError({
      file: shown,
      path: "",
      expected: "valid YAML",
      got: (error as Error).message,
      reason: `unusable YAML: ${(error as Error).message}`,
    });
  }
  const definition = validateCaseShape(value, shown);
  const expectedId = idOfFile(file);
  if (definition.id !== expectedId) {
    throw new InputError({
      file: shown,
      path: "id",
      expected: `the file name without extension, ${JSON.stringify(expectedId)}`,
      got: JSON.stringify(definition.id),
    });
  }
  return definition;
}

/** The case files in a directory, sorted by id. */
export function listCases(casesDir: string = DEFAULT_CASES_DIR): { id: string; file: string }[] {
  return readdirSync(casesDir)
    .filter((name) => CASE_EXTENSIONS.includes(extname(name)))
    .map((name) => ({ id: idOfFile(name), file: join(casesDir, name) }))
    .sort((a, b) => a.id.localeCompare(b.id));
}

/**
 * The file of a case given by id (`flipflop-qubits`, looked up in casesDir) or by path (anything with a
 * path separator or a .yaml/.yml extension). An unknown id is an InputError listing the known ids.
 */
export function findCase(idOrPath: string, casesDir: string = DEFAULT_CASES_DIR): string {
  const looksLikePath = /[\\/]/.test(idOrPath) || CASE_EXTENSIONS.includes(extname(idOrPath));
  if (looksLikePath) {
    const file = resolve(idOrPath);
    if (!existsSync(file)) {
      throw new InputError({
        file: idOrPath,
        path: "",
        expected: "an existing case file",
        got: "no such file",
      });
    }
    return file;
  }
  const known = listCases(casesDir);
  const found = known.find((entry) => entry.id === idOrPath);
  if (!found) {
    const ids = known.map((entry) => entry.id).join(", ") || "(none)";
    throw new InputError({
      file: displayPath(casesDir),
      path: "",
      expected: `a case id (${ids}) or the path of a case file`,
      got: JSON.stringify(idOrPath),
      reason: `unknown case "${idOrPath}"; known cases: ${ids}`,
    });
  }
  return found.file;
}
