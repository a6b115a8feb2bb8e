import { ComplexMatrix } from "../src/linalg/complex-matrix.js";
import { hermitianEigenvalues } from "../src/linalg/eigen.js";
import { type EntryDifference, entryText, largestEntryDifference } from "../src/measures/entry-difference.js";
import { approximationPeers } from "../src/plugins/approximation-peers.js";
import { dissipationRate } from "../src/plugins/dissipation-rate.js";
import { formatNumber, notApplicable } from "../src/plugins/outcome.js";
import { defineProperty } from "../src/plugins/property.js";

/** The largest Hilbert-space dimension checked (three initial states, evolved by every engine). */
const MAX_DIMENSION = 16;
/** The last time checked, in relaxation times 1/max|D_α| (dissipation-rate.ts): the dissipators act in full. */
const RELAXATION_TIMES = 4;
/**
 * ... unless that is more than this many periods 2π/(E_max − E_min) of the fastest coherent motion: the
 * cost of every propagator grows with ‖L‖t (Krylov steps, the ODE steps of QuTiP's mesolve, which gives
 * up after 10⁶ of them on tilted-ising-chain at λ = 0.01, whose relaxation time is τ ≈ 10⁴, at t = 4τ),
 * and a hundred periods show any difference of the coherent part; a difference of the dissipators of
 * relative size δ still moves ρ(t) by about δ·t/τ there (δ/60 on that chain).
 */
const MAX_PERIODS = 100;
/** The times, as fractions of the last: early, where the coherent motion dominates, to the last. */
const TIME_FRACTIONS = [1 / 16, 1 / 4, 1 / 2, 1];
/**
 * Round-off that no error estimate counts: each engine builds L in its own way (an eigendecomposition
 * of H_S, Bohr frequencies grouped within a tolerance, a different basis), so two exact propagations of
 * one equation differ by a few ulps of ‖L‖t (measured: 2e-15 for global-lindblad against redfield at
 * secularCutoff = 0 on flipflop-qubits up to four relaxation times). 1e-12 leaves a factor 500.
 */
const ROUND_OFF = 1e-12;
/**
 * The error estimates' margin. Each engine reports ε ≈ max_t ‖ρ(t) − ρ_exact(t)‖_F (Evolution,
 * src/dynamics/evolution.ts), and |Δρ_ij| ≤ ‖Δρ‖_F, so two correct engines differ element-wise by at
 * most ε_ours + ε_theirs; but the estimates are estimates, not bounds (Expokit's local error estimates,
 * Sidje, ACM TOMS 24, 130 (1998) Sec. 3; QuTiP's difference from a looser run): a factor 2 on their sum.
 */
const ESTIMATE_MARGIN = 2;

/** Largest accepted element-wise difference of two engines whose error estimates are these. */
function tolerance(ours: number, theirs: number): number {
  return ESTIMATE_MARGIN * (ours + theirs) + ROUND_OFF;
}

/**
 * The initial states, the same for every run and three whatever the size (an external engine pays a
 * process round trip per trajectory): the first and the last basis state, |0⟩ and |n−1⟩ (populations
 * only; for spins all up and all down), and the uniform superposition Σ_j |j⟩/√n, which has every
 * coherence at once. ρ(t) is linear in ρ0: two generators are told apart unless they act alike on
 * everything these three trajectories pass through.
 */
function initialStates(n: number): { name: string; rho: ComplexMatrix }[] {
  const states = [0, n - 1].map((j) => {
    const rho = new ComplexMatrix(n, n);
    rho.set(j, j, 1);
    return { name: `basis state ${j}`, rho };
  });
  const uniform = new ComplexMatrix(n, n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) uniform.set(i, j, 1 / n);
  states.push({ name: "uniform superposition Σ|j⟩/√n", rho: uniform });
  return states;
}

/** Where one peer's trajectories part most from this engine's: the entry, the time and the initial state. */
interface TrajectoryDifference extends EntryDifference {
  time: number;
  from: string;
}

