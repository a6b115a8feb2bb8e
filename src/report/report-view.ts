import type { BaselineComparison } from "../baselines/compare-baseline.js";
import type { ClaimVerdict } from "../plugins/figure.js";
import type { CaseResults, RunResults, ScenarioResults } from "../runner/results.js";
import { parameterSymbol } from "./axis-titles.js";
import type { BenchmarkView } from "./benchmark-view.js";
import { type LegendEntry, styleSwatch } from "./chart-legend.js";
import { type CheckTableView, checkTable } from "./check-table.js";
import { type CheckVerdict, checkVerdict, needsAttention, VERDICT_STYLES } from "./check-verdict.js";
import { type Download, figureDownloads, sweepDownloads, trajectoryDownloads } from "./data-downloads.js";
import { type DetailView, detailView } from "./details-view.js";
import { type FigureChart, isCompactFigure } from "./figure-charts.js";
import { formatNumber } from "./format-number.js";
import { formatDuration, formatTimestamp } from "./format-time.js";
import { type NumberView, numberView } from "./number-view.js";
import {
  type CitedText,
  citationLabel,
  citedText,
  PAPER_REFERENCES,
  type PaperReference,
  referenceAnchor,
} from "./references.js";
import type { SeriesStyle } from "./series-style.js";
import type { SweepChart } from "./sweep-charts.js";
import type { TrajectoryChart } from "./trajectory-charts.js";

/**
 * The data the handlebars templates (reports/templates/) render: RunResults with every number
 * formatted, every check turned into a verdict, anchors for links, citations of the papers as links
 * to the references, the plots as SVG strings and their data as downloads. The templates only lay
 * this out.
 */

export type { NumberView } from "./number-view.js";

/** A declared failure and its reason, once for all the engines that share it. */
export interface ExpectedFailureView {
  engines: string[];
  property: string;
  reason: CitedText[];
  reasonText: string;
  verdict: CheckVerdict;
  label: string;
}

export interface ObservablesTableView {
  columns: string[];
  rows: { engine: string; values: (NumberView | undefined)[] }[];
}

export interface ScenarioView {
  name: string;
  anchor: string;
  description: string;
  overrides: { name: string; value: string }[];
  table: CheckTableView;
  expectedFailures: ExpectedFailureView[];
  /** The engines' warnings, each text once with the engines that gave it. */
  warnings: { text: string; engines: string[] }[];
  observables?: ObservablesTableView;
}

/** A chart as the page shows it: the SVG, its legend, notes and the link to its data. */
export interface ChartView {
  anchor: string;
  svg: string;
  legend: LegendEntry[];
  notes: string[];
  caption: string;
  csv?: Download;
}

export interface SweepView {
  name: string;
  anchor: string;
  description: string;
  parameter: string;
  pointCount: number;
  charts: ChartView[];
  downloads: Download[];
}

export interface TrajectoryView {
  id: string;
  anchor: string;
  title: string;
  description: string;
  /** The initial state as the case writes it. */
  initial: string;
  /** The parameter overrides it is evolved at, if any. */
  overrides: { name: string; value: string }[];
  pointCount: number;
  /** First and last time, formatted. */
  from: string;
  to: string;
  /** Each engine's method and error estimate, or its failure, and its warnings. */
  engines: {
    engine: string;
    method?: string;
    errorEstimate?: string;
    failure?: string;
    warnings: string[];
  }[];
  charts: ChartView[];
  downloads: Download[];
}

export interface ClaimView {
  anchor: string;
  verdict: ClaimVerdict;
  symbol: string;
  label: string;
  statement: string;
  source: CitedText[];
  quantity: string;
  tolerance: string;
  evidence: string;
}

