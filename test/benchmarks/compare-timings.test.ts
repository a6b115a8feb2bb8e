import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { BenchmarkRecords } from "../../src/benchmarks/benchmark-records.js";
import { compareTimings, DEFAULT_TIMING_BAND } from "../../src/benchmarks/compare-timings.js";
import { time } from "../../src/benchmarks/timing.js";

const timing = (seconds: number) => ({ seconds, min: seconds, max: seconds, rme: 1, samples: 3 });

function records(steady: number, perPoint: number, sizes: number[]): BenchmarkRecords {
  return {
    format: 1,
    machine: {
      qmebench: "0",
      node: "v20",
      platform: "linux",
      arch: "x64",
      cpu: "cpu",
      cores: 2,
      memoryGigabytes: 8,
    },
    startedAt: "2026-12-01T00:00:00.000Z",
    timings: [
      {
        case: "tilted-ising-chain",
        engine: "global-lindblad",
        dimension: 4,
        steadyState: timing(steady),
        sweep: { name: "theta", points: 10, timing: timing(perPoint * 10), perPoint },
        sizes: {
          parameter: "N",
          points: sizes.map((s, k) => ({ value: k + 2, dimension: 4 ** (k + 1), timing: timing(s) })),
          stopped: "",
        },
      },
      { case: "tilted-ising-chain", engine: "newns-exact", dimension: 4, skipped: "not two fermionic modes" },
    ],
  };
}

describe("comparing timings with an earlier record", () => {
  it("calls a ratio noise inside [1/(1 + band), 1 + band], slower or faster outside", () => {
    fc.assert(
      fc.property(fc.double({ min: 0.1, max: 10, noNaN: true }), (ratio) => {
        const [change] = compareTimings(records(1e-3, 1e-4, []), records(1e-3 * ratio, 1e-4, []));
        expect(change.what).toBe("steady state");
        expect(change.ratio).toBeCloseTo(ratio, 12);
        const expected =
          ratio > 1 + DEFAULT_TIMING_BAND
            ? "slower"
            : ratio < 1 / (1 + DEFAULT_TIMING_BAND)
              ? "faster"
              : "within noise";
        expect(change.verdict).toBe(expected);
      }),
    );
  });

  it("compares the steady state, the sweep per point and every size both records have; skips the rest", () => {
    const changes = compareTimings(
      records(1e-3, 1e-4, [1e-4, 1e-3]),
      records(1e-3, 3e-4, [1e-4, 1e-3, 1e-2]),
    );
    expect(changes.map((c) => [c.what, c.verdict])).toEqual([
      ["steady state", "within noise"],
      ["sweep theta per point", "slower"],
      ["N = 2", "within noise"],
      ["N = 3", "within noise"],
    ]);
  });
});

describe("time", () => {
  it("takes at least the samples asked for, and its median lies between the fastest and the slowest", () => {
    let x = 0;
    const t = time(
      () => {
        for (let i = 0; i < 1000; i++) x += Math.sqrt(i);
      },
      { maxSeconds: 0.05, minSamples: 4 },
    );
    expect(x).toBeGreaterThan(0);
    expect(t.samples).toBeGreaterThanOrEqual(4);
    expect(t.min).toBeGreaterThan(0);
    expect(t.min).toBeLessThanOrEqual(t.seconds);
    expect(t.seconds).toBeLessThanOrEqual(t.max);
  });

  it("passes on the error of an operation that throws", () => {
    expect(() =>
      time(
        () => {
          throw new RangeError("no steady state");
        },
        { maxSeconds: 0.01, minSamples: 1 },
      ),
    ).toThrow("no steady state");
  });
});
