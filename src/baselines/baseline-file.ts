import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { writeFileAtomic } from "../atomic-write.js";
import { InputError } from "../input-error.js";
import type { EngineOptions } from "../plugins/engine.js";
import type { Provenance } from "../runner/results.js";
import type { BaselineValue } from "./baseline-values.js";

/** The format of a baseline file; a file of another format is refused, not misread. */
export const BASELINE_FORMAT = 1;

/**
 * One case's baseline, `<dir>/<case>.json`: its numbers and verdicts by key (baseline-values.ts), and what
 * they were made from — the case file's hash and each engine's options, which make a comparison stale
 * when they change — and with what (provenance).
 */
export interface BaselineFile {
  format: number;
  case: string;
  provenance: Provenance;
  caseHash: string;
  engineOptions: Record<string, EngineOptions>;
  values: Record<string, BaselineValue>;
}

/** The SHA-256 of a case file's text (what a baseline was computed from). */
export function caseHash(path: string): string {
  return createHash("sha256").update(readFileSync(path)).digest("hex");
}

export function baselinePath(dir: string, caseId: string): string {
  return join(dir, `${caseId}.json`);
}

/** A case's baseline in `dir`, or undefined when there is none yet. */
export function readBaseline(dir: string, caseId: string): BaselineFile | undefined {
  const path = baselinePath(dir, caseId);
  if (!existsSync(path)) return undefined;
  let file: BaselineFile;
  try {
    file = JSON.parse(readFileSync(path, "utf8")) as BaselineFile;
  } catch (error) {
    throw new InputError({
      file: path,
      path: "",
      expected: "a baseline file (JSON)",
      got: (error as Error).message,
    });
  }
  if (file?.format !== BASELINE_FORMAT || typeof file.values !== "object" || file.case !== caseId) {
    throw new InputError({
      file: path,
      path: "format",
      expected: `a baseline of format ${BASELINE_FORMAT} for case ${caseId} (write it again with --update-baseline)`,
      got: JSON.stringify(file?.format),
    });
  }
  return file;
}

/** Writes a case's baseline (atomically: a crash keeps the old one), keys sorted for readable diffs. */
export function writeBaseline(dir: string, file: BaselineFile): void {
  const values = Object.fromEntries(
    Object.entries(file.values).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  );
  writeFileAtomic(baselinePath(dir, file.case), `${JSON.stringify({ ...file, values }, null, 1)}\n`);
}
