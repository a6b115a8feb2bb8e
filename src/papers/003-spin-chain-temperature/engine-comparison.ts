import type { Engine } from "../../plugins/engine.js";
import {
  type ClaimOutcome,
  defineFigure,
  type FigureContext,
  type LineChartSpec,
} from "../../plugins/figure.js";
import { formatNumber } from "../../plugins/outcome.js";
import { coincidingSeriesNotes } from "../002-thermal-machine/coinciding-series.js";
import { figureEngines } from "../figure-engines.js";
import { relativeDeviation } from "./profile-deviation.js";
import { temperatureProfile, withBaths } from "./temperature-profile.js";

const COMPARISON_SET = { N: 6, theta: Math.PI / 4, lam: 0.01 };
/** The two-spin chain at the same θ and λ, for the comparison of Sec. III B. */
const TWO_SPIN_SET = { ...COMPARISON_SET, N: 2 };

const CLAIMS = [
  {
    id: "equally-good-two-and-six",
    source: "003_cb0e800cb11a91bb.txt Sec. III B, last paragraphs",
    statement:
      "For local temperatures the zeroth-order approximation is equally good for the system sizes N = 2 and N = 6.",
    quantity:
      "largest relative deviation of the weak-coupling (eq. (16)) profile at λ = 0.01 from the zeroth-order one, " +
      "N = 6 over N = 2 (θ = π/4)",
    tolerance: "ratio within [1/2, 2]",
  },
] as const;

/**
 * The verdict of Sec. III B's claim: the weak-coupling engine's deviation from the zeroth-order profile at
 * λ = 0.01, N = 6 (from the figure's own profiles) against the same at N = 2 (solved here).
 */
function equallyGoodVerdict(context: FigureContext, profiles: Map<Engine, number[]>): ClaimOutcome {
  const claim = CLAIMS[0].id;
  const kind = (approximation: string) =>
    [...profiles.keys()].find((e) => e.traits.approximation === approximation);
  const [weakCoupling, limit] = [kind("weak-coupling"), kind("perturbative")];
  if (!weakCoupling || !limit) {
    return {
      claim,
      verdict: "inconclusive",
      evidence: "no weak-coupling or no perturbative profile at N = 6",
    };
  }
  const six = relativeDeviation(profiles.get(weakCoupling)!, profiles.get(limit)!);
  const [numerical, zeroth] = [weakCoupling, limit].map((engine) =>
    temperatureProfile(context, engine, TWO_SPIN_SET),
  );
  if (typeof numerical === "string" || typeof zeroth === "string") {
    return {
      claim,
      verdict: "inconclusive",
      evidence: `N = 2: ${[numerical, zeroth].filter((e) => typeof e === "string").join("; ")}`,
    };
  }
  const two = relativeDeviation(numerical.T, zeroth.T);
  const ratio = six / two;
  return {
    claim,
    verdict: ratio >= 0.5 && ratio <= 2 ? "confirmed" : "refuted",
    evidence: `N = 6: ${formatNumber(six)}, N = 2: ${formatNumber(two)}: ratio ${formatNumber(ratio)}`,
  };
}

/**
 * What paper 003 does not show: the six-spin profile at λ = 0.01 from every master equation of the run —
 * the paper's weak-coupling equation, global and local Lindblad, full Redfield — next to the λ → 0 profile.
 * The spread between them at one λ is the price of each approximation.
 */
export default defineFigure({
  id: "paper-003-engines",
  title: "The six-spin profile from every master equation",
  source: "003_cb0e800cb11a91bb.txt Sec. III B, IV B, Fig. 5",
  description:
    "Local temperatures of the N = 6 tilted Ising chain (θ = π/4, λ = 0.01) from each selected engine: the weak-coupling " +
    "master equation of eq. (16), the global and local Lindblad equations, Bloch-Redfield and the perturbative λ → 0 state.",
  claims: CLAIMS,
  compute(context) {
    const notes: string[] = [];
    const p = context.prepared.problemAt(COMPARISON_SET, "figure").parameters as Record<string, number>;
    const series: LineChartSpec["series"] = [];
    const profiles = new Map<Engine, number[]>();
    for (const engine of figureEngines(context, { needs: ["steadyState"], set: COMPARISON_SET })) {
      const profile = temperatureProfile(context, engine, COMPARISON_SET);
      if (typeof profile === "string") notes.push(profile);
      else {
        profiles.set(engine, profile.T);
        series.push({ name: engine.id, ...withBaths(profile.T, p.TL, p.TR), style: "line-points" });
      }
    }
    const chart: LineChartSpec = {
      kind: "line",
      title: "N = 6, θ = π/4, λ = 0.01",
      xLabel: "site (0 and 7: the baths)",
      yLabel: "local temperature T",
      series,
    };
    return {
      charts: [chart],
      verdicts: [equallyGoodVerdict(context, profiles)],
      notes: [...notes, ...coincidingSeriesNotes(chart)],
    };
  },
});
