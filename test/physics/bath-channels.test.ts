import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { adjoint, type ComplexMatrix } from "../../src/linalg/complex-matrix.js";
import { bathChannels } from "../../src/physics/bath-channels.js";
import { annihilationOperator } from "../helpers/jordan-wigner.js";
import type { BathStatistics } from "../../src/physics/problem.js";
import type { SpectralDensitySpec } from "../../src/physics/spectral-density.js";
import { PAULI_X, SIGMA_MINUS, siteOperator } from "../../src/physics/spin-operators.js";
import { boseEinstein } from "../../src/physics/thermal.js";
import { expectClose } from "../helpers/expect-close.js";
import { operatorOf } from "../helpers/operators.js";

function channels(
  coupling: ComplexMatrix,
  statistics: BathStatistics,
  temperature: number,
  spectralDensity: SpectralDensitySpec,
  chemicalPotential = 0,
) {
  const operator = operatorOf(coupling);
  return bathChannels({
    coupling: operator,
    hermitian: operator.isHermitian(),
    couplingLabel: "L",
    statistics,
    temperature,
    chemicalPotential,
    spectralDensity,
  });
}

const spectralDensity = fc.oneof(
  fc
    .double({ min: 0.01, max: 2, noNaN: true })
    .map((strength): SpectralDensitySpec => ({ kind: "flat", strength })),
  fc
    .double({ min: 0.01, max: 2, noNaN: true })
    .map((coefficient): SpectralDensitySpec => ({ kind: "ohmic", coefficient })),
  fc
    .double({ min: 0.01, max: 2, noNaN: true })
    .map((Gamma): SpectralDensitySpec => ({ kind: "newns", Gamma, Omega: 1000 })),
);
const temperature = fc.double({ min: 0.05, max: 10, noNaN: true });
const ratio = fc.double({ min: 1e-3, max: 40, noNaN: true });

describe("bathChannels, bosonic and spin baths (002_2a2ed7907f7a4e96.txt eq. (17))", () => {
  it("obey detailed balance S(ω)/S(−ω) = e^{ω/T}", () => {
    fc.assert(
      fc.property(
        fc.constantFrom<BathStatistics>("boson", "spin"),
        spectralDensity,
        temperature,
        ratio,
        (statistics, density, T, x) => {
          const [{ spectrum }] = channels(PAULI_X, statistics, T, density);
          const omega = x * T;
          expectClose(Math.log(spectrum(omega) / spectrum(-omega)), omega / T, 1e-9, "ln S(ω)/S(−ω)");
        },
      ),
    );
  });

  it("give a flat bosonic bath Γ(n + 1) down and Γn up, with σ⁻ and σ⁺ as channels (flipflop-qubits)", () => {
    const lowering = siteOperator(SIGMA_MINUS, 0, 2);
    const result = bathChannels({
      coupling: operatorOf(lowering),
      hermitian: false,
      couplingLabel: "sm0",
      statistics: "boson",
      temperature: 1.1,
      chemicalPotential: 0,
      spectralDensity: { kind: "flat", strength: 0.05 },
    });
    expect(result.map((c) => c.label)).toEqual(["sm0", "sm0†"]);
    expectClose(result[1].operator.dense(), adjoint(lowering), 0, "second channel operator");
    const n = 1 / (Math.exp(3 / 1.1) - 1);
    expectClose(result[0].spectrum(3), 0.05 * (n + 1), 1e-14, "lowering rate");
    expectClose(result[0].spectrum(-3), 0.05 * n, 1e-14, "raising rate");
    expect(result[1].spectrum).toBe(result[0].spectrum);
  });

  it("give one channel for a Hermitian coupling", () => {
    expect(channels(PAULI_X, "boson", 1, { kind: "flat", strength: 1 })).toHaveLength(1);
    expect(channels(PAULI_X, "spin", 1, { kind: "flat", strength: 1 })).toHaveLength(1);
  });

  it("only emit at T = 0 and saturate at γ/2 for spins at high T", () => {
    const [boson] = channels(PAULI_X, "boson", 0, { kind: "ohmic", coefficient: 0.5 });
    expect(boson.spectrum(2)).toBe(1);
    expect(boson.spectrum(-2)).toBe(0);
    const [spin] = channels(PAULI_X, "spin", 1e8, { kind: "flat", strength: 0.3 });
    expectClose(spin.spectrum(1), 0.15, 1e-8, "S(ω ≪ T)");
    expectClose(spin.spectrum(-1), 0.15, 1e-8, "S(−ω, ω ≪ T)");
  });

  it("take the ω → 0 limit at ω = 0: bosons T·γ'(0) (ohmic) or +∞ (flat), spins γ(0)/2", () => {
    const T = 0.7;
    const [ohmic] = channels(PAULI_X, "boson", T, { kind: "ohmic", coefficient: 0.2 });
    expectClose(ohmic.spectrum(0), 0.2 * T, 1e-15, "ohmic S(0)");
    expectClose(ohmic.spectrum(1e-7), ohmic.spectrum(0), 1e-6, "ohmic S(0⁺)");
    expectClose(ohmic.spectrum(-1e-7), ohmic.spectrum(0), 1e-6, "ohmic S(0⁻)");
    const [flat] = channels(PAULI_X, "boson", T, { kind: "flat", strength: 0.2 });
    expect(flat.spectrum(0)).toBe(Number.POSITIVE_INFINITY);
    const [spin] = channels(PAULI_X, "spin", T, { kind: "flat", strength: 0.2 });
    expect(spin.spectrum(0)).toBe(0.1);
    expectClose(spin.spectrum(1e-9), 0.1, 1e-8, "spin S(0⁺)");
  });

  it("uses the Bose function for ω far below and above T without overflow", () => {
    const [{ spectrum }] = channels(PAULI_X, "boson", 0.01, { kind: "flat", strength: 1 });
    expect(spectrum(100)).toBe(1);
    expect(spectrum(-100)).toBe(0);
    expectClose(spectrum(-0.01), boseEinstein(0.01, 0.01), 1e-14, "S(−T)");
  });
});

