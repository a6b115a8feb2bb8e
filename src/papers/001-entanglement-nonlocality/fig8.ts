import { defineFigure } from "../../plugins/figure.js";
import { type BiasPanel, scanBiasPanels } from "./bias-panels.js";
import { FIG8_CLAIMS, type Fig8Panel, judgeFig8 } from "./fig8-claims.js";

/** Panels of Fig. 8 (κ = 3ε̄, T̄ = 0.4ε̄, γ̄ = 0.1ε̄): the set-up and its label. */
const PANELS: BiasPanel[] = [
  { label: "(a) ε1 = ε2, γ1 = γ2", set: { de: 0, dg: 0 }, symmetric: true },
  { label: "(b) 3ε1 = ε2", set: { de: 1, dg: 0 }, symmetric: false },
  { label: "(d) 3γ2 = γ1 = 0.15ε̄", set: { de: 0, dg: -0.1 }, symmetric: false },
];
/** ΔT = T2 − T1 up to ±0.76 (T̄ = 0.4: each bath stays above 0.02). */
const BIAS_RANGE = { from: -0.76, to: 0.76 };
const BIAS_POINTS = 31;
/**
 * Paper 001 Fig. 8: concurrence (eq. (1)), I2 (eq. (5)) and I3 (eq. (8)) of the steady state against ΔT at
 * fixed T̄ = 0.4ε̄, with the maxima marked; the critical nonequilibrium temperature differences of eq. (35)
 * for the Bloch-Redfield engine (the paper's) decide the claims.
 */
export default defineFigure({
  id: "paper-001-fig8",
  title: "Entanglement and Bell nonlocality against the temperature difference",
  source: "001_a04d396bbf339a9e.txt Fig. 8, eqs. (1), (5), (8), (35)",
  description:
    "Concurrence and the Bell functions I2 (CHSH) and I3 (I3322) of the steady state against ΔT = T2 − T1 at " +
    "T̄ = 0.4ε̄, κ = 3ε̄, for identical qubits (a), detuned qubits 3ε1 = ε2 (b) and unequal couplings (d). " +
    "Marks: maxima; a maximum away from ΔT = 0 is a critical nonequilibrium temperature difference (eq. (35)).",
  claims: FIG8_CLAIMS,
  async compute(context) {
    const { xs, paper, charts, panels } = await scanBiasPanels(context, {
      parameter: "dT",
      xLabel: "ΔT = T2 − T1",
      range: BIAS_RANGE,
      points: BIAS_POINTS,
      panels: PANELS,
      criticalSearch: { points: 39, tolerance: 1e-4 },
    });
    const notes: string[] = [];
    const judged: Fig8Panel[] = [];
    for (const { panel, paper: curves } of panels) {
      if (!curves) continue;
      const critical = { C: curves.critical("C"), I2: curves.critical("I2"), I3: curves.critical("I3") };
      const { C, I2, I3 } = curves;
      judged.push({ label: panel.label, symmetric: panel.symmetric, bias: xs, C, I2, I3, critical });
      for (const [name, c] of Object.entries(critical)) {
        notes.push(
          `${panel.label}: ${paper} ΔT_0,${name} (eq. 35) ${c.found ? `= ${c.bias.toFixed(4)}` : `not interior (${c.reason})`}`,
        );
      }
    }
    return { charts, notes, verdicts: judgeFig8(paper ? judged : undefined) };
  },
});
