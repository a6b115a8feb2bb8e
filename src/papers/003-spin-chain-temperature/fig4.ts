import type { Engine } from "../../plugins/engine.js";
import { type ClaimOutcome, defineFigure, type LineChartSpec } from "../../plugins/figure.js";
import { formatNumber } from "../../plugins/outcome.js";
import { coincidingSeriesNotes } from "../002-thermal-machine/coinciding-series.js";
import { type FigureEngineFilter, figureEngines } from "../figure-engines.js";
import { ofOrder, orderRange, relativeDeviation } from "./profile-deviation.js";
import { temperatureProfile, withBaths } from "./temperature-profile.js";
import { localTemperature, twoSpinT } from "./two-spin-temperatures.js";

/** The panels of Fig. 4: θ = π/4 (a gradient) and π/2 (the transverse Ising model, flat). */
export const FIG4_PANELS = [
  { theta: Math.PI / 4, label: "θ = π/4" },
  { theta: Math.PI / 2, label: "θ = π/2" },
];
/** The couplings of the paper's numerical points. */
export const FIG4_COUPLINGS = [0.1, 0.01];
/** The coupling at which the paper quotes its relative errors. */
const QUOTED_COUPLING = 0.01;
/** Agreement of the zeroth-order state with eqs. (111)-(112): the rate equation's round-off. */
const EXACT_TOLERANCE = 1e-9;

const CLAIMS = [
  {
    id: "exact-limit",
    source: "003_cb0e800cb11a91bb.txt text before Fig. 4, eqs. (111)-(114)",
    statement: "With c_L = c_R and d_L = d_R, eqs. (111) and (112) hold exactly in the limit λ → 0.",
    quantity:
      "largest relative deviation of the zeroth-order (perturbative) profile from eqs. (111)-(112), both panels",
    tolerance: "≤ 1e-9",
  },
  {
    id: "order-1e-2",
    source: "003_cb0e800cb11a91bb.txt text before Fig. 4",
    statement:
      "For θ = π/4 the numerical results (the master equation (16)) agree with the analytical results for " +
      "λ = 0.01 with relative errors of order 1e-2.",
    quantity:
      "largest relative deviation of the weak-coupling engine's profile at λ = 0.01 from eqs. (111)-(112), θ = π/4",
    tolerance: `of order 1e-2: within half a decade, ${orderRange(1e-2).map(formatNumber).join(" … ")}`,
  },
  {
    id: "transverse-faster",
    source: "003_cb0e800cb11a91bb.txt text before Fig. 4",
    statement:
      "For θ = π/2 (transverse Ising model) the convergence to the weak-coupling limit is much faster.",
    quantity: "relative deviation at λ = 0.01 for θ = π/2 over that for θ = π/4 (weak-coupling engine)",
    tolerance: "≤ 0.1 (at least ten times smaller)",
  },
  {
    id: "gradient-unless-transverse",
    source: "003_cb0e800cb11a91bb.txt after eq. (114)",
    statement:
      "A nonzero temperature gradient is formed unless α_zz = cos²θ = 0 (the transverse Ising model).",
    quantity: "T_1 − T_2 of the zeroth-order (perturbative) profile at θ = π/4 and at θ = π/2",
    tolerance: "> 1e-6 at π/4 (far above round-off); |·| ≤ 1e-9 at π/2",
  },
] as const;

/** The deviations from eqs. (111)-(112) and the λ → 0 profile of one panel, for the verdicts. */
interface PanelProfiles {
  label: string;
  /** Relative deviation of the weak-coupling engine at QUOTED_COUPLING (undefined: not in the run). */
  weakCoupling?: number;
  /** The perturbative engine's profile and its relative deviation (undefined: not in the run). */
  limit?: { T: number[]; deviation: number };
}

function verdicts([gradient, transverse]: PanelProfiles[]): ClaimOutcome[] {
  const missing = (what: string, claim: string): ClaimOutcome => ({
    claim,
    verdict: "inconclusive",
    evidence: `no ${what} engine among the run's engines (or it has no state here)`,
  });
  const outcomes: ClaimOutcome[] = [];
  if (gradient.limit && transverse.limit) {
    const worst = Math.max(gradient.limit.deviation, transverse.limit.deviation);
    outcomes.push({
      claim: "exact-limit",
      verdict: worst <= EXACT_TOLERANCE ? "confirmed" : "refuted",
      evidence: `largest relative deviation ${formatNumber(worst)} (π/4: ${formatNumber(gradient.limit.deviation)}, π/2: ${formatNumber(transverse.limit.deviation)})`,
    });
  } else outcomes.push(missing("perturbative", "exact-limit"));
  if (gradient.weakCoupling !== undefined) {
    outcomes.push({
      claim: "order-1e-2",
      verdict: ofOrder(gradient.weakCoupling, 1e-2) ? "confirmed" : "refuted",
      evidence: `relative deviation ${formatNumber(gradient.weakCoupling)} at λ = ${QUOTED_COUPLING}, θ = π/4`,
    });
  } else outcomes.push(missing("weak-coupling", "order-1e-2"));
  if (gradient.weakCoupling !== undefined && transverse.weakCoupling !== undefined) {
    const ratio = transverse.weakCoupling / gradient.weakCoupling;
    outcomes.push({
      claim: "transverse-faster",
      verdict: ratio <= 0.1 ? "confirmed" : "refuted",
      evidence: `π/2: ${formatNumber(transverse.weakCoupling)}, π/4: ${formatNumber(gradient.weakCoupling)}: ratio ${formatNumber(ratio)}`,
    });
  } else outcomes.push(missing("weak-coupling", "transverse-faster"));
  if (gradient.limit && transverse.limit) {
    const [step, flat] = [gradient.limit.T, transverse.limit.T].map((T) => T[0] - T[1]);
    outcomes.push({
      claim: "gradient-unless-transverse",
      verdict: step > 1e-6 && Math.abs(flat) <= EXACT_TOLERANCE ? "confirmed" : "refuted",
      evidence: `T_1 − T_2 = ${formatNumber(step)} at π/4, ${formatNumber(flat)} at π/2`,
    });
  } else outcomes.push(missing("perturbative", "gradient-unless-transverse"));
  return outcomes;
}

