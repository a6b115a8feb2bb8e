import { type PreparedCase, prepareCase } from "../cases/build-problem.js";
import { findCase, listCases, loadCase } from "../cases/load-case.js";

/** A case by id (looked up in cases/) or by path to a YAML file, parsed, validated and prepared. */
export function openCase(idOrPath: string): PreparedCase {
  const file = findCase(idOrPath);
  return prepareCase(loadCase(file), file);
}

/** Every case shipped in cases/, prepared, in file-name order. */
export function allCases(): PreparedCase[] {
  return listCases().map(({ file }) => prepareCase(loadCase(file), file));
}

const opened = new Map<string, PreparedCase>();

/**
 * The prepared case of an id, opened once per process or worker thread and then shared: for the task
 * functions of parallel figures and maps, which are called many times in each worker.
 */
export function openCaseOnce(idOrPath: string): PreparedCase {
  let prepared = opened.get(idOrPath);
  if (!prepared) {
    prepared = openCase(idOrPath);
    opened.set(idOrPath, prepared);
  }
  return prepared;
}