export interface FigureView {
  id: string;
  anchor: string;
  title: string;
  source: CitedText[];
  description: string;
  notes: string[];
  /** The paper's claims about the figure with the verdict of the suite's numbers on each. */
  claims: ClaimView[];
  /** Data that cannot show anything (all zero, all missing, a single point). */
  dataNotes: string[];
  table?: { columns: string[]; rows: string[][] };
  charts: ChartView[];
  /** Small multiples, three to a row. */
  compact: boolean;
  /** The whole figure's data as JSON. */
  download?: Download;
  error?: string;
}

/** How the report marks a verdict on a paper's claim (symbol and word, so it survives greyscale). */
export const CLAIM_STYLES: Record<ClaimVerdict, { symbol: string; label: string }> = {
  confirmed: { symbol: "✓", label: "confirmed" },
  refuted: { symbol: "✗", label: "refuted" },
  inconclusive: { symbol: "?", label: "inconclusive" },
};

export interface CaseView {
  id: string;
  anchor: string;
  title: string;
  source: CitedText[];
  description: string;
  parameters: { name: string; symbol: string; value: string }[];
  scenarios: ScenarioView[];
  sweeps: SweepView[];
  trajectories: TrajectoryView[];
  figures: FigureView[];
  attentionCount: number;
}

export interface FailureView {
  anchor: string;
  caseId: string;
  caseTitle: string;
  caseAnchor: string;
  scenario: string;
  scenarioAnchor: string;
  engine: string;
  property: string;
  propertyTitle: string;
  verdict: CheckVerdict;
  symbol: string;
  label: string;
  message: CitedText[];
  /** The message as plain text (the attention list at the top). */
  messageText: string;
  value?: NumberView;
  bound?: NumberView;
  tolerance?: NumberView;
  expectedReason?: CitedText[];
  details?: DetailView;
}

/** An entry of the table of contents, with the entries under it. */
export interface ContentsEntry {
  anchor: string;
  title: string;
  /** A short note after the link, e.g. a count. */
  note?: string;
  children: ContentsEntry[];
  /** Children folded away (a long list). */
  collapsed?: boolean;
}

export interface ReferenceView {
  anchor: string;
  label: string;
  authors: string;
  title: string;
  file: string;
  arxiv?: { id: string; url: string };
  doi?: { id: string; url: string };
  noIdentifier?: string;
}

export interface ReportView {
  toolName: string;
  version: string;
  startedAt: string;
  duration: string;
  summary: { verdict: string; label: string; count: number }[];
  /** The verdicts on the figures' claims, counted, and every claim not confirmed with a link to it. */
  claimSummary: {
    counts: { verdict: ClaimVerdict; label: string; count: number }[];
    open: {
      anchor: string;
      figure: string;
      caseId: string;
      symbol: string;
      label: string;
      verdict: ClaimVerdict;
      statement: string;
      evidence: string;
    }[];
  };
  unexpectedFailures: number;
  attention: FailureView[];
  contents: ContentsEntry[];
  cases: CaseView[];
  failures: FailureView[];
  engines: (RunResults["engines"][number] & { descriptionCited: CitedText[]; swatch?: string })[];
  properties: (RunResults["properties"][number] & { sourceCited: CitedText[] })[];
  /** The papers cited anywhere in the page. */
  references: ReferenceView[];
  /** The comparison with a baseline, when the run made one. */
  baseline?: BaselineView;
  benchmarks?: BenchmarkView;
  css: string;
}

/** The "changes since baseline" section. */
export interface BaselineView {
  regressions: {
    case: string;
    key: string;
    old: string;
    new: string;
    difference: string;
    tolerance: string;
  }[];
  compared: number;
  added: number;
  stale: { case: string; reason: string }[];
  missing: string[];
}