/**
 * Paper 003 Fig. 4: the temperature profile of the two-spin tilted Ising model between baths at T_L = 1.5
 * and T_R = 0.5, from the weak-coupling master equation at λ = 0.1 and 0.01 (points, as the paper's circles
 * and squares) against the analytic λ → 0 result eqs. (111)-(114) (the line), with the perturbative
 * engine's zeroth-order state and, what the paper does not show, the global, local and Redfield equations
 * at λ = 0.01.
 */
export default defineFigure({
  id: "paper-003-fig4",
  title: "Temperature profile of the two-spin tilted Ising model",
  source: "003_cb0e800cb11a91bb.txt Fig. 4, eqs. (111)-(114)",
  description:
    "Local temperatures T_l = h/atanh(−⟨σz_l⟩) of the two spins (sites 1, 2; the baths at 0 and 3) for θ = π/4 and " +
    "π/2: the weak-coupling master equation at λ = 0.1 and 0.01 (points), the λ → 0 limit of eqs. (111)-(114) " +
    "(line) and of the perturbative engine, and the other master equations at λ = 0.01.",
  claims: CLAIMS,
  compute(context) {
    const notes: string[] = [];
    const panels: PanelProfiles[] = [];
    const charts: LineChartSpec[] = FIG4_PANELS.map(({ theta, label }) => {
      const set = { N: 2, theta };
      const p = context.prepared.problemAt(set, "figure").parameters as Record<string, number>;
      const [TL, TR] = [p.TL, p.TR];
      const analytic = twoSpinT({ theta, tL: p.tL, tR: p.tR, c: (p.cL + p.cR) / 2, d: (p.dL + p.dR) / 2 });
      const analyticT = analytic.map((t) => localTemperature(t, p.h));
      const series: LineChartSpec["series"] = [
        { name: "eqs. (111)-(112), λ → 0", ...withBaths(analyticT, TL, TR), style: "line" },
      ];
      const panel: PanelProfiles = { label };
      const draw = (name: string, engine: Engine, lam: number, style: "points" | "line-points") => {
        const profile = temperatureProfile(context, engine, { ...set, lam });
        if (typeof profile === "string") {
          notes.push(`${label}, ${name}: ${profile}`);
          return undefined;
        }
        series.push({ name, ...withBaths(profile.T, TL, TR), style });
        return { T: profile.T, deviation: relativeDeviation(profile.T, analyticT) };
      };
      const engines = (approximations: FigureEngineFilter["approximations"]) =>
        figureEngines(context, { approximations, needs: ["steadyState"], set });
      for (const engine of engines(["weak-coupling"])) {
        for (const lam of FIG4_COUPLINGS) {
          const drawn = draw(`${engine.id} λ = ${lam}`, engine, lam, "points");
          if (drawn && lam === QUOTED_COUPLING) panel.weakCoupling ??= drawn.deviation;
        }
      }
      for (const engine of engines(["perturbative"])) {
        panel.limit ??= draw(`${engine.id} (λ → 0)`, engine, QUOTED_COUPLING, "points");
      }
      for (const engine of engines(["secular", "local", "bloch-redfield"])) {
        const drawn = draw(`${engine.id} λ = ${QUOTED_COUPLING}`, engine, QUOTED_COUPLING, "line-points");
        if (drawn) {
          notes.push(
            `${label}, ${engine.id} λ = ${QUOTED_COUPLING}: relative deviation from eqs. (111)-(112) ${formatNumber(drawn.deviation)}`,
          );
        }
      }
      panels.push(panel);
      return {
        kind: "line",
        title: `${label}, T_L = ${TL}, T_R = ${TR}`,
        xLabel: "site (0 and 3: the baths)",
        yLabel: "local temperature T",
        series,
      };
    });
    return {
      charts,
      verdicts: verdicts(panels),
      notes: [...notes, ...charts.flatMap(coincidingSeriesNotes)],
    };
  },
});
