import { bandBreakPoints } from "./energy-distribution.js";
import type { NewnsModel } from "./newns-model.js";

// 8-point Gauss-Legendre rule on [−1, 1]
const GL_NODES = [
  -0.960289856497536, -0.796666477413627, -0.525532409916329, -0.18343464249565, 0.18343464249565,
  0.525532409916329, 0.796666477413627, 0.960289856497536,
];
const GL_WEIGHTS = [
  0.101228536290376, 0.222381034453374, 0.313706645877887, 0.362683783378362, 0.362683783378362,
  0.313706645877887, 0.222381034453374, 0.101228536290376,
];

/** Fixed quadrature nodes ω_m and weights w_m over the lead band (∫dω f ≈ Σ w_m f(ω_m)). */
export interface BandGrid {
  omega: Float64Array;
  weight: Float64Array;
}

/**
 * A composite 8-point Gauss-Legendre grid in q (ω = −Ω cos q, smooth band edges), split at the peaks and
 * Fermi edges of bandBreakPoints, with panels short enough that e^{−iωt} turns by at most
 * `maxPhasePerPanel` radians up to `maxTime` (oscillatory time integrals, eqs. 24 and 30).
 */
export function bandGrid(model: NewnsModel, maxTime: number, maxPhasePerPanel = 4): BandGrid {
  const cuts = [0, ...bandBreakPoints(model), Math.PI].sort((a, b) => a - b);
  const maxPanel = Math.min(0.05, maxPhasePerPanel / (model.Omega * Math.max(maxTime, 1e-9)));
  const omega: number[] = [];
  const weight: number[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const length = cuts[i + 1] - cuts[i];
    if (!(length > 0)) continue;
    const panels = Math.ceil(length / maxPanel);
    const width = length / panels;
    for (let p = 0; p < panels; p++) {
      const center = cuts[i] + (p + 0.5) * width;
      for (let k = 0; k < 8; k++) {
        const q = center + (width / 2) * GL_NODES[k];
        omega.push(-model.Omega * Math.cos(q));
        weight.push((width / 2) * GL_WEIGHTS[k] * model.Omega * Math.sin(q));
      }
    }
  }
  return { omega: Float64Array.from(omega), weight: Float64Array.from(weight) };
}
