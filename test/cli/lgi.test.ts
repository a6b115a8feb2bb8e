import { describe, expect, it } from "vitest";
import { qmebench } from "../helpers/cli.js";

describe("qmebench lgi", () => {
  it("prints tau, F, C, mlgi, tauAtMax; Γ → 0 puts the maximum at Vτ = π/6 (eq. (23))", () => {
    const { status, stdout } = qmebench([
      "lgi",
      "flipflop-qubits",
      "--engine",
      "global-lindblad",
      "--set",
      "Gamma=1e-9",
      "--set",
      "dT=1",
      "--json",
    ]);
    expect(status).toBe(0);
    const result = JSON.parse(stdout);
    expect(result.tau.length).toBe(result.F.length);
    expect(result.C[0]).toBeCloseTo(1, 12);
    expect(result.F[0]).toBeCloseTo(1, 12);
    expect(Math.abs(result.tauAtMax - Math.PI / 6)).toBeLessThan(1e-6);
    expect(result.mlgi).toBeGreaterThan(0);
  });
  it("exits 2 on an observable that is not dichotomic", () => {
    const { status, stderr } = qmebench([
      "lgi",
      "flipflop-qubits",
      "--engine",
      "global-lindblad",
      "--observable",
      "sp0",
    ]);
    expect(status).toBe(2);
    expect(stderr).toMatch(/--observable/);
  });
});

describe("qmebench borderlines", () => {
  it("finds T_M ~ Γ^-1 for the violation border of the global equation (paper 000 Sec. IV)", () => {
    const { status, stdout } = qmebench([
      "borderlines",
      "flipflop-qubits",
      "--engine",
      "global-lindblad",
      "--gamma",
      "1e-2:1e-1:3",
      "--json",
    ]);
    expect(status).toBe(0);
    const result = JSON.parse(stdout);
    expect(Math.abs(result.violationBorder.exponent + 1)).toBeLessThan(0.01);
    expect(result.curvatureBorder.TM.every((t: number | null) => t !== null)).toBe(true);
  });
  it("exits 2 on a malformed Γ range", () => {
    expect(
      qmebench(["borderlines", "flipflop-qubits", "--engine", "global-lindblad", "--gamma", "1:0.1:3"])
        .status,
    ).toBe(2);
  });
});
