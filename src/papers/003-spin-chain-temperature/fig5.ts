import type { Engine } from "../../plugins/engine.js";
import { type ClaimOutcome, defineFigure, type LineChartSpec } from "../../plugins/figure.js";
import { formatNumber } from "../../plugins/outcome.js";
import { coincidingSeriesNotes } from "../002-thermal-machine/coinciding-series.js";
import { figureEngines } from "../figure-engines.js";
import { EXACT_TOLERANCE, LEAST_ORDER } from "./coupling-scan.js";
import { FIG4_PANELS } from "./fig4.js";
import { ofOrder, orderRange, relativeDeviation, spread } from "./profile-deviation.js";
import { temperatureProfile, withBaths } from "./temperature-profile.js";

/** The couplings of Fig. 5. */
export const FIG5_COUPLINGS = [1e-1, 1e-2, 1e-3, 1e-4];
const FIG5_SITES = 6;
/** The coupling at which the paper quotes its relative errors. */
const QUOTED_COUPLING = 0.01;
/** A temperature difference far above the solvers' error (≤ 1e-9 at these condition numbers). */
const NONZERO_GRADIENT = 1e-6;

const CLAIMS = [
  {
    id: "gradient-pi4",
    source: "003_cb0e800cb11a91bb.txt text before Fig. 5, eq. (150)",
    statement: "The temperature gradient is nonzero for θ = π/4, where α_zz ≠ 0.",
    quantity:
      "T_1 − T_N of the λ → 0 (perturbative) profile, and of the weak-coupling engine at the smallest λ, θ = π/4",
    tolerance: "> 1e-6 (far above the solvers' error)",
  },
  {
    id: "flat-pi2",
    source: "003_cb0e800cb11a91bb.txt text before Fig. 5, eq. (150)",
    statement: "The temperature gradient vanishes for θ = π/2, where α_zz = 0, as expected from eq. (150).",
    quantity:
      "spread max_l T_l − min_l T_l of the weak-coupling engine at θ = π/2 for λ = 0.1 … 1e-4, and its order of " +
      "decrease per decade of λ",
    tolerance: `falling at least as λ^${LEAST_ORDER} per decade (or below 1e-9) and ≤ 1e-6 at λ = 1e-4`,
  },
  {
    id: "order-1e-2",
    source: "003_cb0e800cb11a91bb.txt text before Fig. 5",
    statement:
      "For θ = π/4 the numerical results agree with the weak-coupling limit for λ = 0.01, with relative errors " +
      "of order 1e-2.",
    quantity:
      "largest relative deviation of the weak-coupling profile at λ = 0.01 from the λ → 0 (perturbative) one, θ = π/4",
    tolerance: `of order 1e-2: within half a decade, ${orderRange(1e-2).map(formatNumber).join(" … ")}`,
  },
  {
    id: "transverse-faster",
    source: "003_cb0e800cb11a91bb.txt text before Fig. 5",
    statement: "For θ = π/2 the convergence is much faster, the same as in the two-spin case.",
    quantity:
      "largest relative deviation of the weak-coupling profile at λ = 0.01 from that at λ = 1e-4, θ = π/2 over θ = π/4 " +
      "(there is no zeroth-order state at π/2: H1 is degenerate in a block of H0)",
    tolerance: "≤ 0.1 (at least ten times smaller)",
  },
] as const;

/** The profiles of one panel: the weak-coupling engine's by λ and the λ → 0 one. */
interface PanelProfiles {
  weakCoupling: Map<number, number[]>;
  limit?: number[];
}

function inconclusive(claim: string, evidence: string): ClaimOutcome {
  return { claim, verdict: "inconclusive", evidence };
}

function gradientVerdict({ weakCoupling, limit }: PanelProfiles): ClaimOutcome {
  const smallest = weakCoupling.get(FIG5_COUPLINGS.at(-1)!);
  if (!limit || !smallest)
    return inconclusive("gradient-pi4", "no perturbative or weak-coupling profile at θ = π/4");
  const [zeroth, numerical] = [limit, smallest].map((T) => T[0] - T[T.length - 1]);
  return {
    claim: "gradient-pi4",
    verdict: zeroth > NONZERO_GRADIENT && numerical > NONZERO_GRADIENT ? "confirmed" : "refuted",
    evidence: `T_1 − T_N = ${formatNumber(zeroth)} (λ → 0), ${formatNumber(numerical)} (λ = ${FIG5_COUPLINGS.at(-1)})`,
  };
}

function flatVerdict({ weakCoupling }: PanelProfiles): ClaimOutcome {
  const spreads = FIG5_COUPLINGS.map((lam) => weakCoupling.get(lam)).map((T) => (T ? spread(T) : undefined));
  if (spreads.some((s) => s === undefined))
    return inconclusive("flat-pi2", "a weak-coupling profile at θ = π/2 is missing");
  const s = spreads as number[];
  const orders = s.slice(1).map((weaker, k) => Math.log10(s[k] / weaker));
  const falling = orders.every((order, k) => order >= LEAST_ORDER || s[k + 1] <= EXACT_TOLERANCE);
  return {
    claim: "flat-pi2",
    verdict: falling && s.at(-1)! <= NONZERO_GRADIENT ? "confirmed" : "refuted",
    evidence:
      `spread ${s.map(formatNumber).join(", ")} at λ = ${FIG5_COUPLINGS.join(", ")}; ` +
      `orders per decade ${orders.map((o) => o.toFixed(2)).join(", ")}`,
  };
}

