import { gmres } from "../../src/linalg/gmres.js";
import { type RealLU, realLuDecomposeInPlace, realLuSolve } from "../../src/linalg/real-lu.js";
import { SteadyStateError } from "../../src/solvers/steady-state-result.js";
import type { RateBlock } from "./population-rates.js";

export interface RateEquationSolution {
  /** p per block, in the order of the block's zeroth-order states (Σ p = 1). */
  populations: Float64Array[];
  /** max|W p| / (max|W|·max p): how well p solves W p = 0. */
  residual: number;
  iterations: number;
}

const TOLERANCE = 1e-14;
const RESTART = 60;
const MAX_ITERATIONS = 3000;

/**
 * The stationary populations of the rate equation W p = 0, Σ p = 1 (003_cb0e800cb11a91bb.txt eq. (47)),
 * W given by its blocks between H0 eigenspaces. GMRES on the trace-bordered system (W + u 1ᵀ) p = u with
 * u = 1/n (1ᵀW = 0, so 1ᵀp = 1 and W p = 0), preconditioned by the LU factors of the diagonal blocks W_bb:
 * the rates inside an eigenspace of H0 are solved exactly, those between neighbouring ones iteratively.
 * A solve that does not converge, or negative populations, is a SteadyStateError with the numbers (the
 * baths may not connect all blocks, so that the stationary state is not unique).
 */
export function solveRateEquation(
  sizes: readonly number[],
  pairs: readonly RateBlock[],
): RateEquationSolution {
  const offsets = [0];
  for (const size of sizes) offsets.push(offsets[offsets.length - 1] + size);
  const n = offsets[sizes.length];
  const factors: (RealLU | undefined)[] = sizes.map(() => undefined);
  let scale = 0;
  for (const { to, from, matrix } of pairs) {
    for (const w of matrix) scale = Math.max(scale, Math.abs(w));
    if (to !== from) continue;
    const lu = realLuDecomposeInPlace(matrix.slice(), sizes[to]);
    if (lu.smallestPivot > 1e-14 * scale) factors[to] = lu;
  }
  // vectors interleaved complex (the imaginary parts stay 0)
  const applyW = (x: Float64Array, y: Float64Array) => {
    y.fill(0);
    for (const { to, from, matrix } of pairs) {
      const m = sizes[to];
      const p = sizes[from];
      for (let phi = 0; phi < m; phi++) {
        let sum = 0;
        const row = phi * p;
        for (let psi = 0; psi < p; psi++) sum += matrix[row + psi] * x[2 * (offsets[from] + psi)];
        y[2 * (offsets[to] + phi)] += sum;
      }
    }
  };
  const apply = (x: Float64Array, y: Float64Array) => {
    applyW(x, y);
    let total = 0;
    for (let i = 0; i < n; i++) total += x[2 * i];
    for (let i = 0; i < n; i++) y[2 * i] += total / n;
  };
  const blockIn = sizes.map((size) => new Float64Array(size));
  const blockOut = sizes.map((size) => new Float64Array(size));
  const precondition = (x: Float64Array, y: Float64Array) => {
    y.fill(0);
    sizes.forEach((size, b) => {
      const lu = factors[b];
      for (let k = 0; k < size; k++) blockIn[b][k] = x[2 * (offsets[b] + k)];
      if (lu) realLuSolve(lu, blockIn[b], blockOut[b]);
      else blockOut[b].set(blockIn[b]);
      for (let k = 0; k < size; k++) y[2 * (offsets[b] + k)] = blockOut[b][k];
    });
  };
  const rhs = new Float64Array(2 * n);
  for (let i = 0; i < n; i++) rhs[2 * i] = 1 / n;
  const result = gmres(apply, precondition, rhs, {
    tolerance: TOLERANCE,
    restart: RESTART,
    maxIterations: MAX_ITERATIONS,
  });
  const check = new Float64Array(2 * n);
  applyW(result.x, check);
  let largest = 0;
  let most = 0;
  let lowest = Number.POSITIVE_INFINITY;
  let total = 0;
  for (let i = 0; i < n; i++) {
    largest = Math.max(largest, Math.abs(check[2 * i]));
    most = Math.max(most, result.x[2 * i]);
    lowest = Math.min(lowest, result.x[2 * i]);
    total += result.x[2 * i];
  }
  const residual = largest / (scale * Math.max(most, Number.MIN_VALUE));
  if (!result.converged) {
    throw new SteadyStateError(
      `the rate equation (paper 003 eq. (47)) did not converge: relative residual ${result.relativeResidual.toExponential(2)} ` +
        `after ${result.iterations} GMRES iterations (tolerance ${TOLERANCE}); the baths may not connect every block of H0, ` +
        "so that the zeroth-order state is not unique",
    );
  }
  if (lowest < -1e-9 * most) {
    throw new SteadyStateError(
      `the rate equation (paper 003 eq. (47)) gave a negative population ${lowest.toExponential(2)} (largest ${most.toExponential(2)}): not a state`,
    );
  }
  const populations = sizes.map((size, b) =>
    Float64Array.from({ length: size }, (_, k) => result.x[2 * (offsets[b] + k)] / total),
  );
  return { populations, residual, iterations: result.iterations };
}