describe("bathChannels, fermionic leads (004_3bda4ae6cebee785.txt, 001_a04d396bbf339a9e.txt eq. (21))", () => {
  it("obey S_out(ω)/S_in(−ω) = e^{(ω−μ)/T}", () => {
    const c0 = annihilationOperator(0, 2);
    fc.assert(
      fc.property(
        spectralDensity,
        temperature,
        fc.double({ min: -20, max: 20, noNaN: true }),
        fc.double({ min: -2, max: 2, noNaN: true }),
        (density, T, x, mu) => {
          const [out, into] = channels(c0, "fermion", T, density, mu);
          const omega = mu + x * T;
          fc.pre(Math.abs(omega) >= 1e-6); // ohmic γ vanishes at ω = 0
          expectClose(Math.log(out.spectrum(omega) / into.spectrum(-omega)), x, 1e-9, "ln S_out/S_in");
        },
      ),
    );
  });

  it("has channels (c, γ(1 − f)) and (c†, γ f), zero outside the Newns band", () => {
    const c0 = annihilationOperator(0, 1);
    const [out, into] = bathChannels({
      coupling: operatorOf(c0, "fermion"),
      hermitian: false,
      couplingLabel: "c0",
      statistics: "fermion",
      temperature: 0.1,
      chemicalPotential: 1,
      spectralDensity: { kind: "newns", Gamma: 0.2, Omega: 100 },
    });
    expect([out.label, into.label]).toEqual(["c0", "c0†"]);
    expectClose(into.operator.dense(), adjoint(c0), 0, "c0†");
    const gamma = 0.2 * Math.sqrt(1 - 1.2 ** 2 / 100 ** 2);
    const f = 1 / (Math.exp((1.2 - 1) / 0.1) + 1);
    expectClose(out.spectrum(1.2), gamma * (1 - f), 1e-14, "S_out(1.2)");
    expectClose(into.spectrum(-1.2), gamma * f, 1e-14, "S_in(−1.2)");
    expect(out.spectrum(150)).toBe(0);
    expect(into.spectrum(-150)).toBe(0);
  });

  it("is a step at T = 0: particles leave above μ and enter below it", () => {
    const [out, into] = channels(annihilationOperator(0, 1), "fermion", 0, { kind: "flat", strength: 2 }, 1);
    expect([out.spectrum(2), out.spectrum(0.5)]).toEqual([2, 0]);
    expect([into.spectrum(-2), into.spectrum(-0.5)]).toEqual([0, 2]);
  });

  it("rejects a Hermitian coupling", () => {
    expect(() => channels(PAULI_X, "fermion", 1, { kind: "flat", strength: 1 })).toThrow(
      /needs a particle-removing \(non-Hermitian\) coupling/,
    );
  });
});

describe("bathChannels validation", () => {
  it("keeps every spectrum non-negative", () => {
    fc.assert(
      fc.property(
        fc.constantFrom<BathStatistics>("boson", "spin", "fermion"),
        spectralDensity,
        fc.double({ min: 0, max: 10, noNaN: true }),
        fc.double({ min: -2000, max: 2000, noNaN: true }),
        (statistics, density, T, omega) => {
          for (const { spectrum } of channels(SIGMA_MINUS, statistics, T, density, 0.5)) {
            expect(spectrum(omega)).toBeGreaterThanOrEqual(0);
          }
        },
      ),
    );
  });

  it("rejects bad temperatures, chemical potentials, statistics and frequencies", () => {
    const flat: SpectralDensitySpec = { kind: "flat", strength: 1 };
    expect(() => channels(PAULI_X, "boson", -1, flat)).toThrow(RangeError);
    expect(() => channels(PAULI_X, "boson", Number.POSITIVE_INFINITY, flat)).toThrow(RangeError);
    expect(() => channels(PAULI_X, "boson", 1, flat, Number.NaN)).toThrow(RangeError);
    expect(() => channels(PAULI_X, "photon" as BathStatistics, 1, flat)).toThrow(TypeError);
    expect(() => channels(PAULI_X, "boson", 1, { kind: "flat", strength: -1 })).toThrow(RangeError);
    expect(() => channels(PAULI_X, "spin", 1, flat)[0].spectrum(Number.NaN)).toThrow(RangeError);
  });
});
