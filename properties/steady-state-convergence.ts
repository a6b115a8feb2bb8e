import { ComplexMatrix, maxAbsDifference } from "../src/linalg/complex-matrix.js";
import { densityMatrixProbes } from "../src/measures/random-probes.js";
import { slowestDissipationRate } from "../src/plugins/dissipation-rate.js";
import { compareWithBound, formatNumber, notApplicable } from "../src/plugins/outcome.js";
import { defineProperty } from "../src/plugins/property.js";

const TOLERANCE = 1e-8;
/** Relaxation time: 400 inverse slowest dissipation rates (e^{−400} is far below round-off), as the engine harness. */
const RELAXATION_FACTOR = 400;
const RANDOM_STATES = 2;

/**
 * A unique steady state is the limit of the dynamics: ρ(t) = e^{Lt}ρ0 → ρ_ss for every ρ0 (Spohn 1977,
 * Lett. Math. Phys. 2, 33; Breuer & Petruccione Sec. 3.2), checked from every basis state and random
 * full-rank states at 400 slowest dissipation times. An engine whose steady state is not the fixed point
 * of its own evolution (a solver error, a steady state from another generator) fails with the distance.
 */
export default defineProperty({
  id: "steady-state-convergence",
  title: "ρ(t) relaxes to the steady state",
  source: "Spohn, Lett. Math. Phys. 2, 33 (1977); Breuer & Petruccione Sec. 3.2",
  requires: { capabilities: ["generator", "evolve", "steadyState"], maxDimension: 16 },
  check(context) {
    const steady = context.steadyState();
    if (!steady?.rho) return notApplicable("no unique steady state (see the warnings)");
    const generator = context.generator()!;
    const rate = slowestDissipationRate(
      generator,
      context.problem.extraDissipators.map((d) => d.rate),
    );
    if (!(rate > 0)) return notApplicable("nothing dissipates: the evolution is unitary");
    const time = RELAXATION_FACTOR / rate;
    const n = context.problem.dimension;
    const initialStates = [
      ...Array.from({ length: n }, (_, k) =>
        ComplexMatrix.diagonal(Array.from({ length: n }, (_, j) => (j === k ? 1 : 0))),
      ),
      ...densityMatrixProbes(n, RANDOM_STATES, context.seed),
    ];
    let worst = 0;
    for (const rho0 of initialStates) {
      const { states } = context.engine.evolve!(context.problem, context.options, rho0, [time]);
      worst = Math.max(worst, maxAbsDifference(states[0], steady.rho));
    }
    return compareWithBound({
      value: worst,
      bound: 0,
      tolerance: TOLERANCE,
      holds: worst <= TOLERANCE,
      quantity: `max|ρ(t) − ρ_ss| at t = ${formatNumber(time)} (400 / slowest dissipation rate)`,
      relation: "=",
    });
  },
});
