import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_CASES_DIR } from "../../src/cases/load-case.js";
import { caseJsonSchema } from "../../src/cases/schema.js";
import { validateCaseShape } from "../../src/cases/schema-errors.js";
import { flipflopDocument } from "./case-fixtures.js";

describe("case schema", () => {
  it("is committed as cases/case.schema.json, up to date (regenerate: node dist/src/cases/write-json-schema.js)", () => {
    const committed = JSON.parse(readFileSync(join(DEFAULT_CASES_DIR, "case.schema.json"), "utf8"));
    expect(committed).toEqual(caseJsonSchema());
  });

  it("documents every field of the case format", () => {
    const undocumented: string[] = [];
    const visit = (node: unknown, path: string) => {
      if (!node || typeof node !== "object") return;
      const schema = node as Record<string, unknown>;
      const properties = schema.properties as Record<string, Record<string, unknown>> | undefined;
      for (const [name, property] of Object.entries(properties ?? {})) {
        const described = typeof property.description === "string" || name === "kind";
        if (!described) undocumented.push(`${path}.${name}`);
      }
      for (const [key, value] of Object.entries(schema)) {
        if (!Array.isArray(value)) visit(value, `${path}.${key}`);
        else for (const [i, item] of value.entries()) visit(item, `${path}.${key}[${i}]`);
      }
    };
    visit(caseJsonSchema(), "");
    expect(undocumented).toEqual([]);
  });

  it("keeps the parameters in the order they are written", () => {
    const definition = validateCaseShape(flipflopDocument(), "cases/flipflop-qubits.yaml");
    expect(Object.keys(definition.parameters).slice(0, 7)).toEqual([
      "eps",
      "V",
      "Gamma",
      "TM",
      "dT",
      "T1",
      "T2",
    ]);
  });
});
