import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { InputError } from "../../src/input-error.js";
import { ParameterResolver, resolveParameters } from "../../src/cases/parameters.js";
import type { CaseDefinition } from "../../src/cases/schema.js";
import { boseEinstein } from "../../src/physics/thermal.js";
import { expectClose } from "../helpers/expect-close.js";

const FILE = "cases/example.yaml";

/** The temperature parameters of flipflop-qubits (DESIGN.md: T1,2 = TM ± dT/2) plus a derived occupation. */
const PARAMETERS: CaseDefinition["parameters"] = {
  eps: { value: 3, description: "qubit splitting" },
  TM: 1.1,
  dT: 0,
  T1: "TM + dT/2",
  T2: "TM - dT/2",
  nMean: "(bose(eps, T1) + bose(eps, T2))/2",
  stats1: { value: "spin", oneOf: ["spin", "boson"] },
};

function resolver(parameters: CaseDefinition["parameters"] = PARAMETERS): ParameterResolver {
  return new ParameterResolver(parameters, FILE);
}

function inputError(action: () => unknown): InputError {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return error as InputError;
  }
  throw new Error("expected an InputError");
}

describe("ParameterResolver", () => {
  it("recomputes derived parameters from any overrides: T1 − T2 = dT and (T1 + T2)/2 = TM", () => {
    const parameters = resolver();
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 10, noNaN: true }),
        fc.double({ min: -1, max: 1, noNaN: true }),
        (TM, bias) => {
          const dT = bias * TM;
          const values = parameters.resolve({ TM, dT });
          expectClose((values.T1 as number) - (values.T2 as number), dT, 1e-12, "T1 - T2");
          expectClose(((values.T1 as number) + (values.T2 as number)) / 2, TM, 1e-12, "(T1 + T2)/2");
          const n = (boseEinstein(3, values.T1 as number) + boseEinstein(3, values.T2 as number)) / 2;
          expectClose(values.nMean as number, n, 1e-12, "nMean");
        },
      ),
      { numRuns: 50 },
    );
  });

  it("lets T1 and T2 follow when only TM is set, and keeps the declaration order", () => {
    const values = resolver().resolve({ TM: "2" });
    expect(values).toEqual({
      eps: 3,
      TM: 2,
      dT: 0,
      T1: 2,
      T2: 2,
      nMean: boseEinstein(3, 2),
      stats1: "spin",
    });
    expect(Object.keys(values)).toEqual(Object.keys(PARAMETERS));
  });

  it("replaces the definition of an overridden derived parameter; what depends on it follows", () => {
    const values = resolver().resolve({ T1: 0.5, dT: 1 });
    expect(values.T1).toBe(0.5);
    expect(values.T2).toBe(1.1 - 0.5);
    expectClose(values.nMean as number, (boseEinstein(3, 0.5) + boseEinstein(3, 0.6)) / 2, 1e-12, "nMean");
  });

  it("accepts an expression of the other parameters as an override (--set T2=T1)", () => {
    const values = resolver().resolve({ dT: 0.4, T2: "T1" });
    expectClose(values.T2 as number, 1.3, 1e-12, "T2");
    expect(values.T2).toBe(values.T1);
  });

  it("names an unknown parameter in an override and lists the known ones", () => {
    const error = inputError(() => resolver().resolve({ Gama: 1 }));
    expect(error.message).toBe(
      `${FILE}: --set Gama=1: unknown parameter "Gama"; known: eps, TM, dT, T1, T2, nMean, stats1`,
    );
    const fromScenario = inputError(() => resolver().resolve({ Gama: 1 }, "scenarios[1].set"));
    expect(fromScenario.path).toBe("scenarios[1].set.Gama");
  });

  it("reports a cyclic definition with its cycle", () => {
    const error = inputError(() => resolver({ T1: "T2 + 1", T2: "T1 - 1" }));
    expect(error.message).toBe(`${FILE}: parameters.T1: cyclic definition T1 → T2 → T1`);
    const viaOverride = inputError(() => resolver().resolve({ TM: "T1 - 1" }));
    expect(viaOverride.message).toBe(`${FILE}: --set TM=T1 - 1: cyclic definition TM → T1 → TM`);
  });

  it("reports an unknown name in an expression, with the field path", () => {
    const error = inputError(() => resolver({ TM: 1, T1: "TM + dX/2" }));
    expect(error.path).toBe("parameters.T1");
    expect(error.message).toContain('got "TM + dX/2" (unknown name "dX"; known parameters: TM, T1)');
    const override = inputError(() => resolver().resolve({ T1: "TM + dX" }));
    expect(override.message).toContain(
      "--set T1=TM + dX: expected a number or an expression of the parameters",
    );
  });

  it("rejects a parameter that evaluates to a non-finite number", () => {
    const error = inputError(() => resolver().resolve({ eps: 0 })); // n(ω = 0) = ∞
    expect(error.path).toBe("parameters.nMean");
    expect(error.expected).toBe("a finite number");
    const division = inputError(() => resolver({ x: 0, y: "1/x" }).resolve());
    expect(division.message).toBe(
      `${FILE}: parameters.y: expected a finite number, got Infinity from "1/x" with x = 0`,
    );
  });

  it("keeps word parameters inside their declared set", () => {
    expect(resolver().resolve({ stats1: "boson" }).stats1).toBe("boson");
    const error = inputError(() => resolver().resolve({ stats1: "fermion" }));
    expect(error.message).toBe(`${FILE}: --set stats1=fermion: expected one of spin, boson, got "fermion"`);
    const badDefault = inputError(() => resolver({ stats1: { value: "bosonic", oneOf: ["spin", "boson"] } }));
    expect(badDefault.message).toBe(
      `${FILE}: parameters.stats1.value: expected one of spin, boson, got "bosonic"`,
    );
    const asNumber = inputError(() => resolver({ ...PARAMETERS, x: "stats1 + 1" }));
    expect(asNumber.message).toContain('"stats1" is a word parameter');
  });
});

describe("resolveParameters", () => {
  it("resolves a case's parameters with --set overrides", () => {
    const definition = { parameters: PARAMETERS } as CaseDefinition;
    expect(resolveParameters(definition, { dT: "1" }, FILE).T1).toBe(1.6);
    expect(resolveParameters(definition, {}, FILE).T1).toBe(1.1);
  });
});
