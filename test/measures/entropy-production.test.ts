import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { entropyProduction } from "../../src/measures/entropy-production.js";
import { expectClose } from "../helpers/expect-close.js";
import { flipFlopSteadyStateCurrents } from "./qubit-baths.js";

const temperatureArbitrary = fc.double({ min: 0.05, max: 20, noNaN: true });

function current(heat: number) {
  return { energy: heat, particle: 0, heat };
}

describe("entropyProduction", () => {
  it("is σ = J^Q_L (1/T_R − 1/T_L) ≥ 0 at the steady state of two qubits between two baths (second law)", () => {
    fc.assert(
      fc.property(temperatureArbitrary, temperatureArbitrary, (left, right) => {
        const currents = flipFlopSteadyStateCurrents({ left, right });
        const sigma = entropyProduction(currents, { left, right });
        expect(sigma).toBeGreaterThanOrEqual(-1e-15);
        expectClose(sigma, currents.left.heat * (1 / right - 1 / left), 1e-12);
      }),
      { numRuns: 30 },
    );
  });

  it("vanishes when all baths have the same temperature and the heat currents balance", () => {
    fc.assert(
      fc.property(temperatureArbitrary, fc.double({ min: -1, max: 1, noNaN: true }), (t, heat) => {
        expectClose(entropyProduction({ a: current(heat), b: current(-heat) }, { a: t, b: t }), 0, 1e-15);
      }),
    );
  });

  it("accepts the temperatures as a list of baths", () => {
    const currents = { hot: current(0.2), cold: current(-0.2) };
    const baths = [
      { name: "hot", temperature: 2 },
      { name: "cold", temperature: 1 },
    ];
    expectClose(entropyProduction(currents, baths), -0.2 / 2 + 0.2 / 1, 1e-15);
  });

  it("is +∞ when a zero-temperature bath absorbs heat, −∞ when it gives heat, finite when it is at rest", () => {
    expect(entropyProduction({ hot: current(0.1), cold: current(-0.1) }, { hot: 1, cold: 0 })).toBe(
      Number.POSITIVE_INFINITY,
    );
    expect(entropyProduction({ cold: current(0.1) }, { cold: 0 })).toBe(Number.NEGATIVE_INFINITY);
    expect(entropyProduction({ cold: current(1e-17), warm: current(-0.1) }, { cold: 0, warm: 2 })).toBe(0.05);
    expect(entropyProduction({ a: current(0.1), b: current(-0.1) }, { a: 0, b: 0 })).toBeNaN();
  });

  it("rejects negative or missing temperatures", () => {
    expect(() => entropyProduction({ a: current(0) }, { a: -1 })).toThrow(/Temperature of bath "a"/);
    expect(() => entropyProduction({ a: current(0) }, {})).toThrow(RangeError);
  });
});
