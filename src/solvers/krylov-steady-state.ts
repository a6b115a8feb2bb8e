import { ComplexMatrix } from "../linalg/complex-matrix.js";
import type { HermitianEigenDecomposition } from "../linalg/eigen.js";
import { gmres } from "../linalg/gmres.js";
import { SandwichSuperoperator } from "../superoperators/sandwich-superoperator.js";
import type { Superoperator } from "../superoperators/superoperator.js";
import { EigenbasisPreconditioner } from "./eigenbasis-preconditioner.js";
import { frobeniusOf, hermitiseAndNormalise } from "./normalised-state.js";
import { SteadyStateError, type SteadyStateResult } from "./steady-state-result.js";

/** Largest Hilbert-space dimension of the Krylov method: n = 512 (nine spins) keeps 40 vectors of 8 MiB. */
export const KRYLOV_LIMIT = 512;

export interface KrylovOptions {
  /** The eigendecomposition of H_S, for the preconditioner (required for generators in sandwich form). */
  eigen?: HermitianEigenDecomposition;
  /** Relative residual ‖L̃x − b‖/‖b‖ at which GMRES stops. Default 1e-12. */
  tolerance?: number;
  maxIterations?: number;
  restart?: number;
  /** See PreconditionerOptions (defaults κ = 5, 1500 slow elements). */
  kappa?: number;
  maxSlow?: number;
}

/** Above this condition estimate of the preconditioner's slow block the kernel may be degenerate. */
const DEGENERACY_WARNING = 1e12;

/**
 * The steady state of L by GMRES on the trace-bordered system L̃ρ = 1/n with L̃ = L + (1/n)·1·Tr(·):
 * for a trace-preserving L with a one-dimensional kernel L̃ is invertible and its solution is the steady
 * state with Tr ρ = 1 (wᵀL = 0 for the trace functional w, so Tr(L̃ρ) = Tr ρ). Right-preconditioned by
 * the eigenbasis preconditioner (eigenbasis-preconditioner.ts) for generators in sandwich form, else by
 * nothing. Matrix-free: the generator is only applied (`applyInto`), so memory is a few dozen n×n
 * matrices. The result is Hermitised (ρ + ρ†)/2 and carries its residual ‖Lρ‖_F/(scale·‖ρ‖_F), the
 * iterations and the preconditioner's size; a solve that did not reach its tolerance is a
 * SteadyStateError with its residual, never a silent answer. Krylov does not decide the kernel
 * dimension: a nearly singular slow block is reported as a warning.
 */
export function krylovSteadyState(generator: Superoperator, options: KrylovOptions = {}): SteadyStateResult {
  const n = generator.dimension;
  if (n > KRYLOV_LIMIT) {
    throw new RangeError(
      `invalid argument. The Krylov method handles Hilbert-space dimension up to ${KRYLOV_LIMIT} (Liouvillian dimension ${KRYLOV_LIMIT ** 2}). Value: ${n}.`,
    );
  }
  const tolerance = options.tolerance ?? 1e-12;
  const warnings: string[] = [];
  let preconditioner: EigenbasisPreconditioner | undefined;
  if (generator instanceof SandwichSuperoperator && options.eigen) {
    preconditioner = new EigenbasisPreconditioner(generator, options.eigen, {
      kappa: options.kappa ?? 5,
      maxSlow: options.maxSlow ?? 1500,
    });
    if (preconditioner.blockCondition > DEGENERACY_WARNING) {
      warnings.push(
        `the slow block of the preconditioner is nearly singular (condition estimate ${preconditioner.blockCondition.toExponential(2)}): ` +
          "the steady state may not be unique; check with method dense on a smaller system",
      );
    }
  }
  const x = new ComplexMatrix(n, n);
  const y = new ComplexMatrix(n, n);
  const bordered = (input: Float64Array, output: Float64Array) => {
    x.data.set(input);
    generator.applyInto(x, y);
    let traceRe = 0;
    let traceIm = 0;
    for (let a = 0; a < n; a++) {
      traceRe += input[2 * (a * n + a)];
      traceIm += input[2 * (a * n + a) + 1];
    }
    for (let a = 0; a < n; a++) {
      y.data[2 * (a * n + a)] += traceRe / n;
      y.data[2 * (a * n + a) + 1] += traceIm / n;
    }
    output.set(y.data);
  };
  const identity = (input: Float64Array, output: Float64Array) => output.set(input);
  const rhs = new Float64Array(2 * n * n);
  for (let a = 0; a < n; a++) rhs[2 * (a * n + a)] = 1 / n;
  const maxIterations = options.maxIterations ?? (preconditioner ? 200 : 2000);
  const solved = gmres(
    bordered,
    preconditioner ? (input, output) => preconditioner!.apply(input, output) : identity,
    rhs,
    { tolerance, restart: options.restart ?? 40, maxIterations },
  );
  const rho = new ComplexMatrix(n, n, solved.x);
  hermitiseAndNormalise(rho);
  const image = generator.applyInto(rho, new ComplexMatrix(n, n));
  const scale = preconditioner?.generatorScale ?? 1;
  const residual = frobeniusOf(image) / (scale * frobeniusOf(rho));
  if (!solved.converged) {
    throw new SteadyStateError(
      `the Krylov solve did not converge: relative residual ${solved.relativeResidual.toExponential(2)} after ${solved.iterations} GMRES iterations ` +
        `(tolerance ${tolerance}, ‖Lρ‖/‖L‖‖ρ‖ = ${residual.toExponential(2)}${preconditioner ? `, slow block ${preconditioner.slowSize}` : ", no preconditioner"})`,
    );
  }
  return {
    rho,
    dimension: 1,
    warnings,
    method: "krylov",
    residual,
    iterations: solved.iterations,
    ...(preconditioner ? { conditionEstimate: preconditioner.blockCondition } : {}),
  };
}
