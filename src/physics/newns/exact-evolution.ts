import { eigenmodeCorrelationOf } from "./eigenmode-correlation.js";
import { ComplexMatrix, maxAbs } from "../../linalg/complex-matrix.js";
import { bandGrid } from "./band-grid.js";
import {
  type CorrelationTrajectory,
  correlationTrajectory,
  DEFAULT_RESOLUTION,
  type Propagator,
  type QuadratureResolution,
} from "./correlation-evolution.js";
import { energyDistribution, newnsSpectralDensity } from "./energy-distribution.js";
import { siteCorrelationOfState, twoModeDensityMatrix } from "./gaussian-state.js";
import type { NewnsModel } from "./newns-model.js";
import { siteCorrelationOf } from "./steady-state-correlation.js";

/** G_j(t) = ∫dω e^{−iωt} φ_j(ω), eq. (24), on a band grid fine enough up to maxTime. */
export function exactPropagator(
  model: NewnsModel,
  maxTime: number,
  maxPhasePerPanel = DEFAULT_RESOLUTION.maxPhasePerPanel,
): Propagator {
  const grid = bandGrid(model, maxTime, maxPhasePerPanel);
  const n = grid.omega.length;
  const weighted = [0, 1].map((j) =>
    grid.omega.map((w, m) => grid.weight[m] * energyDistribution(model, j as 0 | 1, w)),
  );
  return (j, times) => {
    const re = new Float64Array(times.length);
    const im = new Float64Array(times.length);
    const phi = weighted[j];
    // e^{−iω_m t} by recurrence over the (mostly uniform) time steps
    const pRe = new Float64Array(n).fill(1);
    const pIm = new Float64Array(n);
    const rRe = new Float64Array(n);
    const rIm = new Float64Array(n);
    let last = 0;
    let stepLength = Number.NaN;
    for (let i = 0; i < times.length; i++) {
      const dt = times[i] - last;
      if (dt !== 0) {
        if (!(Math.abs(dt - stepLength) <= 1e-12 * Math.max(1, dt))) {
          stepLength = dt;
          for (let m = 0; m < n; m++) {
            rRe[m] = Math.cos(grid.omega[m] * dt);
            rIm[m] = -Math.sin(grid.omega[m] * dt);
          }
        }
        for (let m = 0; m < n; m++) {
          const c = pRe[m];
          pRe[m] = c * rRe[m] - pIm[m] * rIm[m];
          pIm[m] = c * rIm[m] + pIm[m] * rRe[m];
        }
        last = times[i];
      }
      let sRe = 0;
      let sIm = 0;
      for (let m = 0; m < n; m++) {
        sRe += phi[m] * pRe[m];
        sIm += phi[m] * pIm[m];
      }
      re[i] = sRe;
      im[i] = sIm;
    }
    return [re, im];
  };
}

/**
 * The exponential-propagator approximation G_j(t) ≈ e^{−iE_j t − Γ_j t/2}, eq. (53), with E'_j ≈ E_j and
 * Γ_j = 2πJ_N(E_j) to the same order (text after eq. 53), as in the EPA rates of epa-rates.ts.
 */
export function exponentialPropagator(model: NewnsModel): Propagator {
  const widths = model.energies.map((e) => 2 * Math.PI * newnsSpectralDensity(model, e));
  return (j, times) => {
    const re = times.map((t) => Math.exp((-widths[j] * t) / 2) * Math.cos(model.energies[j] * t));
    const im = times.map((t) => -Math.exp((-widths[j] * t) / 2) * Math.sin(model.energies[j] * t));
    return [re, im];
  };
}

/** Whether a 4×4 state (site basis) has no coherence between particle-number sectors, as eqs. (29)-(31) need. */
export function commutesWithParticleNumber(rho0: ComplexMatrix): boolean {
  // |11⟩ = 0, |10⟩ = 1, |01⟩ = 2, |00⟩ = 3: the sectors N = 2, 1, 1, 0
  const sector = [2, 1, 1, 0];
  for (let i = 0; i < 4; i++)
    for (let k = 0; k < 4; k++) {
      if (
        sector[i] !== sector[k] &&
        Math.hypot(rho0.re(i, k), rho0.im(i, k)) > 1e-12 * Math.max(1, maxAbs(rho0))
      ) {
        return false;
      }
    }
  return true;
}

/**
 * The correlation trajectory from a 4×4 initial state (site basis) with the given propagator. The
 * solution of eqs. (29)-(31) assumes [N_S, ρ(0)] = 0 (Sec. III B); other states are rejected.
 */
export function trajectoryFromState(
  model: NewnsModel,
  propagator: Propagator,
  rho0: ComplexMatrix,
  times: readonly number[],
  resolution: QuadratureResolution = DEFAULT_RESOLUTION,
): CorrelationTrajectory {
  if (!commutesWithParticleNumber(rho0)) {
    throw new RangeError(
      "invalid argument. The exact evolution (004 eqs. 29-31) needs an initial state that commutes with the particle number. Value: coherence between particle-number sectors.",
    );
  }
  const initial = eigenmodeCorrelationOf(model, siteCorrelationOfState(rho0));
  return correlationTrajectory(model, propagator, initial, rho0.re(0, 0), times, resolution);
}

/** Density matrices ρ(t) (site basis) of a trajectory, from C(t) and D(t). */
export function statesOfTrajectory(model: NewnsModel, trajectory: CorrelationTrajectory): ComplexMatrix[] {
  return trajectory.correlations.map((C, i) =>
    twoModeDensityMatrix(siteCorrelationOf(model, C), trajectory.doubleOccupancies[i]),
  );
}

/** ρ(t) of the exact solution, eqs. (24), (29)-(31), computed at this resolution. */
export function exactEvolution(
  model: NewnsModel,
  rho0: ComplexMatrix,
  times: readonly number[],
  resolution: QuadratureResolution = DEFAULT_RESOLUTION,
): ComplexMatrix[] {
  const maxTime = times.length > 0 ? Math.max(...times) : 0;
  const propagator = exactPropagator(model, maxTime, resolution.maxPhasePerPanel);
  return statesOfTrajectory(model, trajectoryFromState(model, propagator, rho0, times, resolution));
}
