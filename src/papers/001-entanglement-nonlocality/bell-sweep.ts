import { normalisedChsh, normalisedI3322 } from "./bell-functions.js";
import type { FigureContext, LineChartSpec } from "../../plugins/figure.js";
import { parallelMap } from "../../runner/parallel-map.js";
import { caseKeyOf } from "../../cases/build-problem.js";
import { figureEngines } from "../figure-engines.js";
import { type BellPoint, type BellPointRequest, solveBellPoint } from "./bell-point.js";
import { sourceModuleUrl } from "../../package-root.js";

const POINT_TASK = {
  moduleUrl: sourceModuleUrl("papers/001-entanglement-nonlocality/bell-point.js"),
  exportName: "solveBellPoint",
  local: solveBellPoint,
};

/** The selected engines with steady states and currents that solve the case at `set` (figures draw only those). */
export function bellEngines(context: FigureContext, set: Record<string, number | string> = {}): string[] {
  return figureEngines(context, { needs: ["steadyState", "currents"], set }).map((e) => e.id);
}

/** One curve per engine along a parameter: the request for each (engine, x) pair. */
export interface SweepPlan {
  /** The parameter varied along x, or several that all take the value x (e.g. T1 and T2). */
  parameter: string | string[];
  xs: number[];
  engines: string[];
  set: Record<string, number | string>;
  initial?: string;
  withI3322?: boolean;
}

/** Solves every point of several plans on all cores; returns per plan, per engine, the points along x. */
export async function solvePlans(
  context: FigureContext,
  plans: SweepPlan[],
): Promise<Record<string, (BellPoint | null)[]>[]> {
  const requests: BellPointRequest[] = [];
  for (const plan of plans) {
    for (const engineId of plan.engines) {
      for (const x of plan.xs) {
        requests.push({
          caseId: caseKeyOf(context.prepared),
          engineId,
          set: { ...plan.set, ...Object.fromEntries([plan.parameter].flat().map((name) => [name, x])) },
          initial: plan.initial,
          i3322Seed: plan.withI3322 ? context.seed : undefined,
        });
      }
    }
  }
  const points = await parallelMap<BellPointRequest, BellPoint | null>(POINT_TASK, requests, {
    context: context.tasks,
    onProgress: context.onProgress,
  });
  let k = 0;
  return plans.map((plan) =>
    Object.fromEntries(
      plan.engines.map((engineId) => {
        const curve = points.slice(k, k + plan.xs.length);
        k += plan.xs.length;
        return [engineId, curve];
      }),
    ),
  );
}

/** A line chart with one series per engine of `select(point)`. */
export function engineChart(
  title: string,
  xLabel: string,
  yLabel: string,
  xs: number[],
  curves: Record<string, (BellPoint | null)[]>,
  select: (point: BellPoint) => number | null,
  marks?: LineChartSpec["marks"],
): LineChartSpec {
  return {
    kind: "line",
    title,
    xLabel,
    yLabel,
    series: Object.entries(curves).map(([engine, points]) => ({
      name: engine,
      x: xs,
      y: points.map((p) => valueOrGap(p, select)),
    })),
    marks,
  };
}

/** The correlation measures of paper 001: concurrence eq. (1), I2 eq. (5) and I3 eq. (8). */
export const CORRELATION_MEASURES: { key: string; label: string; select: (p: BellPoint) => number | null }[] =
  [
    { key: "C", label: "concurrence C", select: (p) => p.concurrence },
    { key: "I2", label: "I2 (CHSH, eq. 5)", select: (p) => normalisedChsh(p.chsh) },
    {
      key: "I3",
      label: "I3 (I3322, eq. 8)",
      select: (p) => (p.i3322 === null ? null : normalisedI3322(p.i3322)),
    },
  ];

/** The x of the largest value of a sampled curve, as a chart mark, or nothing when it is flat or zero. */
export function maximumMark(
  xs: number[],
  ys: (number | null)[],
  label: string,
): { x: number; label: string }[] {
  let best = -1;
  for (let k = 0; k < ys.length; k++) {
    const y = ys[k];
    if (y !== null && y > 0 && (best < 0 || y > (ys[best] as number))) best = k;
  }
  return best < 0 ? [] : [{ x: xs[best], label: `${label} max at ${xs[best].toPrecision(3)}` }];
}

/** select(point), or null (a gap in the curve) for a missing point or a non-finite value. */
export function valueOrGap(
  point: BellPoint | null,
  select: (point: BellPoint) => number | null,
): number | null {
  if (point === null) return null;
  const value = select(point);
  return value !== null && Number.isFinite(value) ? value : null;
}
