import { type ClaimOutcome, defineFigure, type LineChartSpec } from "../../plugins/figure.js";
import { formatNumber } from "../../plugins/outcome.js";
import { linearPoints } from "../../runner/sweep.js";
import { bellEngines, solvePlans, valueOrGap } from "../001-entanglement-nonlocality/bell-sweep.js";
import { decayRates, noisyBell } from "./bell-parameter.js";
import { coincide, coincidingSeriesNotes, largestDifference } from "./coinciding-series.js";
import { localEquationNote, paperEquationOf } from "./paper-equation.js";

/** Collective dephasing intensities γc of the curves (the arrow of Fig. 3 points along growing γc). */
const COLLECTIVE = [0, 2e-4, 5e-4, 1e-3, 1e-2];
/** Fig. 3: χ1 = 0.005, χ2 = 0.015, T2 = 0.3g, γl = 1e-4 on each qubit. */
const SET = { chi1: 0.005, chi2: 0.015, T2: 0.3, gl1: 1e-4, gl2: 1e-4 };
/** The rows of Fig. 3: two spin baths (top), two bosonic baths (bottom). */
const PANELS = [
  { id: "(a)", label: "(a) two spin baths", stats: "spin" },
  { id: "(b)", label: "(b) two bosonic baths", stats: "boson" },
] as const;
/** Agreement with the closed form eq. (29): the solvers' round-off. */
const CLOSED_FORM_TOLERANCE = 1e-9;

const CLAIMS = [
  {
    id: "eq29",
    source: "002_2a2ed7907f7a4e96.txt eqs. (21), (29), (36)-(41)",
    statement:
      "The unique steady state with dephasing has B = 2√(γc² + (γc + γl)²)(Γ1 − Γ2)/N, " +
      "N = 4γl² + 8γcγl + (γc + γl)(Γ1 + Γ2).",
    quantity:
      "largest |B − eq. (29)| of the paper's master equation (13) + (28) (the secular engine), both rows",
    tolerance: "≤ 1e-9",
  },
  {
    id: "local-noise-local",
    source: "002_2a2ed7907f7a4e96.txt Sec. 5 after eq. (29)",
    statement: "If the only source of noise is local noise then the steady state is always Bell local.",
    quantity: "largest B of the γc = 0 curve (γl = 1e-4 only), both rows",
    tolerance: "≤ 2",
  },
  {
    id: "collective-boost",
    source: "002_2a2ed7907f7a4e96.txt Fig. 3 caption, Sec. 5 after eq. (30)",
    statement:
      "Increasing the collective noise intensity γc boosts steady-state Bell nonlocality and can make a Bell-local " +
      "steady state nonlocal.",
    quantity:
      "smallest increase of B from each γc to the next over T1, both rows, and the temperatures where B ≤ 2 " +
      "at γc = 0 but B > 2 at the largest γc",
    tolerance: "every increase > 0, and at least one such temperature",
  },
  {
    id: "gradient-degrades",
    source: "002_2a2ed7907f7a4e96.txt Sec. 5 after eq. (29), Appendix C",
    statement:
      "A temperature gradient can only degrade steady-state Bell nonlocality: B(T1, T2) < B(T2, T2) for T1 > T2.",
    quantity: "largest B(T1) − B(T1 = T2 = 0.3g) over T1 > T2 on every curve, both rows",
    tolerance: "< 0",
  },
] as const;

type Curves = (number | null)[][];

/** The verdicts from the paper's equation's curves, curves[panel][γc][T1 index]. */
function verdicts(g: number, xs: number[], curves: Curves[] | null): ClaimOutcome[] {
  if (!curves) {
    return CLAIMS.map((claim) => ({
      claim: claim.id,
      verdict: "inconclusive",
      evidence: "the paper's master equation (13), a secular engine, is not among the run's engines",
    }));
  }
  const values = curves.flat(2);
  if (values.some((v) => v === null)) {
    return CLAIMS.map((claim) => ({
      claim: claim.id,
      verdict: "inconclusive",
      evidence: `${values.filter((v) => v === null).length} points without a unique steady state`,
    }));
  }
  const B = curves as number[][][];
  let closedForm = 0;
  PANELS.forEach((panel, p) =>
    COLLECTIVE.forEach((gc, c) =>
      xs.forEach((T1, k) => {
        const baths = { g, chi1: SET.chi1, chi2: SET.chi2, T1, T2: SET.T2, statistics: panel.stats };
        const { Gamma1, Gamma2 } = decayRates(baths);
        const gl = (SET.gl1 + SET.gl2) / 2;
        closedForm = Math.max(closedForm, Math.abs(B[p][c][k] - noisyBell(Gamma1, Gamma2, gc, gl)));
      }),
    ),
  );
  const localOnly = Math.max(...B.map((panel) => Math.max(...panel[0])));
  let smallestIncrease = Number.POSITIVE_INFINITY;
  for (const panel of B) {
    for (let c = 1; c < COLLECTIVE.length; c++) {
      panel[c].forEach((b, k) => (smallestIncrease = Math.min(smallestIncrease, b - panel[c - 1][k])));
    }
  }
  const turned = B.map((panel) =>
    xs.filter((_, k) => panel[0][k] <= 2 && panel[COLLECTIVE.length - 1][k] > 2),
  );
  // xs[0] is T1 = T2: the largest B(T1, T2) − B(T2, T2) over the hotter T1 of each curve
  const gradient = Math.max(
    ...B.flatMap((panel) => panel.map((curve) => Math.max(...curve.slice(1)) - curve[0])),
  );
  return [
    {
      claim: "eq29",
      verdict: closedForm <= CLOSED_FORM_TOLERANCE ? "confirmed" : "refuted",
      evidence: `max |B − eq. (29)| = ${formatNumber(closedForm)} over ${values.length} points`,
    },
    {
      claim: "local-noise-local",
      verdict: localOnly <= 2 ? "confirmed" : "refuted",
      evidence: `largest B at γc = 0: ${formatNumber(localOnly)}`,
    },
    {
      claim: "collective-boost",
      verdict: smallestIncrease > 0 && turned.some((t) => t.length > 0) ? "confirmed" : "refuted",
      evidence:
        `smallest increase of B to the next γc: ${formatNumber(smallestIncrease)}; local at γc = 0 and nonlocal at ` +
        `γc = ${COLLECTIVE.at(-1)}: ${PANELS.map((panel, p) => `${panel.id} ${turned[p].length} of ${xs.length} T1`).join(", ")}`,
    },
    {
      claim: "gradient-degrades",
      verdict: gradient < 0 ? "confirmed" : "refuted",
      evidence: `largest B(T1) − B(T2) over T1 > T2 = ${formatNumber(gradient)} (T2 = ${SET.T2}g)`,
    },
  ];
}

