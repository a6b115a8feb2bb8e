import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse, stringify } from "yaml";
import { findCase } from "../../src/cases/load-case.js";

/** A fresh, editable copy of cases/flipflop-qubits.yaml as a plain object. */
// test fixtures are edited freely, field by field
export function flipflopDocument(): any {
  return parse(readFileSync(findCase("flipflop-qubits"), "utf8"));
}

/** A temporary directory for case files written by one test file; remove() deletes it. */
export function temporaryCasesDir(): {
  dir: string;
  write(id: string, content: unknown): string;
  remove(): void;
} {
  const dir = mkdtempSync(join(tmpdir(), "qmebench-cases-"));
  return {
    dir,
    /** Writes `<id>.yaml` (a YAML string as is, anything else serialised) and returns its path. */
    write(id, content) {
      const file = join(dir, `${id}.yaml`);
      writeFileSync(file, typeof content === "string" ? content : stringify(content));
      return file;
    },
    remove() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
