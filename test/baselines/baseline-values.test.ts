import { describe, expect, it } from "vitest";
import { baselineValues, quantityOf } from "../../src/baselines/baseline-values.js";
import { compareCase } from "../../src/baselines/compare-baseline.js";
import { DEFAULT_TOLERANCE } from "../../src/baselines/tolerances.js";
import { sampleRunResults } from "../report/sample-run-results.js";

describe("the numbers a baseline guards", () => {
  const results = sampleRunResults().cases[0];
  const values = baselineValues(results);
  const trajectory = results.trajectories[0];

  it("include every point of a declared trajectory, real and imaginary parts of a complex observable", () => {
    const local = trajectory.series.find((s) => s.engine === "local-lindblad")!;
    const n0 = local.observables.n0 as number[];
    const k = 7;
    const t = trajectory.times[k];
    expect(values.get(`trajectory.${trajectory.id}/local-lindblad/n0@t=${t}`)).toBe(n0[k]);
    const hop = local.observables["sp0 sm1"] as { re: number[]; im: number[] };
    expect(values.get(`trajectory.${trajectory.id}/local-lindblad/sp0 sm1.im@t=${t}`)).toBe(hop.im[k]);
    expect(values.get(`trajectory.${trajectory.id}/local-lindblad/sp0 sm1.re@t=${t}`)).toBe(hop.re[k]);
    // one quantity per engine and observable part in JUnit, not one per time
    expect(quantityOf(`trajectory.${trajectory.id}/local-lindblad/sp0 sm1.im@t=${t}`)).toBe(
      `trajectory.${trajectory.id}/local-lindblad/sp0 sm1.im`,
    );
  });

  it("leave out an engine whose evolution failed (it has no values, only its failure)", () => {
    const keys = [...values.keys()].filter((key) => key.startsWith(`trajectory.${trajectory.id}/redfield/`));
    expect(keys).toEqual([]);
    const perEngine = trajectory.times.length * 3; // n0, and sp0 sm1 as re and im
    const all = [...values.keys()].filter((key) => key.startsWith("trajectory."));
    expect(all.length).toBe(2 * perEngine);
  });

  it("record a number that is missing or not finite as such, so that losing a number is a regression", () => {
    const broken = sampleRunResults().cases[0];
    const local = broken.trajectories[0].series.find((s) => s.engine === "local-lindblad")!;
    (local.observables.n0 as number[])[7] = Number.NaN;
    const key = `trajectory.${trajectory.id}/local-lindblad/n0@t=${trajectory.times[7]}`;
    const now = baselineValues(broken);
    expect(now.get(key)).toBe("NaN");
    const found = compareCase(
      broken.id,
      now,
      {
        format: 1,
        case: broken.id,
        provenance: { qmebench: "0", node: "v20", platform: "linux", arch: "x64" },
        caseHash: "abc",
        engineOptions: {},
        values: Object.fromEntries(values),
      },
      { default: DEFAULT_TOLERANCE, overrides: [] },
    );
    expect(found.regressions).toEqual([{ case: broken.id, key, old: values.get(key), new: "NaN" }]);
  });
});