/**
 * Paper 002 Fig. 3: Bell parameter B of the unique steady state with dephasing (eq. (28)) against T1/g at
 * T2 = 0.3g for growing collective noise γc: collective noise makes Bell nonlocality possible (eq. (29),
 * condition (30)); two spin baths (top row) and two bosonic baths (bottom row). One chart per row and
 * engine, one curve per γc as in the paper; an engine whose curves coincide with an earlier engine's is
 * named in the notes instead of drawn again.
 */
export default defineFigure({
  id: "paper-002-fig3",
  title: "Collective noise can boost steady-state Bell nonlocality",
  source: "002_2a2ed7907f7a4e96.txt Fig. 3, eqs. (21), (28)-(30)",
  description:
    "Horodecki CHSH maximum B of the unique steady state against T1/g at T2 = 0.3g, local dephasing γl = 1e-4 " +
    "on each qubit and collective dephasing γc from 0 to 1e-2, χ1 = 0.005, χ2 = 0.015; spin baths (a) and " +
    "bosonic baths (b). One chart per row and engine, one curve per γc.",
  claims: CLAIMS,
  async compute(context) {
    const xs = linearPoints(0.3, 3, 28);
    const plans = PANELS.flatMap((panel) =>
      COLLECTIVE.map((gc) => {
        const set = { ...SET, gc, stats1: panel.stats, stats2: panel.stats };
        return { parameter: "T1", xs, engines: bellEngines(context, set), set };
      }),
    );
    const solved = await solvePlans(context, plans);
    const curveOf = (p: number, c: number, engine: string) =>
      solved[p * COLLECTIVE.length + c][engine]?.map((point) => valueOrGap(point, (q) => q.chsh)) ??
      xs.map(() => null);
    const charts: LineChartSpec[] = [];
    const notes: string[] = [];
    const engines = [...new Set(plans.flatMap((plan) => plan.engines))];
    PANELS.forEach((panel, p) => {
      const drawn: { engine: string; chart: LineChartSpec }[] = [];
      for (const engine of engines) {
        const chart: LineChartSpec = {
          kind: "line",
          title: `${panel.label}, ${engine}, T2 = 0.3g`,
          xLabel: "T1/g",
          yLabel: "B (Horodecki CHSH maximum)",
          legendTitle: "collective dephasing",
          series: COLLECTIVE.map((gc, c) => ({ name: `γc = ${gc}`, x: xs, y: curveOf(p, c, engine) })),
        };
        if (chart.series.every((s) => s.y.every((y) => y === null))) {
          notes.push(
            `${panel.label}: ${engine} has no unique steady state at any of its ${xs.length * COLLECTIVE.length} points`,
          );
          continue;
        }
        const twin = drawn.find(({ chart: other }) =>
          other.series.every((s, c) => coincide(s, chart.series[c])),
        );
        if (twin) {
          const difference = Math.max(
            ...twin.chart.series.map((s, c) => largestDifference(s, chart.series[c]) ?? 0),
          );
          notes.push(
            `${panel.label}: ${engine} coincides with ${twin.engine} on every curve to ${formatNumber(difference)} (not drawn again)`,
          );
          continue;
        }
        drawn.push({ engine, chart });
      }
      charts.push(...drawn.map(({ chart }) => chart));
      notes.push(...drawn.flatMap(({ chart }) => coincidingSeriesNotes(chart)));
    });
    const paper = paperEquationOf(context, engines);
    const curves = paper ? PANELS.map((_, p) => COLLECTIVE.map((_, c) => curveOf(p, c, paper))) : null;
    const g = Number(context.prepared.problemAt({}, "figure").parameters.g);
    return {
      charts,
      verdicts: verdicts(g, xs, curves),
      notes: [...notes, ...localEquationNote(context, engines)],
    };
  },
});
