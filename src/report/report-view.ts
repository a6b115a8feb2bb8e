import type { CaseResults, CheckResult, RunResults, ScenarioResults } from "../runner/results.js";
import { parameterSymbol } from "./axis-titles.js";
import { type CheckVerdict, checkVerdict, needsAttention, VERDICT_STYLES } from "./check-verdict.js";
import { type DetailView, detailView } from "./details-view.js";
import { formatNumber } from "./format-number.js";
import { formatDuration, formatTimestamp } from "./format-time.js";
import type { SeriesStyle } from "./series-style.js";
import type { SweepChart } from "./sweep-charts.js";

/**
 * The data the handlebars templates (reports/templates/) render: RunResults with every number
 * formatted, every check turned into a verdict, anchors for links, and the plots as SVG strings.
 * The templates only lay this out.
 */

/** A formatted number with its full-precision value for the `title=` tooltip. */
export interface NumberView {
  text: string;
  exact: string;
}

export interface CellView {
  verdict: CheckVerdict | "not-run";
  symbol: string;
  label: string;
  value?: NumberView;
  bound?: NumberView;
  tolerance?: NumberView;
  tooltip: string;
  /** Anchor of the entry in the failure details, for failures and errors. */
  detailAnchor?: string;
}

export interface EngineRowView {
  id: string;
  title: string;
  /** The engine's line colour in the plots. */
  color?: string;
  unsupported?: string;
  cells: CellView[];
  warnings: string[];
}

export interface ExpectedFailureView {
  engine: string;
  property: string;
  reason: string;
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
  properties: { id: string; title: string; source: string }[];
  /** Columns an unsupported engine's reason spans (at least one, when nothing was checked). */
  propertySpan: number;
  rows: EngineRowView[];
  expectedFailures: ExpectedFailureView[];
  observables?: ObservablesTableView;
}

export interface SweepView {
  name: string;
  description: string;
  parameter: string;
  pointCount: number;
  charts: SweepChart[];
}

export interface FigureView {
  id: string;
  anchor: string;
  title: string;
  source: string;
  description: string;
  notes: string[];
  table?: { columns: string[]; rows: string[][] };
  /** Inline SVG, one per chart. */
  charts: string[];
  error?: string;
}

export interface CaseView {
  id: string;
  anchor: string;
  title: string;
  source: string;
  description: string;
  parameters: { name: string; symbol: string; value: string }[];
  scenarios: ScenarioView[];
  sweeps: SweepView[];
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
  message: string;
  value?: NumberView;
  bound?: NumberView;
  tolerance?: NumberView;
  expectedReason?: string;
  details?: DetailView;
}

export interface ReportView {
  toolName: string;
  version: string;
  startedAt: string;
  duration: string;
  summary: { verdict: string; label: string; count: number }[];
  unexpectedFailures: number;
  attention: FailureView[];
  cases: CaseView[];
  failures: FailureView[];
  engines: (RunResults["engines"][number] & { color?: string })[];
  properties: RunResults["properties"];
  css: string;
}

export interface ReportViewInput {
  /** charts[c][s]: the plots of sweep s of case c (sweep-charts.ts). */
  charts: SweepChart[][][];
  /** figures[c][f]: the chart SVGs of figure f of case c (figure-charts.ts). */
  figures?: string[][][];
  /** The style sheet, inlined into the page. */
  css: string;
  /** The engines' plot styles, so tables can show each engine's colour. */
  engineStyles: ReadonlyMap<string, SeriesStyle>;
}

/** Significant digits of values in the matrix and of case parameters. */
const CELL_DIGITS = 3;
const PARAMETER_DIGITS = 6;

function numberView(value: number | undefined, digits = CELL_DIGITS): NumberView | undefined {
  if (value === undefined) return undefined;
  return { text: formatNumber(value, digits), exact: String(value) };
}

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

/** Property columns of a scenario: the run's properties that were checked there, in run order. */
function scenarioProperties(scenario: ScenarioResults, results: RunResults): ScenarioView["properties"] {
  const checked = new Set(scenario.engines.flatMap((e) => e.checks.map((c) => c.property)));
  const known = results.properties.filter((p) => checked.has(p.id));
  const unknown = [...checked]
    .filter((id) => !results.properties.some((p) => p.id === id))
    .map((id) => ({ id, title: id, source: "" }));
  return [...known, ...unknown];
}

function checkTooltip(check: CheckResult, propertyTitle: string): string {
  const lines = [`${propertyTitle}: ${check.message}`];
  if (check.expectedFailure) lines.push(`Expected to fail: ${check.expectedReason ?? "(no reason given)"}`);
  return lines.join("\n");
}