export interface ReportViewInput {
  /** charts[c][s]: the plots of sweep s of case c (sweep-charts.ts). */
  charts: SweepChart[][][];
  /** trajectories[c][t]: the plots of trajectory t of case c (trajectory-charts.ts). */
  trajectories?: TrajectoryChart[][][];
  /** figures[c][f]: the charts of figure f of case c (figure-charts.ts). */
  figures?: FigureChart[][][];
  /** The style sheet, inlined into the page. */
  css: string;
  /** The engines' plot styles, so tables can show each engine's line and marker. */
  engineStyles: ReadonlyMap<string, SeriesStyle>;
  /** What changed since the baseline, when the run was compared with one. */
  baseline?: BaselineComparison;
  /** The benchmark section, when the run was given timings. */
  benchmarks?: BenchmarkView;
}

function baselineView(comparison: BaselineComparison): BaselineView {
  const text = (value: number | string | undefined) =>
    typeof value === "number" ? formatNumber(value, 6) : (value ?? "—");
  return {
    regressions: comparison.regressions.map((r) => ({
      case: r.case,
      key: r.key,
      old: text(r.old),
      new: text(r.new),
      difference: r.difference === undefined ? "verdict changed" : text(r.difference),
      tolerance: text(r.tolerance),
    })),
    compared: comparison.compared,
    added: comparison.added,
    stale: comparison.stale,
    missing: comparison.missing,
  };
}

/** Significant digits of failure figures and case parameters. */
const PARAMETER_DIGITS = 6;

function parameterText(value: number | string): string {
  return typeof value === "number" ? formatNumber(value, PARAMETER_DIGITS) : value;
}

/** Issues unique, valid HTML ids built from readable parts (`case--scenario--engine--property`). */
class AnchorRegistry {
  private readonly used = new Set<string>();

  anchor(...parts: string[]): string {
    const base = parts.map((p) => p.replace(/[^A-Za-z0-9_-]+/g, "_")).join("--");
    let candidate = base;
    for (let k = 2; this.used.has(candidate); k++) candidate = `${base}-${k}`;
    this.used.add(candidate);
    return candidate;
  }
}

/** Numeric and word leaves of a nested observables object, keyed by path (`sz[0]`, `purity`). */
function flattenObservables(value: unknown, path: string, into: Map<string, number | string>): void {
  if (typeof value === "number" || typeof value === "string") {
    into.set(path, value);
  } else if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) flattenObservables(item, `${path}[${i}]`, into);
  } else if (typeof value === "object" && value !== null) {
    for (const [key, item] of Object.entries(value))
      flattenObservables(item, path ? `${path}.${key}` : key, into);
  }
}

function observablesTable(scenario: ScenarioResults): ObservablesTableView | undefined {
  const flattened = scenario.engines
    .filter((e) => e.observables !== undefined)
    .map((e) => {
      const leaves = new Map<string, number | string>();
      flattenObservables(e.observables, "", leaves);
      return { engine: e.engine, leaves };
    });
  if (flattened.length === 0) return undefined;
  const columns = [...new Set(flattened.flatMap((f) => [...f.leaves.keys()]))];
  return {
    columns,
    rows: flattened.map(({ engine, leaves }) => ({
      engine,
      values: columns.map((column) => {
        const value = leaves.get(column);
        return typeof value === "number"
          ? numberView(value)
          : value === undefined
            ? undefined
            : { text: value, exact: value };
      }),
    })),
  };
}

/** Each warning text once, with the engines that gave it, in order of first appearance. */
function groupedWarnings(scenario: ScenarioResults): ScenarioView["warnings"] {
  const byText = new Map<string, string[]>();
  for (const engine of scenario.engines)
    for (const text of engine.warnings) byText.set(text, [...(byText.get(text) ?? []), engine.engine]);
  return [...byText].map(([text, engines]) => ({ text, engines }));
}

function referenceView(reference: PaperReference): ReferenceView {
  return {
    anchor: referenceAnchor(reference),
    label: citationLabel(reference),
    authors: reference.authors.join(", "),
    title: reference.title,
    file: reference.file,
    ...(reference.arxiv
      ? { arxiv: { id: reference.arxiv, url: `https://arxiv.org/abs/${reference.arxiv}` } }
      : {}),
    ...(reference.doi ? { doi: { id: reference.doi, url: `https://doi.org/${reference.doi}` } } : {}),
    ...(reference.noIdentifier ? { noIdentifier: reference.noIdentifier } : {}),
  };
}

