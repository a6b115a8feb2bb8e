import { afterAll, describe, expect, it } from "vitest";
import { prepareCase } from "../../src/cases/build-problem.js";
import { InputError } from "../../src/input-error.js";
import { DEFAULT_CASES_DIR, findCase, listCases, loadCase } from "../../src/cases/load-case.js";
import { flipflopDocument, temporaryCasesDir } from "./case-fixtures.js";

const cases = temporaryCasesDir();
afterAll(() => cases.remove());

function loadError(id: string, content: unknown): InputError {
  const file = cases.write(id, content);
  try {
    loadCase(file);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return error as InputError;
  }
  throw new Error(`expected ${id}.yaml to be rejected`);
}

describe("the case files in cases/", () => {
  const found = listCases();

  it("include flipflop-qubits", () => {
    expect(found.map((entry) => entry.id)).toContain("flipflop-qubits");
  });

  it.each(found.map((entry) => [entry.id, entry.file]))("%s loads and validates", (id, file) => {
    const definition = loadCase(file);
    expect(definition.id).toBe(id);
    // prepareCase checks names, operators and ranges, and builds every scenario and both ends of every sweep
    const prepared = prepareCase(definition, file);
    expect(prepared.problemAt().caseId).toBe(id);
  });
});

describe("loadCase", () => {
  it("reports malformed YAML with its line and column", () => {
    const error = loadError("broken", "id: broken\ntitle: Broken\nparameters:\n  eps: [3\n  V: 1\n");
    expect(error.path).toBe("line 5, column 3");
    expect(error.message).toMatch(/broken\.yaml: line 5, column 3: malformed YAML: Flow sequence/);
  });

  it("reports a value of the wrong type with its field path", () => {
    const document = flipflopDocument();
    document.system.baths[1].temperature = [1, 2];
    const error = loadError("flipflop-qubits", document);
    expect(error.message).toMatch(
      /flipflop-qubits\.yaml: system\.baths\[1\]\.temperature: expected a number or an expression, got a list \[1,2\]$/,
    );
    expect(error.path).toBe("system.baths[1].temperature");
  });

  it("lists the allowed words for an unknown enum word", () => {
    const document = flipflopDocument();
    document.system.sites[0].kind = "qubit";
    expect(loadError("flipflop-qubits", document).message).toMatch(
      /system\.sites\[0\]\.kind: expected one of spin, fermion, boson, got "qubit"$/,
    );
    const spectral = flipflopDocument();
    spectral.system.baths[0].spectralDensity = { kind: "lorentzian", strength: 1 };
    expect(loadError("flipflop-qubits", spectral).message).toMatch(
      /system\.baths\[0\]\.spectralDensity\.kind: expected one of flat, ohmic, newns, expression, got "lorentzian"$/,
    );
  });

  it("names an unknown field (a typo) and the allowed fields", () => {
    const document = flipflopDocument();
    document.system.baths[0].temprature = document.system.baths[0].temperature;
    delete document.system.baths[0].temperature;
    const error = loadError("flipflop-qubits", document);
    expect(error.path).toBe("system.baths[0].temprature");
    expect(error.message).toContain('got an unknown field "temprature"');
    expect(error.expected).toContain("temperature");
  });

  it("names a missing field", () => {
    const document = flipflopDocument();
    delete document.title;
    expect(loadError("flipflop-qubits", document).message).toMatch(
      /: title: expected a text, got nothing \(the field is missing\)$/,
    );
  });

  it("reports the deepest problem inside a mapping given where a union is expected", () => {
    const document = flipflopDocument();
    document.parameters.eps = { value: 3, descripton: "typo" };
    expect(loadError("flipflop-qubits", document).path).toBe("parameters.eps.descripton");
  });

  it("requires the id to equal the file name", () => {
    const error = loadError("another-name", flipflopDocument());
    expect(error.message).toMatch(
      /another-name\.yaml: id: expected the file name without extension, "another-name", got "flipflop-qubits"$/,
    );
  });

  it("reports a missing file", () => {
    expect(() => loadCase(`${cases.dir}/missing.yaml`)).toThrow(
      /missing\.yaml: expected a readable case file, got no such file/,
    );
  });
});

describe("findCase and listCases", () => {
  it("finds a built-in case by id, and a case file by path", () => {
    expect(findCase("flipflop-qubits")).toBe(
      listCases(DEFAULT_CASES_DIR).find((c) => c.id === "flipflop-qubits")?.file,
    );
    const file = cases.write("flipflop-qubits", flipflopDocument());
    expect(findCase(file)).toBe(file);
    expect(listCases(cases.dir).map((entry) => entry.id)).toContain("flipflop-qubits");
  });

  it("rejects an unknown id, listing the known ones", () => {
    const known = listCases()
      .map((entry) => entry.id)
      .join(", ");
    expect(() => findCase("flip-flop")).toThrow(InputError);
    expect(() => findCase("flip-flop")).toThrow(`unknown case "flip-flop"; known cases: ${known}`);
  });
});
