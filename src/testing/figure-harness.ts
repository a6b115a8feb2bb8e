import type { PreparedCase } from "../cases/build-problem.js";
import type { ChartSpec, Figure, FigureResult } from "../plugins/figure.js";
import type { PluginRegistry } from "../plugins/registry.js";
import type { TaskContext } from "../plugins/task-context.js";
import { figureResults } from "../runner/figure-results.js";
import { HARNESS_SEED } from "./check-site.js";
import { type HarnessGroup, requireThat } from "./harness-check.js";

export interface FigureHarnessOptions {
  /** The run's task context (registry, cases, parallelMap), as a command has it. */
  tasks: TaskContext;
  /** The cases that may draw the figure: those that list it in `figures` draw it. */
  cases: readonly PreparedCase[];
}

/** The paper file a source cites, e.g. `000_47becd3a7196453b.txt` (DESIGN.md: sources name paper files). */
const PAPER_FILE = /\b\d{3}_[0-9a-f]{16}\.txt\b/;

/** Every number of a chart is finite or a gap (null), the shapes agree, and something is drawn. */
function checkChart(chart: ChartSpec, where: string): void {
  if (chart.kind === "line") {
    requireThat(chart.series.length > 0, () => `${where}: a line chart without series`);
    let drawn = 0;
    for (const series of chart.series) {
      requireThat(
        series.x.length === series.y.length,
        () => `${where} ${series.name}: ${series.x.length} x for ${series.y.length} y`,
      );
      requireThat(series.x.every(Number.isFinite), () => `${where} ${series.name}: a non-finite x`);
      for (const y of series.y) {
        requireThat(
          y === null || Number.isFinite(y),
          () => `${where} ${series.name}: y = ${y} (use null for a gap)`,
        );
        if (y !== null) drawn++;
      }
    }
    requireThat(drawn > 0, () => `${where}: every point is a gap`);
    return;
  }
  requireThat(
    chart.z.length === chart.y.length,
    () => `${where}: ${chart.z.length} rows for ${chart.y.length} y`,
  );
  let drawn = 0;
  for (const row of chart.z) {
    requireThat(
      row.length === chart.x.length,
      () => `${where}: a row of ${row.length} for ${chart.x.length} x`,
    );
    for (const z of row) {
      requireThat(z === null || Number.isFinite(z), () => `${where}: z = ${z} (use null for a gap)`);
      if (z !== null) drawn++;
    }
  }
  requireThat(drawn > 0, () => `${where}: every cell is a gap`);
}

function checkResult(result: FigureResult, where: string): void {
  requireThat(
    result.charts.length > 0 || result.table !== undefined,
    () => `${where}: neither a chart nor a table`,
  );
  result.charts.forEach((chart, k) => checkChart(chart, `${where} chart ${k + 1} (${chart.title})`));
  for (const row of result.table?.rows ?? []) {
    requireThat(
      row.length === result.table!.columns.length,
      () => `${where}: a table row of ${row.length} cells`,
    );
  }
}

/**
 * The shared harness for one figure: it cites a paper file, at least one case draws it, and on each such
 * case, with every registered engine available, it computes without error and draws finite numbers (or
 * gaps) in consistent shapes.
 */
export function figureHarness(figure: Figure, options: FigureHarnessOptions): HarnessGroup {
  const registry: PluginRegistry = options.tasks.registry;
  const drawing = options.cases.filter((prepared) => (prepared.definition.figures ?? []).includes(figure.id));
  return {
    title: `figure ${figure.id}`,
    checks: [
      {
        name: "cites a paper file and is drawn by a case",
        run() {
          requireThat(PAPER_FILE.test(figure.source), () => `source "${figure.source}" names no paper file`);
          requireThat(drawing.length > 0, () => "no case lists it in `figures`");
          requireThat(figure.claims.length > 0, () => "it declares no claim of the paper to test");
          const ids = figure.claims.map((claim) => claim.id);
          requireThat(new Set(ids).size === ids.length, () => `claim ids repeat: ${ids.join(", ")}`);
        },
      },
      ...drawing.map((prepared) => ({
        name: `computes on ${prepared.definition.id} with finite, consistent charts`,
        async run() {
          const result = await figure.compute({
            prepared,
            engines: registry.engines,
            tasks: options.tasks,
            seed: HARNESS_SEED,
          });
          checkResult(result, `${figure.id} on ${prepared.definition.id}`);
          checkVerdicts(figure, result);
        },
      })),
    ],
  };
}

/** Every declared claim gets a verdict with evidence from `compute`, and no verdict is on an undeclared claim. */
function checkVerdicts(figure: Figure, result: FigureResult): void {
  const merged = figureResults(figure, result); // throws on a verdict for a claim not declared
  for (const claim of merged.claims) {
    const given = (result.verdicts ?? []).find((v) => v.claim === claim.id);
    requireThat(given !== undefined, () => `claim ${claim.id} got no verdict`);
    requireThat(claim.evidence.trim() !== "", () => `claim ${claim.id} has no evidence`);
  }
}