/** Builds the view of a run that the templates render. */
export function buildReportView(results: RunResults, input: ReportViewInput): ReportView {
  const { charts, css, engineStyles } = input;
  const anchors = new AnchorRegistry();
  const cited = new Set<PaperReference>();
  const cite = (text: string) => citedText(text, (reference) => cited.add(reference));
  const propertyTitles = new Map(results.properties.map((p) => [p.id, p.title]));
  const engineTitles = new Map(results.engines.map((e) => [e.id, e.title]));
  const failures: FailureView[] = [];

  const cases = results.cases.map((caseResults: CaseResults, caseIndex): CaseView => {
    const caseAnchor = anchors.anchor("case", caseResults.id);
    let attentionCount = 0;
    const scenarios = caseResults.scenarios.map((scenario): ScenarioView => {
      const scenarioAnchor = anchors.anchor("scenario", caseResults.id, scenario.name);
      const expectedFailures: ExpectedFailureView[] = [];
      const failureAnchors = new Map<string, string>();
      for (const engineResults of scenario.engines) {
        for (const check of engineResults.checks) {
          const verdict = checkVerdict(check);
          const style = VERDICT_STYLES[verdict];
          const propertyTitle = propertyTitles.get(check.property) ?? check.property;
          if (check.expectedFailure) {
            const reason = check.expectedReason ?? "(no reason given)";
            const same = expectedFailures.find(
              (e) => e.property === propertyTitle && e.verdict === verdict && e.reasonText === reason,
            );
            if (same) same.engines.push(engineResults.engine);
            else {
              expectedFailures.push({
                engines: [engineResults.engine],
                property: propertyTitle,
                reason: cite(reason),
                reasonText: reason,
                verdict,
                label: style.label,
              });
            }
          }
          if (!["fail", "error", "expected-fail", "refuted"].includes(verdict)) continue;
          const anchor = anchors.anchor(
            "failure",
            caseResults.id,
            scenario.name,
            engineResults.engine,
            check.property,
          );
          failureAnchors.set(`${engineResults.engine} ${check.property}`, anchor);
          if (needsAttention(verdict)) attentionCount++;
          failures.push({
            anchor,
            caseId: caseResults.id,
            caseTitle: caseResults.title,
            caseAnchor,
            scenario: scenario.name,
            scenarioAnchor,
            engine: engineResults.engine,
            property: check.property,
            propertyTitle,
            verdict,
            ...style,
            message: cite(check.message),
            messageText: check.message,
            value: numberView(check.value, PARAMETER_DIGITS),
            bound: numberView(check.bound, PARAMETER_DIGITS),
            tolerance: numberView(check.tolerance, PARAMETER_DIGITS),
            expectedReason: check.expectedFailure
              ? cite(check.expectedReason ?? "(no reason given)")
              : undefined,
            details: check.details === undefined ? undefined : detailView(check.details),
          });
        }
      }
      return {
        name: scenario.name,
        anchor: scenarioAnchor,
        description: scenario.description,
        overrides: Object.entries(scenario.overrides).map(([name, value]) => ({
          name,
          value: parameterText(value),
        })),
        table: checkTable(scenario, {
          properties: results.properties,
          engineTitles,
          engineStyles,
          anchor: scenarioAnchor,
          failureAnchors,
          cite,
        }),
        expectedFailures,
        warnings: groupedWarnings(scenario),
        observables: observablesTable(scenario),
      };
    });
    const sweeps = caseResults.sweeps.map((sweep, sweepIndex): SweepView => {
      const anchor = anchors.anchor("sweep", caseResults.id, sweep.name);
      const { csv, json } = sweepDownloads(caseResults.id, sweep);
      return {
        name: sweep.name,
        anchor,
        description: sweep.description,
        parameter: sweep.parameter,
        pointCount: sweep.values.length,
        charts: (charts[caseIndex]?.[sweepIndex] ?? []).map((chart) => ({
          anchor: anchors.anchor("sweep", caseResults.id, sweep.name, chart.quantity),
          svg: chart.svg,
          legend: chart.legend,
          notes: chart.notes,
          caption: `${chart.quantity} against ${sweep.parameter}, one curve per engine`,
        })),
        downloads: [csv, json],
      };
    });
    const trajectories = (caseResults.trajectories ?? []).map((trajectory, t): TrajectoryView => {
      const anchor = anchors.anchor("trajectory", caseResults.id, trajectory.id);
      const { csv, json } = trajectoryDownloads(caseResults.id, trajectory);
      const methods = trajectory.series
        .filter((s) => s.evolution !== undefined)
        .map(
          (s) =>
            `${s.engine}: ${s.evolution!.method}, error estimate ${formatNumber(s.evolution!.errorEstimate, 2)}`,
        )
        .join("; ");
      const times = trajectory.times;
      return {
        id: trajectory.id,
        anchor,
        title: trajectory.title,
        description: trajectory.description,
        initial: trajectory.initial,
        overrides: Object.entries(trajectory.overrides).map(([name, value]) => ({
          name,
          value: parameterText(value),
        })),
        pointCount: times.length,
        from: parameterText(times[0] ?? 0),
        to: parameterText(times[times.length - 1] ?? 0),
        engines: trajectory.series.map((s) => ({
          engine: s.engine,
          ...(s.evolution
            ? { method: s.evolution.method, errorEstimate: formatNumber(s.evolution.errorEstimate, 2) }
            : {}),
          ...(s.failure ? { failure: s.failure } : {}),
          warnings: s.warnings,
        })),
        charts: (input.trajectories?.[caseIndex]?.[t] ?? []).map((chart) => ({
          anchor: anchors.anchor("trajectory", caseResults.id, trajectory.id, chart.quantity),
          svg: chart.svg,
          legend: chart.legend,
          notes: chart.notes,
          caption: `${chart.title} against t from ${trajectory.initial}, one curve per engine (${methods || "no engine evolved it"})`,
        })),
        downloads: [csv, json],
      };
    });
    const figures = (caseResults.figures ?? []).map((figure, figureIndex): FigureView => {
      const anchor = anchors.anchor(`${caseAnchor}-figure-${figure.id}`);
      const downloads = figure.error === undefined ? figureDownloads(figure) : undefined;
      return {
        id: figure.id,
        anchor,
        title: figure.title,
        source: cite(figure.source),
        description: figure.description,
        notes: figure.notes ?? [],
        claims: (figure.claims ?? []).map((claim) => ({
          anchor: anchors.anchor(`${anchor}-claim-${claim.id}`),
          verdict: claim.verdict,
          ...CLAIM_STYLES[claim.verdict],
          statement: claim.statement,
          source: cite(claim.source),
          quantity: claim.quantity,
          tolerance: claim.tolerance,
          evidence: claim.evidence,
        })),
        dataNotes: figure.dataNotes ?? [],
        table: figure.table && {
          columns: figure.table.columns,
          rows: figure.table.rows.map((row) =>
            row.map((cell) => (typeof cell === "number" ? parameterText(cell) : String(cell ?? "–"))),
          ),
        },
        charts: (input.figures?.[caseIndex]?.[figureIndex] ?? []).map((chart, k) => ({
          anchor: anchors.anchor(`${anchor}-chart-${k + 1}`),
          ...chart,
          caption: figure.charts[k]?.title ?? "",
          csv: downloads?.charts[k],
        })),
        compact: isCompactFigure(figure),
        ...(downloads ? { download: downloads.json } : {}),
        error: figure.error,
      };
    });
    return {
      id: caseResults.id,
      anchor: caseAnchor,
      title: caseResults.title,
      source: cite(caseResults.source),
      description: caseResults.description,
      parameters: Object.entries(caseResults.parameters).map(([name, value]) => ({
        name,
        symbol: parameterSymbol(name),
        value: parameterText(value),
      })),
      scenarios,
      sweeps,
      trajectories,
      figures,
      attentionCount,
    };
  });

  const engines = results.engines.map((engine) => {
    const style = engineStyles.get(engine.id);
    return {
      ...engine,
      descriptionCited: cite(engine.description),
      ...(style ? { swatch: styleSwatch(style) } : {}),
    };
  });
  const properties = results.properties.map((p) => ({ ...p, sourceCited: cite(p.source) }));
  const references = PAPER_REFERENCES.filter((r) => cited.has(r)).map(referenceView);

  const contents: ContentsEntry[] = [
    ...cases.map((c) => ({
      anchor: c.anchor,
      title: c.title,
      ...(c.attentionCount ? { note: `✗ ${c.attentionCount}` } : {}),
      children: [
        ...c.scenarios.map((s) => ({ anchor: s.anchor, title: `Scenario “${s.name}”`, children: [] })),
        ...c.sweeps.map((s) => ({ anchor: s.anchor, title: `Sweep ${s.name}`, children: [] })),
        ...c.trajectories.map((t) => ({ anchor: t.anchor, title: `Trajectory: ${t.title}`, children: [] })),
        ...c.figures.map((f) => ({ anchor: f.anchor, title: f.title, children: [] })),
      ],
    })),
    {
      anchor: "failure-details",
      title: "Failure details",
      note: String(failures.length),
      collapsed: true,
      children: failures.map((f) => ({
        anchor: f.anchor,
        title: `${f.label}: ${f.caseId} / ${f.scenario} / ${f.engine} / ${f.propertyTitle}`,
        children: [],
      })),
    },
    ...(input.benchmarks ? [{ anchor: "benchmarks", title: "Benchmarks", children: [] }] : []),
    ...(references.length > 0 ? [{ anchor: "references", title: "References", children: [] }] : []),
    { anchor: "glossary", title: "Engines and properties", children: [] },
  ];

  const { summary } = results;
  return {
    toolName: results.tool.name,
    version: results.tool.version,
    startedAt: formatTimestamp(results.startedAt),
    duration: formatDuration(results.durationSeconds),
    summary: [
      { verdict: "pass", label: "pass", count: summary.pass },
      { verdict: "fail", label: "fail", count: summary.fail },
      { verdict: "expected-fail", label: "expected fail", count: summary.expectedFail },
      { verdict: "refuted", label: "paper claim refuted", count: summary.refuted ?? 0 },
      { verdict: "not-applicable", label: "not applicable", count: summary.notApplicable },
      { verdict: "error", label: "error", count: summary.error },
    ],
    claimSummary: {
      counts: (["confirmed", "refuted", "inconclusive"] as const).map((verdict) => ({
        verdict,
        label: CLAIM_STYLES[verdict].label,
        count: cases.reduce(
          (n, c) =>
            n + c.figures.reduce((m, f) => m + f.claims.filter((k) => k.verdict === verdict).length, 0),
          0,
        ),
      })),
      open: cases.flatMap((c) =>
        c.figures.flatMap((f) =>
          f.claims
            .filter((claim) => claim.verdict !== "confirmed")
            .map((claim) => ({ ...claim, figure: f.title, caseId: c.id })),
        ),
      ),
    },
    unexpectedFailures: summary.unexpectedFailures,
    attention: failures.filter((f) => needsAttention(f.verdict)),
    contents,
    cases,
    failures,
    engines,
    properties,
    references,
    ...(input.baseline ? { baseline: baselineView(input.baseline) } : {}),
    ...(input.benchmarks ? { benchmarks: input.benchmarks } : {}),
    css,
  };
}
