import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { BaselineFile } from "../../src/baselines/baseline-file.js";
import { quantityOf } from "../../src/baselines/baseline-values.js";
import { compareCase, staleness } from "../../src/baselines/compare-baseline.js";
import { DEFAULT_TOLERANCE, parseTolerances, toleranceFor } from "../../src/baselines/tolerances.js";
import { InputError } from "../../src/input-error.js";

const defaults = { default: DEFAULT_TOLERANCE, overrides: [] };

function baseline(values: Record<string, number | string>): BaselineFile {
  return {
    format: 1,
    case: "flipflop-qubits",
    provenance: { qmebench: "0", node: "v20", platform: "linux", arch: "x64" },
    caseHash: "abc",
    engineOptions: { "global-lindblad": { method: "auto" } },
    values,
  };
}

describe("comparing a case with its baseline", () => {
  it("a number regresses exactly when |new − old| > atol + rtol·|old|", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e3, max: 1e3, noNaN: true }),
        fc.double({ min: -1e-3, max: 1e-3, noNaN: true }),
        (old, relative) => {
          const now = old * (1 + relative) + relative * 1e-9;
          const found = compareCase(
            "flipflop-qubits",
            new Map([["biased/e/observables.purity", now]]),
            baseline({ "biased/e/observables.purity": old }),
            defaults,
          );
          const limit = DEFAULT_TOLERANCE.atol + DEFAULT_TOLERANCE.rtol * Math.abs(old);
          expect(found.compared).toBe(1);
          expect(found.regressions.length).toBe(Math.abs(now - old) > limit ? 1 : 0);
          if (found.regressions.length === 1) {
            expect(found.regressions[0]).toMatchObject({
              old,
              new: now,
              difference: Math.abs(now - old),
              tolerance: limit,
            });
          }
        },
      ),
    );
  });

  it("a verdict that changes is a regression of its own, in either direction", () => {
    const old = baseline({
      "equilibrium/local-lindblad/check.gibbs-state": "expected-fail",
      "biased/redfield/check.second-law": "pass",
    });
    const found = compareCase(
      "flipflop-qubits",
      new Map([
        ["equilibrium/local-lindblad/check.gibbs-state", "pass"], // an expected failure that now passes
        ["biased/redfield/check.second-law", "fail"],
      ]),
      old,
      defaults,
    );
    expect(found.regressions.map((r) => [r.key, r.old, r.new])).toEqual([
      ["equilibrium/local-lindblad/check.gibbs-state", "expected-fail", "pass"],
      ["biased/redfield/check.second-law", "pass", "fail"],
    ]);
    expect(found.regressions[0].difference).toBeUndefined();
  });

  it("counts values new in the run as added, and ignores values the run did not make", () => {
    const found = compareCase(
      "flipflop-qubits",
      new Map([
        ["a/e/observables.purity", 0.5],
        ["a/e/observables.concurrence", 0.1],
      ]),
      baseline({ "a/e/observables.purity": 0.5, "a/other/observables.purity": 0.7 }),
      defaults,
    );
    expect(found).toMatchObject({ compared: 1, added: 1, regressions: [] });
  });

  it("groups the values into quantities: a sweep's points and a figure's indices are one quantity", () => {
    expect(quantityOf("sweep.temperature-bias/redfield/currents.left.heat@dT=1.05")).toBe(
      "sweep.temperature-bias/redfield/currents.left.heat",
    );
    expect(quantityOf("figure.paper-004-fig5/0[3,17]")).toBe("figure.paper-004-fig5/0");
    expect(quantityOf("figure.paper-001-fig6/1.global-lindblad[40]")).toBe(
      "figure.paper-001-fig6/1.global-lindblad",
    );
    expect(quantityOf("biased/redfield/observables.sz[1]")).toBe("biased/redfield/observables.sz");
    expect(quantityOf("biased/redfield/check.second-law.value")).toBe(
      "biased/redfield/check.second-law.value",
    );
  });

  it("calls a baseline stale when the case file or an engine's options changed, not when an engine is new", () => {
    const old = baseline({});
    expect(staleness(old, "abc", { "global-lindblad": { method: "auto" }, redfield: {} })).toBeUndefined();
    expect(staleness(old, "abd", {})).toMatch(/case file changed/);
    expect(staleness(old, "abc", { "global-lindblad": { method: "krylov" } })).toMatch(
      /options of global-lindblad changed \(\{"method":"auto"\} → \{"method":"krylov"\}\)/,
    );
  });
});

describe("tolerances", () => {
  const tolerances = parseTolerances(
    {
      rtol: 1e-6,
      overrides: [
        { match: "newns-double-dot/*", rtol: 1e-4 },
        { match: "newns-double-dot/*/observables.*", atol: 1e-8 },
      ],
    },
    "qmebench.config.json",
  );

  it("take the config's defaults, then the last override whose pattern matches the key", () => {
    expect(toleranceFor(tolerances, "flipflop-qubits", "biased/e/observables.purity")).toEqual({
      atol: 1e-10,
      rtol: 1e-6,
    });
    expect(toleranceFor(tolerances, "newns-double-dot", "sweep.g/e/currents.left.particle@g=1")).toEqual({
      atol: 1e-10,
      rtol: 1e-4,
    });
    // an override's missing field is the config's default, not the earlier override's
    expect(toleranceFor(tolerances, "newns-double-dot", "biased/e/observables.purity")).toEqual({
      atol: 1e-8,
      rtol: 1e-6,
    });
  });

  it("read * as any characters and everything else literally", () => {
    const literal = parseTolerances({ overrides: [{ match: "a.b/*", rtol: 1 }] }, "c.json");
    expect(toleranceFor(literal, "a.b", "x").rtol).toBe(1);
    expect(toleranceFor(literal, "aXb", "x").rtol).toBe(DEFAULT_TOLERANCE.rtol);
  });

  it.each([
    [{ rtol: -1 }, /baseline\.rtol: expected a number ≥ 0, got -1/],
    [{ atol: "small" }, /baseline\.atol: expected a number ≥ 0/],
    [{ tolerance: 1 }, /baseline\.tolerance: expected one of atol, rtol, overrides/],
    [{ overrides: [{ rtol: 1 }] }, /baseline\.overrides\[0\]\.match: expected a key pattern/],
    [{ overrides: {} }, /baseline\.overrides: expected an array/],
  ])("refuse a malformed baseline section %j, naming the field", (section, message) => {
    expect(() => parseTolerances(section, "qmebench.config.json")).toThrow(InputError);
    expect(() => parseTolerances(section, "qmebench.config.json")).toThrow(message);
  });
});
