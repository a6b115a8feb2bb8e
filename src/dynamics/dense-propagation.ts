import { ComplexMatrix, frobeniusNorm, scale, subtract } from "../linalg/complex-matrix.js";
import { expm, oneNorm } from "../linalg/expm.js";
import { applySuperoperatorInto } from "../linalg/superoperator.js";
import { denseSuperoperator, type Superoperator } from "../superoperators/superoperator.js";
import { checkTimes, distinctSteps, type Evolution } from "./evolution.js";

/** Unit round-off of double precision. */
const UNIT_ROUND_OFF = 2 ** -53;
/** Generators up to this Hilbert-space dimension keep their matrix and last exponentials (1 MiB each at 16). */
const CACHED_DIMENSION = 16;
const CACHED_STEPS = 4;

/**
 * The matrix of each generator and its exponentials for the last few step lengths: the properties and the
 * harness evolve many initial states with one generator (engines memoise it per problem), and each
 * exponential is then computed once. Superoperators are immutable, so the cache never goes stale.
 */
const cache = new WeakMap<
  Superoperator,
  { matrix: ComplexMatrix; propagators: Map<number, ComplexMatrix> }
>();

function cachedMatrix(liouvillian: Superoperator): {
  matrix: ComplexMatrix;
  exponential(length: number): ComplexMatrix;
} {
  const found = cache.get(liouvillian);
  const entry = found ?? {
    matrix: denseSuperoperator(liouvillian, "dense evolution exp(LΔt)"),
    propagators: new Map<number, ComplexMatrix>(),
  };
  const keep = liouvillian.dimension <= CACHED_DIMENSION;
  if (!found && keep) cache.set(liouvillian, entry);
  return {
    matrix: entry.matrix,
    exponential(length) {
      let propagator = entry.propagators.get(length);
      if (!propagator) {
        propagator = expm(scale(entry.matrix, length));
        if (keep) {
          if (entry.propagators.size >= CACHED_STEPS)
            entry.propagators.delete(entry.propagators.keys().next().value!);
          entry.propagators.set(length, propagator);
        }
      }
      return propagator;
    },
  };
}

/**
 * ρ(t_k) = exp(L Δ_k) ρ(t_{k−1}) with the n²×n² matrix of L (column stacking): one matrix exponential
 * per distinct step length (scaling and squaring with Padé approximants, Higham 2005), reused over a
 * uniform grid and over calls with the same generator, then one matrix-vector product per time. Exact
 * up to round-off, for small generators.
 *
 * Error estimate: the Padé backward error u‖L‖₁t_last (Higham 2005, Sec. 3), the time lost by reusing a
 * step length that differs in the last digits (‖L‖₁ Σ|δΔ|), and the round-off accumulated over the
 * products, measured as the distance between ρ(t_last) by steps and exp(L t_last)ρ0 in one exponential;
 * all multiplied by ‖ρ0‖_F where they scale with it.
 */
export function densePropagation(
  liouvillian: Superoperator,
  rho0: ComplexMatrix,
  times: readonly number[],
): Evolution {
  checkTimes(times);
  const { matrix, exponential } = cachedMatrix(liouvillian);
  const n = liouvillian.dimension;
  const { index, lengths } = distinctSteps(times);
  const propagators = lengths.map((length) => (length > 0 ? exponential(length) : undefined));
  const states: ComplexMatrix[] = [];
  let current = rho0.clone();
  let previousTime = 0;
  let drift = 0;
  let products = 0;
  times.forEach((t, k) => {
    const length = lengths[index[k]];
    drift += Math.abs(t - previousTime - length);
    previousTime = t;
    const propagator = propagators[index[k]];
    if (propagator) {
      current = applySuperoperatorInto(propagator, current, new ComplexMatrix(n, n));
      products++;
    }
    states.push(propagator ? current : current.clone());
  });
  const last = times.length > 0 ? times[times.length - 1] : 0;
  const initialNorm = frobeniusNorm(rho0);
  const norm = oneNorm(matrix);
  let accumulated = 0;
  if (products > 1) {
    const direct = applySuperoperatorInto(exponential(last), rho0, new ComplexMatrix(n, n));
    accumulated = frobeniusNorm(subtract(direct, states[states.length - 1]));
  }
  return {
    states,
    method: `dense exp(LΔt) (Padé, scaling and squaring), ${propagators.filter(Boolean).length} distinct step(s)`,
    errorEstimate: accumulated + norm * (UNIT_ROUND_OFF * last + drift) * initialNorm,
    steps: products,
    warnings: [],
  };
}
