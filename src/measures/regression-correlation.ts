import type { Evolution } from "../dynamics/evolution.js";
import { type PropagationOptions, propagate } from "../dynamics/propagate.js";
import { ComplexMatrix, frobeniusNorm } from "../linalg/complex-matrix.js";
import type { Operator } from "../operators/operator.js";
import type { Superoperator } from "../superoperators/superoperator.js";

/** C(τ) = ⟨A(t + τ)B(t)⟩ on a τ grid, with how it was propagated and its error bound. */
export interface TwoTimeCorrelation {
  re: number[];
  im: number[];
  method: string;
  /** ‖A‖_F × the propagator's error estimate on E(τ)(Bρ): a bound on |ΔC(τ)| by Cauchy-Schwarz. */
  errorEstimate: number;
  warnings: string[];
}

/**
 * The quantum regression theorem for a Markovian generator L (Breuer & Petruccione, The Theory of Open
 * Quantum Systems, Sec. 3.2.4; Lax 1963): ⟨A(t + τ)B(t)⟩ = Tr[A e^{Lτ}(B ρ(t))] for τ ≥ 0, with ρ(t) the
 * state at the earlier time (the steady state for stationary correlations). The operator Bρ is no state
 * (neither Hermitian nor of unit trace); it is propagated like one (src/dynamics/propagate.ts).
 */
export function regressionCorrelation(
  liouvillian: Superoperator,
  a: Operator,
  b: Operator,
  rho: ComplexMatrix,
  taus: readonly number[],
  options: PropagationOptions,
): TwoTimeCorrelation {
  return correlationOfMap(a, b, rho, (bRho) => propagate(liouvillian, bRho, taus, options));
}

/**
 * C(τ_k) = Tr[A E(τ_k)(B ρ)] for a dynamical map E(τ) that `evolve` applies to Bρ at every τ_k: by the
 * generator (regressionCorrelation) or by Kraus operators (kraus-correlation.ts).
 */
export function correlationOfMap(
  a: Operator,
  b: Operator,
  rho: ComplexMatrix,
  evolve: (bRho: ComplexMatrix) => Evolution,
): TwoTimeCorrelation {
  const n = rho.rows;
  const evolution = evolve(b.multiplyLeftInto(rho, new ComplexMatrix(n, n)));
  const re: number[] = [];
  const im: number[] = [];
  for (const x of evolution.states) {
    const [r, i] = a.expectation(x);
    re.push(r);
    im.push(i);
  }
  return {
    re,
    im,
    method: evolution.method,
    errorEstimate: frobeniusNorm(a.dense()) * evolution.errorEstimate,
    warnings: evolution.warnings,
  };
}
