import type { TrajectoryResults } from "../runner/results.js";
import { type LegendEntry, seriesLegend } from "./chart-legend.js";
import { coincidenceNote, coincidentSeries } from "./coincident-series.js";
import { drawnSeries, lineChartSvg } from "./plots.js";
import type { SeriesStyle } from "./series-style.js";
import { isGeometricGrid } from "./sweep-charts.js";

/**
 * One drawn quantity of a trajectory: ⟨O⟩(t) of a Hermitian O, or the real or imaginary part of a
 * complex one, named as `evolve --csv` names its columns (`n0`, `sp0 sm1.re`).
 */
export interface TrajectoryColumn {
  name: string;
  /** The axis and chart title, e.g. `⟨n0⟩` or `Re ⟨sp0 sm1⟩`. */
  title: string;
  /** An engine's values, or undefined where it has none (it failed). */
  values(series: TrajectoryResults["series"][number]): readonly number[] | undefined;
}

/** The drawn quantities of a trajectory, in the case's order of its observables. */
export function trajectoryColumns(trajectory: TrajectoryResults): TrajectoryColumn[] {
  return trajectory.observables.flatMap((observable): TrajectoryColumn[] => {
    const complex = trajectory.series.some((s) => {
      const values = s.observables[observable];
      return values !== undefined && !Array.isArray(values);
    });
    if (!complex) {
      return [
        {
          name: observable,
          title: `⟨${observable}⟩`,
          values: (s) => s.observables[observable] as number[] | undefined,
        },
      ];
    }
    return (["re", "im"] as const).map((part) => ({
      name: `${observable}.${part}`,
      title: `${part === "re" ? "Re" : "Im"} ⟨${observable}⟩`,
      values: (s) => (s.observables[observable] as { re: number[]; im: number[] } | undefined)?.[part],
    }));
  });
}

export interface TrajectoryChart {
  /** The drawn quantity (TrajectoryColumn.name), e.g. `n0`. */
  quantity: string;
  title: string;
  svg: string;
  legend: LegendEntry[];
  /** Which engines' curves lie on top of each other, when any do. */
  notes: string[];
}

/**
 * One line chart per observable of a declared trajectory (two for a complex one), ⟨O⟩ against t with
 * every engine that evolved it as a series in its run-wide style, as for the sweeps (sweep-charts.ts).
 */
export async function trajectoryCharts(
  caseId: string,
  trajectory: TrajectoryResults,
  engineStyles: ReadonlyMap<string, SeriesStyle>,
): Promise<TrajectoryChart[]> {
  const columns = trajectoryColumns(trajectory);
  for (const series of trajectory.series) {
    for (const column of columns) {
      const y = column.values(series);
      if (y !== undefined && y.length !== trajectory.times.length) {
        throw new RangeError(
          `invalid argument. Trajectory "${trajectory.id}" of case "${caseId}": engine ${series.engine} has ${y.length} values of ${column.name} for ${trajectory.times.length} times.`,
        );
      }
    }
  }
  const logX = isGeometricGrid(trajectory.times);
  const charts: TrajectoryChart[] = [];
  for (const column of columns) {
    const series = trajectory.series.flatMap((s) => {
      const y = column.values(s);
      return y === undefined
        ? []
        : [{ name: s.engine, x: trajectory.times, y, ...engineStyles.get(s.engine) }];
    });
    const svg = await lineChartSvg({
      title: column.title,
      xLabel: "time t",
      yLabel: column.title,
      series,
      logX,
      legend: "none",
    });
    const note = coincidenceNote(coincidentSeries(series));
    charts.push({
      quantity: column.name,
      title: column.title,
      svg,
      legend: seriesLegend(drawnSeries(series)),
      notes: note ? [note] : [],
    });
  }
  return charts;
}
