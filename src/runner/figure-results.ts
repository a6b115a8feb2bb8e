import type { ChartSpec, Figure, FigureResult } from "../plugins/figure.js";
import type { FigureResults } from "./results.js";

/** Values no larger than this in size are zero to round-off: a chart of them draws only noise. */
const ROUND_OFF = 1e-13;

/** How many of the values are finite, whether those are all exactly zero or all the same, and their largest size. */
function spread(values: readonly (number | null)[]) {
  const finite = values.filter((v): v is number => v !== null && Number.isFinite(v));
  const largest = finite.reduce((m, v) => Math.max(m, Math.abs(v)), 0);
  return {
    finite: finite.length,
    allZero: finite.length > 0 && largest === 0,
    roundOff: finite.length > 1 && largest > 0 && largest <= ROUND_OFF,
    largest,
    constant: finite.length > 1 && finite.every((v) => v === finite[0]),
  };
}

function roundOffNote(name: string, count: number, largest: number): string {
  return `${name}: all ${count} values are within ${largest.toExponential(1)} of 0, zero to round-off (the plot shows only noise)`;
}

/**
 * What a chart's data cannot show: every value missing, every value zero (exactly or to round-off), a map of one value,
 * a single point, a series without any value. Such a chart looks like a result and is none; the report
 * says so next to it.
 */
export function degenerateData(chart: ChartSpec, index: number): string[] {
  const name = `chart ${index + 1} (${chart.title})`;
  if (chart.kind === "heatmap") {
    const cells = chart.z.flat();
    const s = spread(cells);
    if (s.finite === 0) return [`${name}: every one of its ${cells.length} cells is missing`];
    if (s.allZero) return [`${name}: all ${s.finite} cells with a value are exactly 0`];
    if (s.roundOff) return [roundOffNote(name, s.finite, s.largest)];
    if (s.constant) return [`${name}: all ${s.finite} cells with a value are the same number`];
    if (s.finite === 1) return [`${name}: a single cell has a value`];
    return [];
  }
  const values = chart.series.flatMap((series) => series.y);
  const s = spread(values);
  if (s.finite === 0) return [`${name}: every value of every series is missing`];
  if (s.allZero) return [`${name}: all ${s.finite} values are exactly 0`];
  if (s.roundOff) return [roundOffNote(name, s.finite, s.largest)];
  const notes: string[] = [];
  if (s.finite === 1) notes.push(`${name}: a single point`);
  for (const series of chart.series) {
    if (spread(series.y).finite === 0) notes.push(`${name}: series ${series.name} has no value at all`);
  }
  return notes;
}

/**
 * A figure's results as the run records them: its description, its charts, every claim it declares with
 * the verdict it returned (a claim it left without one is inconclusive, saying so), and notes on
 * degenerate data. A verdict on a claim the figure does not declare is a defect of the figure.
 */
export function figureResults(figure: Figure, result: FigureResult): FigureResults {
  const { verdicts = [], ...rest } = result;
  const declared = figure.claims ?? [];
  for (const outcome of verdicts) {
    if (!declared.some((claim) => claim.id === outcome.claim)) {
      throw new TypeError(
        `invalid figure. ${figure.id} returned a verdict on a claim it does not declare. Value: ${outcome.claim}.`,
      );
    }
  }
  return {
    id: figure.id,
    title: figure.title,
    source: figure.source,
    description: figure.description,
    ...rest,
    claims: declared.map((claim) => {
      const outcome = verdicts.find((v) => v.claim === claim.id);
      return outcome
        ? { ...claim, verdict: outcome.verdict, evidence: outcome.evidence }
        : { ...claim, verdict: "inconclusive" as const, evidence: "the figure did not evaluate this claim" };
    }),
    dataNotes: result.charts.flatMap((chart, k) => degenerateData(chart, k)),
  };
}
