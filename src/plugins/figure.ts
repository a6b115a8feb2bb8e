import type { PreparedCase } from "../cases/build-problem.js";
import type { Engine } from "./engine.js";
import type { TaskContext } from "./task-context.js";

/** A line chart as plain data (rendered by src/report/plots.ts `lineChartSvg`). */
export interface LineChartSpec {
  kind: "line";
  title: string;
  xLabel: string;
  yLabel: string;
  series: {
    name: string;
    x: number[];
    y: (number | null)[];
    /** How the series is drawn (default `line`): the paper's convention, e.g. exact results as points. */
    style?: "line" | "points" | "line-points";
  }[];
  logX?: boolean;
  logY?: boolean;
  /** Vertical markers, e.g. a maximum or a critical value. */
  marks?: { x: number; label: string }[];
  legendTitle?: string;
}

/** A heat map as plain data (rendered by `heatmapSvg`); z[i][j] is the value at (x[j], y[i]). */
export interface HeatmapSpec {
  kind: "heatmap";
  title: string;
  xLabel: string;
  yLabel: string;
  x: number[];
  y: number[];
  z: (number | null)[][];
  logX?: boolean;
  logY?: boolean;
  colorLabel: string;
  /** Curves drawn over the map: borderlines, fitted power laws, regime boundaries. */
  overlays?: { name: string; x: number[]; y: number[] }[];
}

export type ChartSpec = LineChartSpec | HeatmapSpec;

/**
 * A claim the paper makes about what a figure shows, declared as data by the figure: what is claimed,
 * where, which quantity the suite measures to test it and how close counts as agreement.
 */
export interface FigureClaim {
  /** Stable within the figure, e.g. `curvature-exponent` (baselines key verdicts by it). */
  id: string;
  /** Where the paper says it: file and equation, page or caption, e.g. `000_47becd3a7196453b.txt eq. (25)`. */
  source: string;
  /** What the paper claims, in its words or close to them. */
  statement: string;
  /** The quantity measured to test it, e.g. `exponent of the fitted curvature borderline`. */
  quantity: string;
  /** What counts as agreement, with the number, e.g. `within ±0.01 of −1/3`. */
  tolerance: string;
}

/**
 * What the suite's numbers say about a claim: `confirmed` (agreement within the tolerance), `refuted`
 * (a measured disagreement beyond it, with the reason when the paper is wrong), `inconclusive` (the
 * numbers cannot tell: too few points, outside the range computed, an engine missing).
 */
export type ClaimVerdict = "confirmed" | "refuted" | "inconclusive";

export interface ClaimOutcome {
  /** The id of the claim (FigureClaim.id). */
  claim: string;
  verdict: ClaimVerdict;
  /** The numbers behind the verdict: measured, expected, difference, e.g. `−0.350 ± 0.003 against −1/3`. */
  evidence: string;
}

/** What a figure computes: charts, a verdict on each of its claims, optional notes and a table. */
export interface FigureResult {
  charts: ChartSpec[];
  /** One outcome per declared claim (a claim left out is reported as inconclusive). */
  verdicts?: ClaimOutcome[];
  notes?: string[];
  table?: { columns: string[]; rows: (string | number | null)[][] };
}

export interface FigureContext {
  /** The case that draws the figure (its `figures` list), prepared (problemAt, references, …). */
  prepared: PreparedCase;
  /** The engines selected for this run that the figure may draw (each figure picks by their traits). */
  engines: Engine[];
  /** The run's registry and cases, for parallelMap. */
  tasks: TaskContext;
  /** Reports progress within the figure: done/total of its own units of work. */
  onProgress?: (done: number, total: number) => void;
  seed: number;
}

/**
 * A figure of a paper reproduced from the suite's own numbers (e.g. paper 001 Fig. 6): a plugin in the
 * registry like engines and properties. A case draws the figures it lists (`figures: [...]`); `run`
 * computes them for the selected cases and engines, and the report shows them on the case's page with
 * their source.
 */
export interface Figure {
  id: string;
  title: string;
  /** Paper, figure and equations reproduced, e.g. `001_a04d396bbf339a9e.txt Fig. 6, eqs. (29)-(34)`. */
  source: string;
  description: string;
  /** What the paper claims about this figure; `compute` returns a verdict on each. */
  claims: readonly FigureClaim[];
  compute(context: FigureContext): FigureResult | Promise<FigureResult>;
}

export function defineFigure<F extends Figure>(figure: F): F {
  return figure;
}
