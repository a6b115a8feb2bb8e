import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { builtinRegistry } from "../../src/builtins/registry.js";
import { regressionCorrelation } from "../../src/measures/regression-correlation.js";
import { parseOperatorString } from "../../src/operators/operator-string.js";
import { thermalisingMode } from "../helpers/inline-case.js";

const registry = builtinRegistry();
const engine = registry.engine("global-lindblad");

describe("two-time correlations by the quantum regression theorem", () => {
  it("a thermal qubit: ⟨σ⁺(τ)σ⁻(0)⟩ = p_e e^{iωτ − Γτ/2} with Γ = γ(2n̄ + 1) (quantum regression, Breuer & Petruccione Sec. 3.2.4)", () => {
    // H = (w/2)σz, γ(n̄+1)D[σ⁻] + γn̄D[σ⁺]: the coherence |g⟩⟨e| that σ⁻ makes of ρ_ss turns at +w and decays
    // at half the total rate; p_e = n̄/(2n̄ + 1) is the stationary excited population
    fc.assert(
      fc.property(
        fc.double({ min: 0.5, max: 2, noNaN: true }),
        fc.double({ min: 0.3, max: 3, noNaN: true }),
        fc.constantFrom("dense", "krylov"),
        (w, T, method) => {
          const problem = thermalisingMode("spin").problemAt({ w, T, gamma: 0.1 });
          const options = registry.optionsFor(engine, problem);
          const rho = engine.steadyState!(problem, options).rho!;
          const thermal = 1 / Math.expm1(w / T);
          const total = 0.1 * (2 * thermal + 1);
          const excited = thermal / (2 * thermal + 1);
          const taus = Array.from({ length: 21 }, (_, k) => k * 2);
          const [plus, minus] = ["sp0", "sm0"].map((text) => parseOperatorString(text, problem.space));
          const c = regressionCorrelation(
            engine.generator!(problem, options).liouvillian,
            plus,
            minus,
            rho,
            taus,
            {
              method,
              tolerance: 1e-11,
            },
          );
          expect(c.errorEstimate).toBeLessThan(1e-9);
          taus.forEach((tau, k) => {
            const decay = excited * Math.exp((-total * tau) / 2);
            expect(c.re[k]).toBeCloseTo(decay * Math.cos(w * tau), 9);
            expect(c.im[k]).toBeCloseTo(decay * Math.sin(w * tau), 9);
          });
        },
      ),
      { numRuns: 20 },
    );
  });

  it("at τ = 0 it is the equal-time expectation ⟨AB⟩, and ⟨A(τ)B⟩ → ⟨A⟩⟨B⟩ as the bath erases the memory", () => {
    const problem = thermalisingMode("boson", 8).problemAt({ T: 1.5 });
    const options = registry.optionsFor(engine, problem);
    const rho = engine.steadyState!(problem, options).rho!;
    const [x, n] = ["x0", "n0"].map((text) => parseOperatorString(text, problem.space));
    const long = 400 / 0.05;
    const c = regressionCorrelation(engine.generator!(problem, options).liouvillian, n, n, rho, [0, long], {
      method: "auto",
      tolerance: 1e-10,
    });
    expect(c.re[0]).toBeCloseTo(parseOperatorString("n0 n0", problem.space).expectation(rho)[0], 12);
    expect(c.re[1]).toBeCloseTo(n.expectation(rho)[0] ** 2, 8);
    const cx = regressionCorrelation(engine.generator!(problem, options).liouvillian, x, x, rho, [long], {
      method: "auto",
      tolerance: 1e-10,
    });
    // ⟨x⟩ = 0 in the thermal state: the quadrature correlation decays to zero
    expect(Math.hypot(cx.re[0], cx.im[0])).toBeLessThan(1e-8);
  });
});
