import type { PreparedCase } from "../cases/build-problem.js";
import type { Engine } from "./engine.js";
import type { TaskContext } from "./task-context.js";

/** A line chart as plain data (rendered by src/report/plots.ts `lineChartSvg`). */
export interface LineChartSpec {
  kind: "line";
  title: string;
  xLabel: string;
  yLabel: string;
  series: { name: string; x: number[]; y: (number | null)[] }[];
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

/** What a figure computes: charts plus optional notes (fitted exponents, maxima) and a table. */
export interface FigureResult {
  charts: ChartSpec[];
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
  compute(context: FigureContext): FigureResult | Promise<FigureResult>;
}

export function defineFigure<F extends Figure>(figure: F): F {
  return figure;
}
