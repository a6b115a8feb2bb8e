import { defineFigure, type LineChartSpec } from "../../plugins/figure.js";
import { figureEngines } from "../figure-engines.js";
import { temperatureProfile, withBaths } from "./temperature-profile.js";
import { localTemperature, twoSpinT } from "./two-spin-temperatures.js";

/** The panels of Fig. 4: θ = π/4 (a gradient) and π/2 (the transverse Ising model, flat). */
export const FIG4_PANELS = [
  { theta: Math.PI / 4, label: "θ = π/4" },
  { theta: Math.PI / 2, label: "θ = π/2" },
];
/** The couplings of the paper's numerical points. */
export const FIG4_COUPLINGS = [0.1, 0.01];

/**
 * Paper 003 Fig. 4: the temperature profile of the two-spin tilted Ising model between baths at T_L = 1.5
 * and T_R = 0.5, from the weak-coupling master equation at λ = 0.1 and 0.01 against the analytic λ → 0
 * result eqs. (111)-(114), with the perturbative engine's zeroth-order state and, what the paper does not
 * show, the global, local and Redfield equations at λ = 0.01.
 */
export default defineFigure({
  id: "paper-003-fig4",
  title: "Temperature profile of the two-spin tilted Ising model",
  source: "003_cb0e800cb11a91bb.txt Fig. 4, eqs. (111)-(114)",
  description:
    "Local temperatures T_l = h/atanh(−⟨σz_l⟩) of the two spins (sites 1, 2; the baths at 0 and 3) for θ = π/4 and " +
    "π/2: the weak-coupling master equation at λ = 0.1 and 0.01, the λ → 0 limit of eqs. (111)-(114) and of the " +
    "perturbative engine, and the other master equations at λ = 0.01.",
  compute(context) {
    const notes: string[] = [];
    const charts: LineChartSpec[] = FIG4_PANELS.map(({ theta, label }) => {
      const set = { N: 2, theta };
      const p = context.prepared.problemAt(set, "figure").parameters as Record<string, number>;
      const [TL, TR] = [p.TL, p.TR];
      const analytic = twoSpinT({ theta, tL: p.tL, tR: p.tR, c: (p.cL + p.cR) / 2, d: (p.dL + p.dR) / 2 });
      const analyticT = analytic.map((t) => localTemperature(t, p.h));
      const series: LineChartSpec["series"] = [
        { name: "eqs. (111)-(112), λ → 0", ...withBaths(analyticT, TL, TR) },
      ];
      const draw = (name: string, engine: Parameters<typeof temperatureProfile>[1], lam: number) => {
        const profile = temperatureProfile(context, engine, { ...set, lam });
        if (typeof profile === "string") {
          notes.push(`${label}, ${name}: ${profile}`);
          return;
        }
        series.push({ name, ...withBaths(profile.T, TL, TR) });
        const deviation = Math.max(...profile.T.map((T, l) => Math.abs(T - analyticT[l]) / analyticT[l]));
        notes.push(
          `${label}, ${name}: largest relative deviation from eqs. (111)-(112) ${deviation.toExponential(2)}`,
        );
      };
      for (const engine of figureEngines(context, {
        approximations: ["weak-coupling"],
        needs: ["steadyState"],
        set,
      })) {
        for (const lam of FIG4_COUPLINGS) draw(`${engine.id} λ = ${lam}`, engine, lam);
      }
      for (const engine of figureEngines(context, {
        approximations: ["perturbative"],
        needs: ["steadyState"],
        set,
      })) {
        draw(`${engine.id} (λ → 0)`, engine, 0.01);
      }
      for (const engine of figureEngines(context, {
        approximations: ["secular", "local", "bloch-redfield"],
        needs: ["steadyState"],
        set,
      })) {
        draw(`${engine.id} λ = 0.01`, engine, 0.01);
      }
      return {
        kind: "line",
        title: `${label}, T_L = ${TL}, T_R = ${TR}`,
        xLabel: "site (0 and 3: the baths)",
        yLabel: "local temperature T",
        series,
      };
    });
    notes.push(
      "Paper: at θ = π/4 the numerical results agree with eqs. (111)-(112) at λ = 0.01 with relative errors of order 1e-2; at θ = π/2 the convergence is much faster.",
    );
    return { charts, notes };
  },
});
