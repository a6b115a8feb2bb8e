import { ComplexMatrix } from "../../linalg/complex-matrix.js";
import type { CorrelationTrajectory } from "../../physics/newns/correlation-evolution.js";
import {
  exactPropagator,
  exponentialPropagator,
  trajectoryFromState,
} from "../../physics/newns/exact-evolution.js";
import { newnsModel } from "../../physics/newns/newns-model.js";
import { defineFigure, type LineChartSpec } from "../../plugins/figure.js";
import { linearPoints } from "../../runner/sweep.js";

/** Paper 004 Fig. 4 (caption): Γ = 0.2, Ω = 100, δ = 0.1, g = 0.5 and the two panels' leads. */
const COMMON = { Gamma: 0.2, Omega: 100, delta: 0.1, g: 0.5 };
export const FIG4_PANELS = [
  {
    label: "(a) h = 1, μL = 1, μR = 0, TL = TR = 0.1",
    set: { ...COMMON, h: 1, muL: 1, muR: 0, TL: 0.1, TR: 0.1 },
  },
  {
    label: "(b) h = 50, μL = μR = 49, TL = 10, TR = 0.01",
    set: { ...COMMON, h: 50, muL: 49, muR: 49, TL: 10, TR: 0.01 },
  },
];

/** The vacuum |00⟩⟨00| (basis |11⟩, |10⟩, |01⟩, |00⟩): C_jk(0) = 0. */
export function vacuumState(): ComplexMatrix {
  const rho = ComplexMatrix.zeros(4);
  rho.set(3, 3, 1);
  return rho;
}

/** The entries C11, C22, Re C12, Im C12 (eigenmode basis) of a trajectory. */
export const CORRELATION_ENTRIES: { label: string; select: (C: ComplexMatrix) => number }[] = [
  { label: "C11", select: (C) => C.re(0, 0) },
  { label: "C22", select: (C) => C.re(1, 1) },
  { label: "Re C12", select: (C) => C.re(0, 1) },
  { label: "Im C12", select: (C) => C.im(0, 1) },
];

/** Exact (eqs. 24, 29-31) and EPA (eq. 53) correlation trajectories from the vacuum. */
export function fig4Trajectories(
  set: (typeof FIG4_PANELS)[number]["set"],
  times: readonly number[],
): { exact: CorrelationTrajectory; epa: CorrelationTrajectory } {
  const model = newnsModel(set);
  const maxTime = times[times.length - 1];
  return {
    exact: trajectoryFromState(model, exactPropagator(model, maxTime), vacuumState(), times),
    epa: trajectoryFromState(model, exponentialPropagator(model), vacuumState(), times),
  };
}

/**
 * Paper 004 Fig. 4: the correlation matrix C(t) from the vacuum, exact (eqs. 24, 29-31) against the
 * exponential-propagator approximation (eq. 53), for the caption's two parameter sets.
 */
export default defineFigure({
  id: "paper-004-fig4",
  title: "Exact against EPA evolution of the correlation matrix from the vacuum",
  source: "004_3bda4ae6cebee785.txt Fig. 4, eqs. (24), (29)-(31), (53)",
  description:
    "C11, C22 and C12 (eigenmode basis) against time from the vacuum C(0) = 0: exact solution (newns-exact, " +
    "eqs. 24, 29-31) and the exponential-propagator approximation (newns-epa, eq. 53), at Γ = 0.2, Ω = 100, " +
    "δ = 0.1, g = 0.5; (a) h = 1, μL = 1, μR = 0, TL = TR = 0.1; (b) h = 50, μL = μR = 49, TL = 10, TR = 0.01.",
  compute() {
    const times = linearPoints(0, 30, 121);
    const charts: LineChartSpec[] = [];
    const notes: string[] = [];
    for (const panel of FIG4_PANELS) {
      const { exact, epa } = fig4Trajectories(panel.set, times);
      const series: LineChartSpec["series"] = [];
      let largest = 0;
      for (const entry of CORRELATION_ENTRIES) {
        const exactValues = exact.correlations.map(entry.select);
        const epaValues = epa.correlations.map(entry.select);
        exactValues.forEach((v, i) => {
          largest = Math.max(largest, Math.abs(v - epaValues[i]));
        });
        series.push({ name: `${entry.label} newns-exact`, x: times, y: exactValues });
        series.push({ name: `${entry.label} newns-epa`, x: times, y: epaValues });
      }
      charts.push({ kind: "line", title: panel.label, xLabel: "t", yLabel: "C_jk(t)", series });
      notes.push(
        `${panel.label}: max |C_exact − C_EPA| over t ≤ 30 = ${largest.toExponential(2)} (Γ/Ω = 2e-3)`,
      );
    }
    return { charts, notes };
  },
});
