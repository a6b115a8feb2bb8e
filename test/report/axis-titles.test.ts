import { describe, expect, it } from "vitest";
import { parameterAxisTitle, parameterSymbol, quantityAxisTitle } from "../../src/report/axis-titles.js";

describe("parameter symbols", () => {
  it("writes the parameters of the DESIGN.md cases with their symbols", () => {
    const symbols: Record<string, string> = {
      eps: "ε",
      Gamma: "Γ",
      dT: "ΔT",
      dmu: "Δμ",
      gbar: "γ̄",
      kappa: "κ",
      chi1: "χ1",
      muL: "μL",
      theta: "θ",
      lam: "λ",
      Omega: "Ω",
      delta: "δ",
    };
    for (const [name, symbol] of Object.entries(symbols)) expect(parameterSymbol(name)).toBe(symbol);
  });

  it("leaves other names alone, including names of object properties", () => {
    for (const name of ["V", "TM", "T1", "h", "N", "gc", "stats1", "constructor", "toString", "epsilonic"]) {
      expect(parameterSymbol(name)).toBe(name);
    }
    expect(parameterAxisTitle("dT")).toBe("ΔT (dT)");
    expect(parameterAxisTitle("TM")).toBe("TM");
  });
});

describe("quantityAxisTitle", () => {
  it("names currents with their symbol, bath, sign convention and unit", () => {
    expect(quantityAxisTitle("currents.left.heat")).toBe(
      "Heat current J^Q_left, bath → system (energy/time)",
    );
    expect(quantityAxisTitle("currents.right.particle")).toContain("J^N_right");
    expect(quantityAxisTitle("currents.right.particle")).toContain("(1/time)");
    expect(quantityAxisTitle("entropyProduction")).toContain("σ");
  });

  it("names observables and keeps unknown quantities as written", () => {
    expect(quantityAxisTitle("observables.concurrence")).toBe("Concurrence C");
    expect(quantityAxisTitle("observables.sz.1")).toBe("⟨σz⟩ of site 1");
    expect(quantityAxisTitle("observables.entropy")).toContain("nats");
    for (const name of ["observables.lgi", "currents.left.spin", "observables.constructor", "custom"]) {
      expect(quantityAxisTitle(name)).toBe(name);
    }
  });
});