/**
 * Engines that claim the same approximation integrate the same master equation, so from the same initial
 * state they must give the same ρ(t) at every time, within what their own error estimates allow: the
 * dynamical counterpart of engine-agreement (global-lindblad and qutip-global-lindblad, redfield and
 * qutip-redfield, or any two plugins). A steady state can agree while the dynamics do not — a
 * generator wrong only in its coherent part (a Lamb shift, the sign of H_S), or in a way that the
 * stationary state does not see — so this is a check of its own. The finding names the peer, the time,
 * the initial state, the entry of ρ(t) and both values.
 */
export default defineProperty({
  id: "trajectory-agreement",
  title: "Engines of one approximation evolve alike",
  source:
    "Cross-check: two implementations of one master equation have one solution ρ(t) = exp(Lt)ρ0 (e.g. against QuTiP's mesolve)",
  requires: { capabilities: ["evolve"], sameApproximationPeer: true, maxDimension: MAX_DIMENSION },
  appliesTo(context) {
    if (!context.generator()) return "the engine has no generator to set the time unit";
    return approximationPeers(context, "evolve").length > 0
      ? true
      : `no other engine of the ${context.traits.approximation} approximation evolves this problem`;
  },
  check(context) {
    const generator = context.generator();
    if (!generator) return notApplicable("the engine has no generator to set the time unit");
    const unit = 1 / dissipationRate(generator);
    const energies = hermitianEigenvalues(context.problem.hamiltonian.dense());
    const spread = energies[energies.length - 1] - energies[0];
    const last = Math.min(
      RELAXATION_TIMES * unit,
      spread > 0 ? (MAX_PERIODS * 2 * Math.PI) / spread : Infinity,
    );
    const times = TIME_FRACTIONS.map((f) => f * last);
    const starts = initialStates(context.problem.dimension);
    const ours = starts.map(({ rho }) =>
      context.engine.evolve!(context.problem, context.options, rho, times),
    );
    const ourError = Math.max(...ours.map((evolution) => evolution.errorEstimate));
    const findings: string[] = [];
    const details: Record<string, unknown>[] = [];
    let worst = { ratio: -1, difference: 0, tolerance: ROUND_OFF };
    for (const { engine, options } of approximationPeers(context, "evolve")) {
      let largest: TrajectoryDifference = {
        difference: -1,
        row: 0,
        col: 0,
        ours: [0, 0],
        theirs: [0, 0],
        time: 0,
        from: "",
      };
      let theirError = 0;
      starts.forEach(({ name, rho }, s) => {
        const theirs = engine.evolve!(context.problem, options, rho, times);
        theirError = Math.max(theirError, theirs.errorEstimate);
        times.forEach((time, k) => {
          const entry = largestEntryDifference(ours[s].states[k], theirs.states[k]);
          if (entry.difference > largest.difference) largest = { ...entry, time, from: name };
        });
      });
      const allowed = tolerance(ourError, theirError);
      const ratio = largest.difference / allowed;
      if (ratio > worst.ratio) worst = { ratio, difference: largest.difference, tolerance: allowed };
      findings.push(
        `vs ${engine.id}: max |Δρ(t)| = ${formatNumber(largest.difference)} at t = ${formatNumber(largest.time)}, ` +
          `ρ[${largest.row}][${largest.col}] from the ${largest.from} (${entryText(largest.ours)} vs ${entryText(largest.theirs)}); ` +
          `error estimates ${formatNumber(ourError)} and ${formatNumber(theirError)}, tolerance ${formatNumber(allowed)}`,
      );
      details.push({
        engine: engine.id,
        ...largest,
        errorEstimates: [ourError, theirError],
        tolerance: allowed,
      });
    }
    return {
      status: worst.ratio <= 1 ? "pass" : "fail",
      value: worst.difference,
      bound: 0,
      tolerance: worst.tolerance,
      message: `${findings.join("; ")} (${starts.length} initial states at t = ${times.map(formatNumber).join(", ")}; the relaxation time 1/max|D_α| is ${formatNumber(unit)})`,
      details,
    };
  },
});
