import { describe, expect, it } from "vitest";
import { checkTable, type CheckTableContext } from "../../src/report/check-table.js";
import type { CheckResult, EngineScenarioResults, ScenarioResults } from "../../src/runner/results.js";
import { seriesStyles } from "../../src/report/series-style.js";

const PROPERTIES = [
  { id: "trace", title: "Trace preservation", source: "Tr L(ρ) = 0" },
  { id: "gibbs", title: "Gibbs state", source: "KMS" },
  { id: "second-law", title: "Second law", source: "Spohn" },
  { id: "kraus", title: "Kraus completeness", source: "Σ K†K = 1" },
  { id: "coherence", title: "No coherence at equilibrium", source: "detailed balance" },
];

function pass(property: string, value: number, tolerance = 1e-10): CheckResult {
  return { property, status: "pass", expectedFailure: false, value, bound: 0, tolerance, message: "ok" };
}

function engine(id: string, parts: Partial<EngineScenarioResults>): EngineScenarioResults {
  return { engine: id, warnings: [], checks: [], notApplicable: [], ...parts };
}

const OUT_OF_EQUILIBRIUM = "the baths differ in temperature";

/** Three engines that run and one that does not; gibbs and coherence apply to none, kraus to one. */
function scenario(): ScenarioResults {
  return {
    name: "biased",
    description: "",
    overrides: {},
    engines: [
      engine("local", {
        checks: [pass("trace", 1e-16), pass("second-law", 0.01, 1e-12)],
        notApplicable: [
          { property: "gibbs", reason: OUT_OF_EQUILIBRIUM },
          { property: "coherence", reason: OUT_OF_EQUILIBRIUM },
        ],
      }),
      engine("global", {
        checks: [pass("trace", 2e-16)],
        notApplicable: [
          { property: "gibbs", reason: OUT_OF_EQUILIBRIUM },
          { property: "second-law", reason: "no unique steady state" },
        ],
      }),
      engine("kraus", {
        checks: [pass("trace", 3e-16, 1e-9), pass("kraus", 5e-14), pass("second-law", 0.02, 1e-12)],
        notApplicable: [{ property: "gibbs", reason: OUT_OF_EQUILIBRIUM }],
        warnings: ["ill-conditioned"],
      }),
      engine("newns", { unsupported: "needs two fermionic modes" }),
    ],
  };
}

const context: CheckTableContext = {
  properties: PROPERTIES,
  engineTitles: new Map([["local", "Local Lindblad"]]),
  engineStyles: seriesStyles(["local", "global", "kraus"]),
  anchor: "scenario--case--biased",
  failureAnchors: new Map(),
  cite: (text) => [{ text }],
};

describe("checkTable", () => {
  const table = checkTable(scenario(), context);

  it("has a column for each property checked for some engine here, in run order, and a row per running engine", () => {
    expect(table.columns.map((c) => c.id)).toEqual(["trace", "second-law", "kraus"]);
    expect(table.rows.map((r) => r.id)).toEqual(["local", "global", "kraus"]);
    expect(table.rows[0].title).toBe("Local Lindblad");
    expect(table.rows[2].warningCount).toBe(1);
  });

  it("names the properties that apply to no engine here with their reasons, and the unsupported engines", () => {
    expect(table.notApplicable).toEqual([
      {
        reason: OUT_OF_EQUILIBRIUM,
        properties: [
          { id: "gibbs", title: "Gibbs state" },
          { id: "coherence", title: "No coherence at equilibrium" },
        ],
      },
    ]);
    expect(table.unsupported).toEqual([
      { reason: "needs two fermionic modes", engines: [{ id: "newns", title: "newns" }] },
    ]);
  });

  it("gives a not-applicable cell a lettered note with the reason, and marks never-planned cells", () => {
    const globalSecondLaw = table.rows[1].cells[1];
    expect(globalSecondLaw.verdict).toBe("not-applicable");
    expect(globalSecondLaw.note?.mark).toBe("a");
    expect(table.notes).toEqual([
      { mark: "a", anchor: "scenario--case--biased--note-a", reason: "no unique steady state" },
    ]);
    expect(table.rows[0].cells[2].verdict).toBe("not-planned");
    expect(table.hasNotPlanned).toBe(true);
  });

  it("states a bound or tolerance shared by the whole column in its header, and a differing one in each cell", () => {
    const [trace, secondLaw] = table.columns;
    expect(trace.bound?.text).toBe("0");
    expect(trace.tolerance).toBeUndefined();
    expect(table.rows.map((r) => r.cells[0].tolerance?.text)).toEqual(["1×10⁻¹⁰", "1×10⁻¹⁰", "1×10⁻⁹"]);
    expect(secondLaw.tolerance?.text).toBe("1×10⁻¹²");
    expect(table.rows[0].cells[1].tolerance).toBeUndefined();
  });

  it("shows a pass by its symbol and value, a failure with its word and a link to its details", () => {
    const failing = scenario();
    failing.engines[0].checks[1] = { ...failing.engines[0].checks[1], status: "fail", value: -0.5 };
    const anchors = new Map([["local second-law", "failure--x"]]);
    const cells = checkTable(failing, { ...context, failureAnchors: anchors }).rows[0].cells;
    expect(cells[0]).toMatchObject({
      verdict: "pass",
      symbol: "✓",
      showLabel: false,
      value: { text: "1×10⁻¹⁶" },
    });
    expect(cells[1]).toMatchObject({
      verdict: "fail",
      label: "fail",
      showLabel: true,
      detailAnchor: "failure--x",
    });
  });
});
