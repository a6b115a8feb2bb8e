import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyKraus, krausDecomposition } from "../../src/measures/kraus-decomposition.js";
import { ComplexMatrix, multiply, scale, traceOfProduct } from "../../src/linalg/complex-matrix.js";
import { expm } from "../../src/linalg/expm.js";
import { steadyStateOfMatrix as steadyState } from "../../src/solvers/dense-steady-state.js";
import { hamiltonianSuperoperator } from "../../src/linalg/superoperator.js";
import { dichotomicObservable, parseDichotomicObservable } from "../../src/measures/dichotomic-observable.js";
import { lgiAt, lgiCurve, maximalViolation } from "../../src/measures/leggett-garg.js";
import { fitPowerLaw } from "../../src/measures/power-law-fit.js";
import { brentRoot, refineMaximum } from "../../src/measures/root-finding.js";
import { GeneratorCorrelation } from "../../src/measures/two-time-correlation.js";
import { operatorMatrix } from "../helpers/operator-matrix.js";
import { siteSpace } from "../helpers/operators.js";
import { PAULI_X, PAULI_Z } from "../../src/physics/spin-operators.js";
import { expectClose } from "../helpers/expect-close.js";
import { lindbladianArbitrary } from "../helpers/random-operators.js";

const Z = dichotomicObservable(PAULI_Z, "Z0");

describe("single qubit, H = (Ω/2)σx, Q = σz (the Lüders bound is reached)", () => {
  // Unitary precession from the maximally mixed (stationary) state: C(τ) = cos Ωτ, so
  // F = 2cos Ωτ − cos 2Ωτ (eqs. (18)-(19) of 000_47becd3a7196453b.txt), maximal 3/2 at Ωτ = π/3.
  for (const omega of [0.7, 1, 2.5]) {
    it(`Ω = ${omega}: C, F in closed form, MLGI = 1/2 at τ = π/(3Ω)`, () => {
      const L = hamiltonianSuperoperator(scale(PAULI_X, omega / 2));
      const correlation = new GeneratorCorrelation(L, Z.projectorPlus, scale(ComplexMatrix.identity(2), 0.5));
      const curve = lgiCurve(correlation, 5, 51);
      curve.tau.forEach((t, k) => {
        expectClose(curve.C[k], Math.cos(omega * t), 1e-12, `C(${t})`);
        expectClose(curve.F[k], 2 * Math.cos(omega * t) - Math.cos(2 * omega * t), 1e-12, `F(${t})`);
      });
      const { mlgi, tauAtMax, window } = maximalViolation(correlation);
      expectClose(mlgi, 0.5, 1e-12, "MLGI");
      expect(Math.abs(tauAtMax! - Math.PI / (3 * omega))).toBeLessThan(1e-9);
      // F − 1 = 2cos Ωτ (1 − cos Ωτ) > 0 until Ωτ = π/2: the window's end is that root, not a grid point
      expect(window![0]).toBe(0);
      expect(Math.abs(window![1]! - Math.PI / (2 * omega))).toBeLessThan(2e-9);
    });
  }
});