/** Builds the view of a run that the templates render. */
export function buildReportView(results: RunResults, input: ReportViewInput): ReportView {
  const { charts, css, engineStyles } = input;
  const anchors = new AnchorRegistry();
  const propertyTitles = new Map(results.properties.map((p) => [p.id, p.title]));
  const engineTitles = new Map(results.engines.map((e) => [e.id, e.title]));
  const failures: FailureView[] = [];

  const cases = results.cases.map((caseResults: CaseResults, caseIndex): CaseView => {
    const caseAnchor = anchors.anchor("case", caseResults.id);
    let attentionCount = 0;
    const scenarios = caseResults.scenarios.map((scenario): ScenarioView => {
      const scenarioAnchor = anchors.anchor("scenario", caseResults.id, scenario.name);
      const properties = scenarioProperties(scenario, results);
      const expectedFailures: ExpectedFailureView[] = [];
      const rows = scenario.engines.map((engineResults): EngineRowView => {
        const cells = properties.map((property): CellView => {
          const check = engineResults.checks.find((c) => c.property === property.id);
          if (!check) {
            return {
              verdict: "not-run",
              symbol: "·",
              label: "not run",
              tooltip: `${property.title}: not checked`,
            };
          }
          const verdict = checkVerdict(check);
          const style = VERDICT_STYLES[verdict];
          const propertyTitle = propertyTitles.get(check.property) ?? check.property;
          const cell: CellView = {
            verdict,
            ...style,
            value: numberView(check.value),
            bound: numberView(check.bound),
            tolerance: numberView(check.tolerance),
            tooltip: checkTooltip(check, propertyTitle),
          };
          if (check.expectedFailure) {
            expectedFailures.push({
              engine: engineResults.engine,
              property: property.title,
              reason: check.expectedReason ?? "(no reason given)",
              verdict,
              label: style.label,
            });
          }
          if (verdict === "fail" || verdict === "error" || verdict === "expected-fail") {
            const anchor = anchors.anchor(
              "failure",
              caseResults.id,
              scenario.name,
              engineResults.engine,
              check.property,
            );
            cell.detailAnchor = anchor;
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
              message: check.message,
              value: numberView(check.value, PARAMETER_DIGITS),
              bound: numberView(check.bound, PARAMETER_DIGITS),
              tolerance: numberView(check.tolerance, PARAMETER_DIGITS),
              expectedReason: check.expectedFailure
                ? (check.expectedReason ?? "(no reason given)")
                : undefined,
              details: check.details === undefined ? undefined : detailView(check.details),
            });
          }
          return cell;
        });
        return {
          id: engineResults.engine,
          title: engineTitles.get(engineResults.engine) ?? engineResults.engine,
          color: engineStyles.get(engineResults.engine)?.color,
          unsupported: engineResults.unsupported,
          cells,
          warnings: engineResults.warnings,
        };
      });
      return {
        name: scenario.name,
        anchor: scenarioAnchor,
        description: scenario.description,
        overrides: Object.entries(scenario.overrides).map(([name, value]) => ({
          name,
          value: parameterText(value),
        })),
        properties,
        propertySpan: Math.max(1, properties.length),
        rows,
        expectedFailures,
        observables: observablesTable(scenario),
      };
    });
    const sweeps = caseResults.sweeps.map((sweep, sweepIndex): SweepView => ({
      name: sweep.name,
      description: sweep.description,
      parameter: sweep.parameter,
      pointCount: sweep.values.length,
      charts: charts[caseIndex]?.[sweepIndex] ?? [],
    }));
    const figures = (caseResults.figures ?? []).map((figure, figureIndex): FigureView => ({
      id: figure.id,
      anchor: `${caseAnchor}-figure-${figure.id}`,
      title: figure.title,
      source: figure.source,
      description: figure.description,
      notes: figure.notes ?? [],
      table: figure.table && {
        columns: figure.table.columns,
        rows: figure.table.rows.map((row) =>
          row.map((cell) => (typeof cell === "number" ? parameterText(cell) : String(cell ?? "–"))),
        ),
      },
      charts: input.figures?.[caseIndex]?.[figureIndex] ?? [],
      error: figure.error,
    }));
    return {
      id: caseResults.id,
      anchor: caseAnchor,
      title: caseResults.title,
      source: caseResults.source,
      description: caseResults.description,
      parameters: Object.entries(caseResults.parameters).map(([name, value]) => ({
        name,
        symbol: parameterSymbol(name),
        value: parameterText(value),
      })),
      scenarios,
      sweeps,
      figures,
      attentionCount,
    };
  });

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
      { verdict: "not-applicable", label: "not applicable", count: summary.notApplicable },
      { verdict: "error", label: "error", count: summary.error },
    ],
    unexpectedFailures: summary.unexpectedFailures,
    attention: failures.filter((f) => needsAttention(f.verdict)),
    cases,
    failures,
    engines: results.engines.map((engine) => ({ ...engine, color: engineStyles.get(engine.id)?.color })),
    properties: results.properties,
    css,
  };
}
