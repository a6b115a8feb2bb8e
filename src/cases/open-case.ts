import { type PreparedCase, prepareCase } from "./build-problem.js";
import { findCase, listCases, loadCase } from "./load-case.js";

/** A case by id (looked up in cases/) or by path to a YAML file, parsed, validated and prepared. */
export function openCase(idOrPath: string): PreparedCase {
  const file = findCase(idOrPath);
  return prepareCase(loadCase(file), file);
}

/** Every case shipped in cases/, prepared, in file-name order. */
export function allCases(): PreparedCase[] {
  return listCases().map(({ file }) => prepareCase(loadCase(file), file));
}
