import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { planSweep } from "../../src/runner/sweep-plan.js";

describe("planSweep", () => {
  it("keeps the 20,001 two-qubit points of the benchmark sweep in one thread, and spreads 100,001 over two", () => {
    expect(planSweep(20_001, 4, 2).workers).toBe(1);
    expect(planSweep(100_001, 4, 2).workers).toBe(2);
    expect(planSweep(100_001, 4, 16).workers).toBe(6);
  });

  it("gives workers to fewer points of heavier problems (work ∝ n⁶)", () => {
    expect(planSweep(2000, 4, 8).workers).toBe(1);
    expect(planSweep(2000, 8, 8).workers).toBe(8);
    expect(planSweep(300, 16, 4).workers).toBe(4);
  });

  it("covers every point with chunks of at most 1000, about eight per worker", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.constantFrom(2, 4, 8, 16),
        fc.integer({ min: 1, max: 64 }),
        (points, dimension, cores) => {
          const { workers, chunkPoints } = planSweep(points, dimension, cores);
          expect(workers).toBeGreaterThanOrEqual(1);
          expect(workers).toBeLessThanOrEqual(cores);
          expect(chunkPoints).toBeGreaterThanOrEqual(1);
          expect(chunkPoints).toBeLessThanOrEqual(1000);
          const chunks = Math.ceil(points / chunkPoints);
          if (chunkPoints < 1000) expect(chunks).toBeLessThanOrEqual(8 * workers);
        },
      ),
    );
  });
});