describe("flip-flop qubits without baths: eq. (23) of 000_47becd3a7196453b.txt", () => {
  it("F = 1 + r23[2cos 2Vτ − cos 4Vτ − 1], maximum at Vτ = π/6, for any populations of eq. (22)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0.01, max: 1, noNaN: true }), { minLength: 4, maxLength: 4 }),
        fc.double({ min: 0.3, max: 3, noNaN: true }),
        (weights, V) => {
          const total = weights.reduce((a, b) => a + b, 0);
          const [c1, c2, c3, c4] = weights.map((w) => w / total);
          // Diagonal in |++>, |ψ±> = (|+-> ± |-+>)/√2, |--> (eq. (22)), written in the site basis.
          const rho = ComplexMatrix.from([
            [c1, 0, 0, 0],
            [0, (c2 + c3) / 2, (c3 - c2) / 2, 0],
            [0, (c3 - c2) / 2, (c2 + c3) / 2, 0],
            [0, 0, 0, c4],
          ]);
          const H = scale(operatorMatrix("X0 X1", 2), V / 2); // V(σ⁺σ⁻ + h.c.) = V(XX + YY)/2
          const HY = scale(operatorMatrix("Y0 Y1", 2), V / 2);
          const L = hamiltonianSuperoperator(addMatrices(H, HY));
          const correlation = new GeneratorCorrelation(
            L,
            parseDichotomicObservable("Z0", siteSpace(2)).projectorPlus,
            rho,
          );
          const r23 = c2 + c3;
          for (const t of [0.1, 0.4, 0.9, 1.7]) {
            expectClose(
              lgiAt(correlation, t),
              1 + r23 * (2 * Math.cos(2 * V * t) - Math.cos(4 * V * t) - 1),
              1e-10,
              `F(${t})`,
            );
          }
          const { tauAtMax } = maximalViolation(correlation);
          expect(Math.abs(tauAtMax! - Math.PI / (6 * V))).toBeLessThan(1e-9);
        },
      ),
      { numRuns: 30 },
    );
  });
});

function addMatrices(a: ComplexMatrix, b: ComplexMatrix): ComplexMatrix {
  const out = a.clone();
  for (let k = 0; k < out.data.length; k++) out.data[k] += b.data[k];
  return out;
}

describe("random Lindblad dynamics (fast-check)", () => {
  it("Kraus operators from the Choi matrix: Σ K†K = 1, g from eq. (20) equals Tr[Π⁺ exp(Lτ)(Π⁺ρ)], F ≤ 3/2", () => {
    fc.assert(
      fc.property(
        lindbladianArbitrary(2),
        fc.double({ min: 0.05, max: 3, noNaN: true }),
        (generator, tau) => {
          const rho = steadyState(generator.liouvillian).rho!;
          const correlation = new GeneratorCorrelation(generator.liouvillian, Z.projectorPlus, rho);
          const kraus = krausDecomposition(expm(scale(generator.liouvillian, tau)), 2);
          expect(kraus.completenessError).toBeLessThan(1e-10);
          expect(kraus.mostNegativeEigenvalue).toBeGreaterThan(-1e-12);
          const [kr, ki] = traceOfProduct(Z.projectorPlus, applyKraus(kraus, multiply(Z.projectorPlus, rho))); // g(τ) of eq. (20) in the Kraus form
          const [dr, di] = correlation.g(tau);
          expect(Math.hypot(kr - dr, ki - di)).toBeLessThan(1e-10);
          expect(lgiAt(correlation, tau)).toBeLessThanOrEqual(1.5 + 1e-10);
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe("observables", () => {
  it("accepts Pauli strings and rejects operators whose square is not 1", () => {
    expect(() => parseDichotomicObservable("X0 Z1", siteSpace(2))).not.toThrow();
    expect(() => parseDichotomicObservable("sp0", siteSpace(2))).toThrow(/--observable.*dichotomic/);
    expect(() => parseDichotomicObservable("Q7", siteSpace(2))).toThrow(/--observable/);
  });
});

describe("root finding and fits", () => {
  it("Brent finds cos x = x and Newton refinement finds the maximum of sin", () => {
    expect(Math.abs(brentRoot((x) => Math.cos(x) - x, 0, 1, 1e-13) - 0.7390851332151607)).toBeLessThan(1e-12);
    expect(
      Math.abs(refineMaximum((x) => [Math.cos(x), -Math.sin(x)], 1, 2.5, 1e-12) - Math.PI / 2),
    ).toBeLessThan(1e-12);
  });
  it("a log-log fit recovers an exact power law with zero standard error", () => {
    const x = [1e-3, 1e-2, 1e-1, 1];
    const fit = fitPowerLaw(
      x,
      x.map((g) => 0.7 * g ** (-1 / 3)),
    )!;
    expectClose(fit.exponent, -1 / 3, 1e-12, "exponent");
    expectClose(fit.prefactor, 0.7, 1e-12, "prefactor");
    expect(fit.stderr).toBeLessThan(1e-12);
  });
});
