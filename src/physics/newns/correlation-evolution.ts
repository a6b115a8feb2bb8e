import { ComplexMatrix } from "../../linalg/complex-matrix.js";
import { fermiDirac } from "../thermal.js";
import { bandGrid } from "./band-grid.js";
import { newnsSpectralDensity } from "./energy-distribution.js";
import type { NewnsModel } from "./newns-model.js";

/**
 * The propagator G_j(t) = ⟨0|d_j(t) d_j†|0⟩ of eq. (23) (diagonal in the eigenmodes) at non-decreasing
 * times, as [re, im] arrays.
 */
export type Propagator = (j: 0 | 1, times: Float64Array) => [Float64Array, Float64Array];

/** C(t) and D(t) at the requested times (eigenmode basis). */
export interface CorrelationTrajectory {
  times: number[];
  correlations: ComplexMatrix[];
  doubleOccupancies: number[];
}

/**
 * How finely the trajectory is computed: the largest time step of the time integrals (G varies on 1/Γ_j
 * after its carrier e^{−iE'_j t} is removed) and the largest phase of e^{−iωt} per band panel (band-grid.ts).
 */
export interface QuadratureResolution {
  maxStep: number;
  maxPhasePerPanel: number;
}

export const DEFAULT_RESOLUTION: QuadratureResolution = { maxStep: 0.1, maxPhasePerPanel: 4 };

/**
 * C(t) = G†(t)C(0)G(t) + Z(t) and D(t) of eqs. (29)-(31) (004_3bda4ae6cebee785.txt) for a propagator G,
 * with the noise term of eq. (30) in its frequency form Z_jk(t) = ∫dω J(ω)F_jk(ω) v_j*(ω,t) v_k(ω,t),
 * v_j(ω,t) = ∫_0^t G_j(s) e^{iωs} ds (insert Φ of eq. 28 into eq. 30). The time integral removes the
 * carrier e^{−iE'_j s} and integrates the rest linearly interpolated against e^{i(ω−E'_j)s} exactly
 * (Filon's method), so it stays accurate for every ω in the band.
 */
