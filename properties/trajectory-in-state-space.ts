import { ComplexMatrix } from "../src/linalg/complex-matrix.js";
import { pureStateProbes } from "../src/measures/random-probes.js";
import { stateSpaceExcursion } from "../src/measures/state-space-excursion.js";
import { dissipationRate } from "../src/plugins/dissipation-rate.js";
import { compareWithBound, formatNumber, notApplicable } from "../src/plugins/outcome.js";
import { defineProperty } from "../src/plugins/property.js";

const TOLERANCE = 1e-9;
/** The largest Hilbert-space dimension checked: n² + 8 pure initial states, 48 times each. */
const MAX_DIMENSION = 16;
/**
 * Random pure states besides the structured ones, drawn with a seed of their own: whether a generator
 * that is not positive is caught must not depend on the run's seed (cases declare the expected failures).
 */
const RANDOM_STATES = 64;
const RANDOM_SEED = 20240611;
/**
 * Times up to 3 relaxation times 1/max|D_α| in steps of 1/16 (one exponential for every initial state):
 * positivity breaks early, within a relaxation time, if at all.
 */
const TIMES = Array.from({ length: 48 }, (_, k) => (k + 1) / 16);

/**
 * The evolution ρ(t) = E(t)ρ0 stays in the state space: Tr ρ(t) = 1, ρ(t) = ρ(t)† and ρ(t) ≥ 0 for pure
 * initial states (the basis states, their pairwise superpositions and random ones), the extreme points
 * where a map that is not positive shows first. A Bloch-Redfield generator is not completely positive and may not even be
 * positive (Breuer & Petruccione Sec. 3.3.1; Dümcke & Spohn 1979): its trajectory leaves the state space
 * at short times, and the finding is the most negative eigenvalue, with the time and the initial state.
 */
export default defineProperty({
  id: "trajectory-in-state-space",
  title: "The trajectory ρ(t) stays a density matrix",
  source:
    "Density-matrix postulate; positivity of E(t) (Breuer & Petruccione Sec. 3.2; Dümcke & Spohn, Z. Phys. B 34, 419 (1979))",
  requires: { capabilities: ["generator", "evolve"], maxDimension: MAX_DIMENSION },
  check(context) {
    const generator = context.generator();
    if (!generator) return notApplicable("the engine has no generator to set the time unit");
    const n = context.problem.dimension;
    const unit = 1 / dissipationRate(generator);
    const times = TIMES.map((t) => t * unit);
    const initialStates = [
      ...pureInitialStates(n),
      ...pureStateProbes(n, RANDOM_STATES, RANDOM_SEED).map((rho, k) => ({
        name: `random pure state ${k}`,
        rho,
      })),
    ];
    let worst = { eigenvalue: Number.POSITIVE_INFINITY, time: 0, from: "" };
    let worstTrace = { error: 0, time: 0, from: "" };
    for (const { name, rho } of initialStates) {
      const { states } = context.engine.evolve!(context.problem, context.options, rho, times);
      const excursion = stateSpaceExcursion(states, times, MAX_DIMENSION);
      const traceError = Math.max(excursion.traceError, excursion.hermiticityError);
      if (traceError > worstTrace.error)
        worstTrace = { error: traceError, time: excursion.traceErrorTime, from: name };
      if (excursion.smallestEigenvalue! < worst.eigenvalue) {
        worst = {
          eigenvalue: excursion.smallestEigenvalue!,
          time: excursion.smallestEigenvalueTime!,
          from: name,
        };
      }
    }
    if (worstTrace.error > TOLERANCE) {
      return compareWithBound({
        value: worstTrace.error,
        bound: 0,
        tolerance: TOLERANCE,
        holds: false,
        quantity: `max(|Tr ρ(t) − 1|, max|ρ(t) − ρ(t)†|) (at t = ${formatNumber(worstTrace.time)} from the ${worstTrace.from})`,
        relation: "=",
        details: worstTrace,
      });
    }
    const holds = worst.eigenvalue >= -TOLERANCE;
    return compareWithBound({
      value: worst.eigenvalue,
      bound: 0,
      tolerance: TOLERANCE,
      holds,
      quantity: `smallest eigenvalue of ρ(t) (at t = ${formatNumber(worst.time)} from the ${worst.from})`,
      relation: "≥",
      details: holds ? undefined : worst,
    });
  },
});

/**
 * The basis states |j⟩ and their pairwise superpositions (|j⟩ + |k⟩)/√2, (|j⟩ + i|k⟩)/√2: pure states
 * with every coherence a generator can act on, the same for every run.
 */
function pureInitialStates(n: number): { name: string; rho: ComplexMatrix }[] {
  const states: { name: string; rho: ComplexMatrix }[] = [];
  for (let j = 0; j < n; j++) {
    const rho = new ComplexMatrix(n, n);
    rho.set(j, j, 1);
    states.push({ name: `basis state ${j}`, rho });
    for (let k = j + 1; k < n; k++) {
      for (const [phase, label] of [
        [0, "+"],
        [1, "+i"],
      ] as const) {
        // |ψ⟩ = (|j⟩ + e^{iφ}|k⟩)/√2 with e^{iφ} = 1 or i: ρ_jk = conj(e^{iφ})/2
        const superposition = new ComplexMatrix(n, n);
        superposition.set(j, j, 0.5);
        superposition.set(k, k, 0.5);
        superposition.set(j, k, phase ? 0 : 0.5, phase ? -0.5 : 0);
        superposition.set(k, j, phase ? 0 : 0.5, phase ? 0.5 : 0);
        states.push({ name: `state (|${j}⟩ ${label}|${k}⟩)/√2`, rho: superposition });
      }
    }
  }
  return states;
}
