import { describe, expect, it } from "vitest";
import { trajectoryCharts, trajectoryColumns } from "../../src/report/trajectory-charts.js";
import { sampleRunResults } from "./sample-run-results.js";

describe("trajectory charts", () => {
  it("draw a Hermitian observable as one quantity and a complex one as its real and imaginary parts", () => {
    const trajectory = sampleRunResults().cases[0].trajectories[0];
    const columns = trajectoryColumns(trajectory);
    expect(columns.map((c) => [c.name, c.title])).toEqual([
      ["n0", "⟨n0⟩"],
      ["sp0 sm1.re", "Re ⟨sp0 sm1⟩"],
      ["sp0 sm1.im", "Im ⟨sp0 sm1⟩"],
    ]);
    const [global, , failed] = trajectory.series;
    expect(columns[2].values(global)).toBe((global.observables["sp0 sm1"] as { im: number[] }).im);
    expect(columns[0].values(failed)).toBeUndefined();
  });

  it("refuse an engine with fewer values than times, naming the case, trajectory, engine and quantity", async () => {
    const trajectory = sampleRunResults().cases[0].trajectories[0];
    (trajectory.series[1].observables.n0 as number[]).pop();
    await expect(trajectoryCharts("flipflop-qubits", trajectory, new Map())).rejects.toThrow(
      'Trajectory "excitation-hopping" of case "flipflop-qubits": engine local-lindblad has 40 values of n0 for 41 times.',
    );
  });
});