export function correlationTrajectory(
  model: NewnsModel,
  propagator: Propagator,
  initialCorrelation: ComplexMatrix,
  initialDoubleOccupancy: number,
  times: readonly number[],
  resolution: QuadratureResolution = DEFAULT_RESOLUTION,
): CorrelationTrajectory {
  let previous = 0;
  for (const t of times) {
    if (!(t >= previous))
      throw new RangeError(
        `invalid argument. Times must be non-negative and non-decreasing. Value: ${t} after ${previous}.`,
      );
    previous = t;
  }
  const maxTime = times.length > 0 ? times[times.length - 1] : 0;
  const grid = bandGrid(model, maxTime, resolution.maxPhasePerPanel);
  const n = grid.omega.length;
  const { rotation: R, temperatures, chemicalPotentials } = model;
  // J(ω) F_jk(ω) w_m at the nodes (F real symmetric, eq. 28)
  const noise = [new Float64Array(n), new Float64Array(n), new Float64Array(n)];
  for (let m = 0; m < n; m++) {
    const w = grid.omega[m];
    const fL = fermiDirac(w, chemicalPotentials[0], temperatures[0]);
    const fR = fermiDirac(w, chemicalPotentials[1], temperatures[1]);
    const weight = grid.weight[m] * newnsSpectralDensity(model, w);
    noise[0][m] = weight * (R[0][0] * R[0][0] * fL + R[0][1] * R[0][1] * fR);
    noise[1][m] = weight * (R[1][0] * R[1][0] * fL + R[1][1] * R[1][1] * fR);
    noise[2][m] = weight * (R[0][0] * R[1][0] * fL + R[0][1] * R[1][1] * fR);
  }
  // the time grid: each interval between requested times cut into equal steps ≤ maxStep
  const stepTimes: number[] = [0];
  const outputIndex: number[] = [];
  for (const t of times) {
    const from = stepTimes[stepTimes.length - 1];
    const substeps = Math.ceil((t - from) / resolution.maxStep);
    for (let k = 1; k <= substeps; k++) stepTimes.push(from + ((t - from) * k) / substeps);
    outputIndex.push(stepTimes.length - 1);
  }
  const grid_t = Float64Array.from(stepTimes);
  const propagatorValues = [propagator(0, grid_t), propagator(1, grid_t)];
  const carrier = model.shiftedEnergies;
  // slowly varying part g_j(s) = e^{iE'_j s} G_j(s)
  const slow = propagatorValues.map(([re, im], j) => {
    const sRe = new Float64Array(re.length);
    const sIm = new Float64Array(re.length);
    for (let i = 0; i < re.length; i++) {
      const c = Math.cos(carrier[j] * grid_t[i]);
      const si = Math.sin(carrier[j] * grid_t[i]);
      sRe[i] = re[i] * c - im[i] * si;
      sIm[i] = re[i] * si + im[i] * c;
    }
    return [sRe, sIm];
  });
  // v_j(ω_m, t) = ∫_0^t G_j(s) e^{iωs} ds = ∫_0^t g_j(s) e^{i(ω − E'_j)s} ds, accumulated step by step
  const v = [
    [new Float64Array(n), new Float64Array(n)],
    [new Float64Array(n), new Float64Array(n)],
  ];
  // per node: e^{ix s} (running phase), and A, B and e^{ixτ} of the current step length
  const phase = [0, 1].map(() => [new Float64Array(n).fill(1), new Float64Array(n)]);
  const rule = [0, 1].map(() => Array.from({ length: 6 }, () => new Float64Array(n)));
  let ruleTau = Number.NaN;
  const prepareRule = (tau: number) => {
    ruleTau = tau;
    for (const j of [0, 1] as const) {
      const [aRe, aIm, bRe, bIm, rRe, rIm] = rule[j];
      for (let m = 0; m < n; m++) {
        const x = grid.omega[m] - carrier[j];
        // A = ∫_0^τ e^{ixu} du, B = ∫_0^τ (u/τ) e^{ixu} du
        const xt = x * tau;
        const c = Math.cos(xt);
        const sn = Math.sin(xt);
        rRe[m] = c;
        rIm[m] = sn;
        if (Math.abs(xt) < 1e-3) {
          const xt2 = xt * xt;
          aRe[m] = tau * (1 - xt2 / 6);
          aIm[m] = tau * (xt / 2 - (xt2 * xt) / 24);
          bRe[m] = tau * (0.5 - xt2 / 8);
          bIm[m] = tau * (xt / 3 - (xt2 * xt) / 30);
        } else {
          aRe[m] = sn / x;
          aIm[m] = (1 - c) / x;
          // B = [τ e^{ixτ}/(ix) − A/(ix)]/τ = [−iτ e^{ixτ} + iA]/(xτ)
          bRe[m] = (tau * sn - aIm[m]) / xt;
          bIm[m] = (-tau * c + aRe[m]) / xt;
        }
      }
    }
  };
  const step = (i: number) => {
    const tau = grid_t[i + 1] - grid_t[i];
    if (!(Math.abs(tau - ruleTau) <= 1e-12 * Math.max(1, tau))) prepareRule(tau);
    for (const j of [0, 1] as const) {
      const [gRe, gIm] = slow[j];
      const g0Re = gRe[i];
      const g0Im = gIm[i];
      const dRe = gRe[i + 1] - g0Re;
      const dIm = gIm[i + 1] - g0Im;
      const [vRe, vIm] = v[j];
      const [pRe, pIm] = phase[j];
      const [aRe, aIm, bRe, bIm, rRe, rIm] = rule[j];
      for (let m = 0; m < n; m++) {
        // ∫ over the step = e^{ix s_i} [g_i A + (g_{i+1} − g_i) B]
        const iRe = g0Re * aRe[m] - g0Im * aIm[m] + dRe * bRe[m] - dIm * bIm[m];
        const iIm = g0Re * aIm[m] + g0Im * aRe[m] + dRe * bIm[m] + dIm * bRe[m];
        const c = pRe[m];
        const sn = pIm[m];
        vRe[m] += iRe * c - iIm * sn;
        vIm[m] += iRe * sn + iIm * c;
        pRe[m] = c * rRe[m] - sn * rIm[m];
        pIm[m] = c * rIm[m] + sn * rRe[m];
      }
    }
  };
  const correlations: ComplexMatrix[] = [];
  const doubleOccupancies: number[] = [];
  const C0 = initialCorrelation;
  let done = 0;
  for (const index of outputIndex) {
    for (; done < index; done++) step(done);
    const g: [number, number][] = [0, 1].map((j) => [
      propagatorValues[j][0][index],
      propagatorValues[j][1][index],
    ]);
    // Z_jk = Σ_m w J F_jk v_j* v_k
    const Z = ComplexMatrix.zeros(2);
    for (const [j, k, f] of [
      [0, 0, noise[0]],
      [1, 1, noise[1]],
      [0, 1, noise[2]],
    ] as const) {
      let re = 0;
      let im = 0;
      const [ajRe, ajIm] = v[j];
      const [akRe, akIm] = v[k];
      for (let m = 0; m < n; m++) {
        re += f[m] * (ajRe[m] * akRe[m] + ajIm[m] * akIm[m]);
        im += f[m] * (ajRe[m] * akIm[m] - ajIm[m] * akRe[m]);
      }
      Z.set(j, k, re, im);
      if (j !== k) Z.set(k, j, re, -im);
    }
    // C_jk(t) = G_j* G_k C_jk(0) + Z_jk, eq. (29)
    const C = ComplexMatrix.zeros(2);
    for (let j = 0; j < 2; j++)
      for (let k = 0; k < 2; k++) {
        const [gjRe, gjIm] = g[j];
        const [gkRe, gkIm] = g[k];
        const pRe = gjRe * gkRe + gjIm * gkIm; // G_j* G_k
        const pIm = gjRe * gkIm - gjIm * gkRe;
        const cRe = C0.re(j, k);
        const cIm = C0.im(j, k);
        C.set(j, k, pRe * cRe - pIm * cIm + Z.re(j, k), pRe * cIm + pIm * cRe + Z.im(j, k));
      }
    // D(t), eq. (31)
    const abs2 = (z: [number, number]) => z[0] * z[0] + z[1] * z[1];
    let D = abs2(g[0]) * abs2(g[1]) * initialDoubleOccupancy;
    D += Z.re(0, 0) * Z.re(1, 1) - (Z.re(0, 1) ** 2 + Z.im(0, 1) ** 2);
    for (let j = 0; j < 2; j++)
      for (let k = 0; k < 2; k++) {
        const [gjRe, gjIm] = g[j];
        const [gkRe, gkIm] = g[k];
        D += abs2(g[j]) * Z.re(k, k) * C0.re(j, j);
        // Re[G_j* G_k Z_kj C_jk(0)] (the sum over j, k is real)
        const pRe = gjRe * gkRe + gjIm * gkIm;
        const pIm = gjRe * gkIm - gjIm * gkRe;
        const zcRe = Z.re(k, j) * C0.re(j, k) - Z.im(k, j) * C0.im(j, k);
        const zcIm = Z.re(k, j) * C0.im(j, k) + Z.im(k, j) * C0.re(j, k);
        D -= pRe * zcRe - pIm * zcIm;
      }
    correlations.push(C);
    doubleOccupancies.push(D);
  }
  return { times: [...times], correlations, doubleOccupancies };
}
