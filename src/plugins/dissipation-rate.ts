import { ComplexMatrix } from "../linalg/complex-matrix.js";
import type { Superoperator } from "../superoperators/superoperator.js";
import type { MarkovianGenerator } from "./engine.js";

/**
 * The rate that sets the time unit of checks on exp(Lt): the largest decay rate −Re⟨a|D_α(|a⟩⟨a|)|a⟩
 * of a basis state under the bath dissipators, or under the whole generator when the baths do not
 * dissipate (e.g. a local equation whose sites carry no local Hamiltonian), or 1 — never 0, so times stay
 * finite. Matrix-free: n applications of each dissipator.
 */
export function dissipationRate(generator: MarkovianGenerator): number {
  return (
    Math.max(0, ...Object.values(generator.bathDissipators).map(largestDecayRate)) ||
    largestDecayRate(generator.liouvillian) ||
    1
  );
}

/** The largest entry of D(|a⟩⟨a|) over the basis states a: a superoperator's fastest decay, matrix-free. */
function largestDecayRate(superoperator: Superoperator): number {
  const n = superoperator.dimension;
  const unit = new ComplexMatrix(n, n);
  const image = new ComplexMatrix(n, n);
  let largest = 0;
  for (let a = 0; a < n; a++) {
    unit.data[2 * (a * n + a)] = 1;
    superoperator.applyInto(unit, image);
    unit.data[2 * (a * n + a)] = 0;
    for (let k = 0; k < image.data.length; k += 2) {
      largest = Math.max(largest, Math.hypot(image.data[k], image.data[k + 1]));
    }
  }
  return largest;
}

/**
 * The slowest dissipation scale of a generator: the smallest of its bath dissipators' largest decay rates
 * and of the problem's extra dissipator rates (0 when nothing dissipates). Relaxation to the steady state
 * takes a few hundred of its inverse at most in the shipped cases (the engine harness's RELAXATION_FACTOR).
 */
export function slowestDissipationRate(generator: MarkovianGenerator, extraRates: readonly number[]): number {
  const rates = [...Object.values(generator.bathDissipators).map(largestDecayRate), ...extraRates].filter(
    (rate) => rate > 0,
  );
  return rates.length > 0 ? Math.min(...rates) : 0;
}
