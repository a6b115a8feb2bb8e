import type { FigureContext, LineChartSpec } from "../../plugins/figure.js";
import { linearPoints } from "../../runner/sweep.js";
import { bellMeasuresAt } from "./bell-measures-at.js";
import type { BellPoint } from "./bell-point.js";
import {
  bellEngines,
  CORRELATION_MEASURES,
  engineChart,
  maximumMark,
  solvePlans,
  valueOrGap,
} from "./bell-sweep.js";
import { type CriticalBias, criticalBias } from "./critical-bias.js";
import { paperEngineId } from "./paper-engine.js";

/** One panel of Fig. 8 or 12: its label, the parameters that set it up, and whether it is mirror symmetric. */
export interface BiasPanel {
  label: string;
  set: Record<string, number>;
  symmetric: boolean;
}

/** A panel scanned: every engine's points, and the paper's engine's C, I2, I3 with its eq. (35) search. */
export interface ScannedBiasPanel {
  panel: BiasPanel;
  curves: Record<string, (BellPoint | null)[]>;
  /** Present when the paper's engine (Bloch-Redfield) treats the case. */
  paper?: {
    points: (BellPoint | null)[];
    C: (number | null)[];
    I2: (number | null)[];
    I3: (number | null)[];
    /** The critical bias of eq. (35) of one measure, by golden sections on the paper's engine. */
    critical(key: "C" | "I2" | "I3"): CriticalBias;
  };
}

/**
 * Paper 001 Figs. 8 and 12 (001_a04d396bbf339a9e.txt Secs. 5.2, 5.3): concurrence (eq. (1)), I2 (eq. (5)) and
 * I3 (eq. (8)) of every engine's steady state against a bias (ΔT or Δμ) for each panel, one chart per panel
 * and measure with the paper's engine's maximum marked, and that engine's curves for the claims.
 */
export async function scanBiasPanels(
  context: FigureContext,
  scan: {
    parameter: string;
    xLabel: string;
    range: { from: number; to: number };
    points: number;
    panels: readonly BiasPanel[];
    /** The search of eq. (35): samples bracketing the maximum, then golden sections to this tolerance. */
    criticalSearch: { points: number; tolerance: number };
  },
): Promise<{ xs: number[]; paper: string | undefined; charts: LineChartSpec[]; panels: ScannedBiasPanel[] }> {
  const { parameter, range, panels } = scan;
  const xs = linearPoints(range.from, range.to, scan.points);
  const plans = panels.map((panel) => ({
    parameter,
    xs,
    engines: bellEngines(context, panel.set),
    set: panel.set,
    withI3322: true,
  }));
  const solved = await solvePlans(context, plans);
  const paper = paperEngineId(context);
  const charts: LineChartSpec[] = [];
  const scanned = panels.map((panel, k): ScannedBiasPanel => {
    const curves = solved[k];
    const points = paper ? curves[paper] : undefined;
    const reference = points ?? Object.values(curves)[0];
    for (const measure of CORRELATION_MEASURES) {
      const marks = reference
        ? maximumMark(
            xs,
            reference.map((p) => valueOrGap(p, measure.select)),
            measure.key,
          )
        : [];
      const title = `${panel.label}: ${measure.label}`;
      charts.push(engineChart(title, scan.xLabel, measure.label, xs, curves, measure.select, marks));
    }
    if (!paper || !points) return { panel, curves };
    const [C, I2, I3] = CORRELATION_MEASURES.map((m) => points.map((p) => valueOrGap(p, m.select)));
    const search = { ...range, ...scan.criticalSearch };
    const critical = (key: "C" | "I2" | "I3") =>
      criticalBias(
        (bias) => bellMeasuresAt(context, paper, { ...panel.set, [parameter]: bias })[key],
        search,
      );
    return { panel, curves, paper: { points, C, I2, I3, critical } };
  });
  return { xs, paper, charts, panels: scanned };
}