function orderVerdict({ weakCoupling, limit }: PanelProfiles): ClaimOutcome {
  const quoted = weakCoupling.get(QUOTED_COUPLING);
  if (!limit || !quoted)
    return inconclusive("order-1e-2", "no perturbative or weak-coupling profile at θ = π/4");
  const deviation = relativeDeviation(quoted, limit);
  return {
    claim: "order-1e-2",
    verdict: ofOrder(deviation, 1e-2) ? "confirmed" : "refuted",
    evidence: `relative deviation ${formatNumber(deviation)} at λ = ${QUOTED_COUPLING}`,
  };
}

function fasterVerdict(gradient: PanelProfiles, transverse: PanelProfiles): ClaimOutcome {
  const last = FIG5_COUPLINGS.at(-1)!;
  const deviations = [gradient, transverse].map(({ weakCoupling }) => {
    const [quoted, reference] = [weakCoupling.get(QUOTED_COUPLING), weakCoupling.get(last)];
    return quoted && reference ? relativeDeviation(quoted, reference) : undefined;
  });
  if (deviations.some((d) => d === undefined))
    return inconclusive("transverse-faster", "a weak-coupling profile is missing");
  const [slow, fast] = deviations as number[];
  return {
    claim: "transverse-faster",
    verdict: fast / slow <= 0.1 ? "confirmed" : "refuted",
    evidence: `π/2: ${formatNumber(fast)}, π/4: ${formatNumber(slow)} (from λ = ${last}): ratio ${formatNumber(fast / slow)}`,
  };
}

/**
 * Paper 003 Fig. 5: the profile of the six-spin tilted Ising chain from the weak-coupling master equation
 * at λ = 1e-1 … 1e-4 (points, as the paper's symbols) for θ = π/4 and π/2, with the perturbative λ → 0
 * profile (line) where it exists. At λ = 1e-4 the Liouvillian is ill-conditioned (estimates near 1e8): the
 * residual and condition estimate of each solve are in the notes.
 */
export default defineFigure({
  id: "paper-003-fig5",
  title: "Temperature profile of the six-spin tilted Ising chain",
  source: "003_cb0e800cb11a91bb.txt Fig. 5, eq. (150)",
  description:
    "Local temperatures of the N = 6 chain (sites 1-6, baths at 0 and 7) from the weak-coupling master equation " +
    "at λ = 0.1, 0.01, 0.001 and 0.0001 (points), for θ = π/4 (a gradient forms, α_zz ≠ 0) and π/2 (flat, α_zz = 0), " +
    "and the perturbative zeroth-order profile (line).",
  claims: CLAIMS,
  compute(context) {
    const notes: string[] = [];
    const panels: PanelProfiles[] = [];
    const charts: LineChartSpec[] = FIG4_PANELS.map(({ theta, label }) => {
      const set = { N: FIG5_SITES, theta };
      const p = context.prepared.problemAt(set, "figure").parameters as Record<string, number>;
      const series: LineChartSpec["series"] = [];
      const panel: PanelProfiles = { weakCoupling: new Map() };
      const draw = (name: string, engine: Engine, lam: number, style: "points" | "line") => {
        const profile = temperatureProfile(context, engine, { ...set, lam });
        if (typeof profile === "string") {
          notes.push(`${label}, ${name}: ${profile}`);
          return undefined;
        }
        series.push({ name, ...withBaths(profile.T, p.TL, p.TR), style });
        const condition = profile.conditionEstimate
          ? `, condition estimate ${profile.conditionEstimate.toExponential(1)}`
          : "";
        notes.push(`${label}, ${name}: residual ${profile.residual.toExponential(1)}${condition}`);
        return profile.T;
      };
      for (const engine of figureEngines(context, {
        approximations: ["weak-coupling"],
        needs: ["steadyState"],
        set,
      })) {
        for (const lam of FIG5_COUPLINGS) {
          const T = draw(`${engine.id} λ = ${lam}`, engine, lam, "points");
          if (T && !panel.weakCoupling.has(lam)) panel.weakCoupling.set(lam, T);
        }
      }
      for (const engine of figureEngines(context, {
        approximations: ["perturbative"],
        needs: ["steadyState"],
        set,
      })) {
        panel.limit ??= draw(`${engine.id} (λ → 0)`, engine, QUOTED_COUPLING, "line");
      }
      panels.push(panel);
      return {
        kind: "line",
        title: `${label}, N = ${FIG5_SITES}`,
        xLabel: `site (0 and ${FIG5_SITES + 1}: the baths)`,
        yLabel: "local temperature T",
        series,
      };
    });
    const [gradient, transverse] = panels;
    return {
      charts,
      verdicts: [
        gradientVerdict(gradient),
        flatVerdict(transverse),
        orderVerdict(gradient),
        fasterVerdict(gradient, transverse),
      ],
      notes: [...notes, ...charts.flatMap(coincidingSeriesNotes)],
    };
  },
});
