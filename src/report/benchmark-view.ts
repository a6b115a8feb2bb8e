import type { BenchmarkRecords } from "../benchmarks/benchmark-records.js";
import { lineChartSvg } from "./plots.js";
import { secondsText } from "./seconds-text.js";
import type { SeriesStyle } from "./series-style.js";

/** The benchmark section of the report (`run --benchmarks bench.json`). */
export interface BenchmarkView {
  machine: string;
  recordedAt: string;
  rows: {
    case: string;
    engine: string;
    dimension: number;
    steadyState: string;
    spread: string;
    perPoint: string;
    skipped?: string;
  }[];
  /** One chart per case with a size parameter: a steady state's time against the size, engine by engine. */
  charts: string[];
}

export async function benchmarkView(
  records: BenchmarkRecords,
  styles: ReadonlyMap<string, SeriesStyle>,
): Promise<BenchmarkView> {
  const m = records.machine;
  const rows = records.timings.map((t) => ({
    case: t.case,
    engine: t.engine,
    dimension: t.dimension,
    steadyState: secondsText(t.steadyState?.seconds),
    spread: t.steadyState
      ? `${secondsText(t.steadyState.min)} – ${secondsText(t.steadyState.max)}, ${t.steadyState.samples} samples`
      : "",
    perPoint: t.sweep
      ? `${secondsText(t.sweep.perPoint)} (${t.sweep.points} points of ${t.sweep.name})`
      : "—",
    ...(t.skipped ? { skipped: t.skipped } : {}),
  }));
  const charts: string[] = [];
  for (const caseId of [...new Set(records.timings.filter((t) => t.sizes).map((t) => t.case))]) {
    const timed = records.timings.filter((t) => t.case === caseId && t.sizes && t.sizes.points.length > 0);
    charts.push(
      await lineChartSvg({
        title: `${caseId}: one steady state against the size`,
        xLabel: timed[0].sizes!.parameter,
        yLabel: "seconds (median)",
        logY: true,
        legendTitle: "Engine",
        series: timed.map((t) => ({
          name: t.engine,
          x: t.sizes!.points.map((p) => p.value),
          y: t.sizes!.points.map((p) => p.timing.seconds),
          color: styles.get(t.engine)?.color,
          dash: styles.get(t.engine)?.dash,
        })),
      }),
    );
  }
  return {
    machine: `${m.cpu}, ${m.cores} cores, ${m.memoryGigabytes} GB; Node ${m.node} on ${m.platform}/${m.arch}; qmebench ${m.qmebench}${m.gitCommit ? ` at ${m.gitCommit.slice(0, 10)}` : ""}`,
    recordedAt: records.startedAt,
    rows,
    charts,
  };
}
