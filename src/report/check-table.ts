import type { CheckResult, RunResults, ScenarioResults } from "../runner/results.js";
import { styleSwatch } from "./chart-legend.js";
import { type CheckVerdict, checkVerdict, VERDICT_STYLES } from "./check-verdict.js";
import { type NumberView, numberView } from "./number-view.js";
import type { CitedText } from "./references.js";
import type { SeriesStyle } from "./series-style.js";

/**
 * The table of checks of one scenario: one row per engine that supports the case, one column per
 * property checked for at least one of them. What is left out is said in words under the table: the
 * properties that apply to no engine here and the engines that do not support the case, each with its
 * reason; an engine for which a column's property does not apply gets a footnote with the reason.
 */

export interface CheckColumnView {
  id: string;
  title: string;
  source: CitedText[];
  /** Shown in the header when every check of the column has the same bound (or tolerance), else in each cell. */
  bound?: NumberView;
  tolerance?: NumberView;
}

export interface CheckCellView {
  /** `not-planned`: the property's requirements exclude this engine, so it was never checked. */
  verdict: CheckVerdict | "not-planned";
  symbol: string;
  label: string;
  /** False where the symbol says it all (the word stays for screen readers). */
  showLabel: boolean;
  value?: NumberView;
  bound?: NumberView;
  tolerance?: NumberView;
  tooltip: string;
  /** Anchor of the entry in the failure details, for failures and errors. */
  detailAnchor?: string;
  /** The footnote giving the reason for a not-applicable cell. */
  note?: { mark: string; anchor: string };
}

export interface CheckRowView {
  id: string;
  title: string;
  /** The engine's line and marker in the plots. */
  swatch?: string;
  cells: CheckCellView[];
  warningCount: number;
}

export interface CheckTableView {
  columns: CheckColumnView[];
  rows: CheckRowView[];
  /** Reasons of the not-applicable cells, one footnote per distinct reason. */
  notes: { mark: string; anchor: string; reason: string }[];
  /** Properties that apply to none of the engines here, grouped by reason. */
  notApplicable: { reason: string; properties: { id: string; title: string }[] }[];
  /** Engines that do not support the case, grouped by reason. */
  unsupported: { reason: string; engines: { id: string; title: string }[] }[];
  /** Whether some cell is `not-planned` (the table's key then explains the dash). */
  hasNotPlanned: boolean;
  /** Too many columns for a portrait page: printed on a landscape one. */
  wide: boolean;
}

/** Columns that fit the width of a portrait A4 page in print. */
const PORTRAIT_COLUMNS = 8;

export interface CheckTableContext {
  /** The run's properties, in run order. */
  properties: RunResults["properties"];
  engineTitles: ReadonlyMap<string, string>;
  engineStyles: ReadonlyMap<string, SeriesStyle>;
  /** The id of the table; footnote ids are built from it. */
  anchor: string;
  /** Anchors of the failure-detail entries, by `engine property`. */
  failureAnchors: ReadonlyMap<string, string>;
  cite: (text: string) => CitedText[];
}

/** Footnote marks: a, b, …, z, aa, ab, … */
function noteMark(index: number): string {
  const letter = String.fromCharCode(97 + (index % 26));
  return index < 26 ? letter : noteMark(Math.floor(index / 26) - 1) + letter;
}

function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

/** The value both or all agree on, or undefined when they differ (or there are none). */
function common(values: readonly (number | undefined)[]): { value: number | undefined } | undefined {
  if (values.length === 0) return undefined;
  return values.every((v) => Object.is(v, values[0])) ? { value: values[0] } : undefined;
}

/**
 * The words a cell shows beside its symbol: none for a pass or an expected failure (✓ and ⚠ say it;
 * the word stays for screen readers), short ones for the verdicts that need a look.
 */
const CELL_LABELS: Partial<Record<CheckVerdict, string>> = {
  fail: "fail",
  refuted: "refuted",
  "unexpected-pass": "unexpected",
  error: "error",
};

function checkTooltip(check: CheckResult, propertyTitle: string): string {
  const lines = [`${propertyTitle}: ${check.message}`];
  if (check.expectedFailure) lines.push(`Expected to fail: ${check.expectedReason ?? "(no reason given)"}`);
  return lines.join("\n");
}

export function checkTable(scenario: ScenarioResults, context: CheckTableContext): CheckTableView {
  const supported = scenario.engines.filter((e) => e.unsupported === undefined);
  const titleOf = (id: string) => context.properties.find((p) => p.id === id)?.title ?? id;
  const checked = new Set(supported.flatMap((e) => e.checks.map((c) => c.property)));
  const propertyIds = [
    ...context.properties.map((p) => p.id).filter((id) => checked.has(id)),
    ...[...checked].filter((id) => !context.properties.some((p) => p.id === id)),
  ];
  const columns = propertyIds.map((id): CheckColumnView => {
    const checks = supported.flatMap((e) => e.checks.filter((c) => c.property === id));
    const bound = common(checks.map((c) => c.bound));
    const tolerance = common(checks.map((c) => c.tolerance));
    return {
      id,
      title: titleOf(id),
      source: context.cite(context.properties.find((p) => p.id === id)?.source ?? ""),
      ...(bound ? { bound: numberView(bound.value) } : {}),
      ...(tolerance ? { tolerance: numberView(tolerance.value) } : {}),
    };
  });
  const notes: CheckTableView["notes"] = [];
  const noteFor = (reason: string) => {
    let note = notes.find((n) => n.reason === reason);
    if (!note) {
      const mark = noteMark(notes.length);
      note = { mark, anchor: `${context.anchor}--note-${mark}`, reason };
      notes.push(note);
    }
    return { mark: note.mark, anchor: note.anchor };
  };
  let hasNotPlanned = false;
  const rows = supported.map((engine): CheckRowView => {
    const cells = columns.map((column): CheckCellView => {
      const check = engine.checks.find((c) => c.property === column.id);
      const reason =
        engine.notApplicable.find((n) => n.property === column.id)?.reason ??
        (check?.status === "not-applicable" ? check.message : undefined);
      if (reason !== undefined) {
        return {
          verdict: "not-applicable",
          ...VERDICT_STYLES["not-applicable"],
          showLabel: true,
          tooltip: `${column.title}: not applicable, ${reason}`,
          note: noteFor(reason),
        };
      }
      if (!check) {
        hasNotPlanned = true;
        return {
          verdict: "not-planned",
          symbol: "—",
          label: "not checked",
          showLabel: false,
          tooltip: `${column.title}: not checked for this kind of engine (the property's requirements)`,
        };
      }
      const verdict = checkVerdict(check);
      const shortLabel = CELL_LABELS[verdict];
      return {
        verdict,
        symbol: VERDICT_STYLES[verdict].symbol,
        label: shortLabel ?? VERDICT_STYLES[verdict].label,
        showLabel: shortLabel !== undefined,
        value: numberView(check.value),
        ...(column.bound === undefined ? { bound: numberView(check.bound) } : {}),
        ...(column.tolerance === undefined ? { tolerance: numberView(check.tolerance) } : {}),
        tooltip: checkTooltip(check, column.title),
        detailAnchor: context.failureAnchors.get(`${engine.engine} ${check.property}`),
      };
    });
    const style = context.engineStyles.get(engine.engine);
    return {
      id: engine.engine,
      title: context.engineTitles.get(engine.engine) ?? engine.engine,
      ...(style ? { swatch: styleSwatch(style) } : {}),
      cells,
      warningCount: engine.warnings.length,
    };
  });
  const runOrder = (id: string) => context.properties.findIndex((p) => p.id === id);
  const leftOut = supported
    .flatMap((e) => e.notApplicable.filter((n) => !checked.has(n.property)))
    .map((n) => ({ ...n, title: titleOf(n.property) }))
    .sort((a, b) => runOrder(a.property) - runOrder(b.property));
  const notApplicable = [...groupBy(leftOut, (n) => n.reason)].map(([reason, entries]) => ({
    reason,
    properties: [...new Map(entries.map((n) => [n.property, { id: n.property, title: n.title }])).values()],
  }));
  const unsupported = [
    ...groupBy(
      scenario.engines.filter((e) => e.unsupported !== undefined),
      (e) => e.unsupported!,
    ),
  ].map(([reason, engines]) => ({
    reason,
    engines: engines.map((e) => ({ id: e.engine, title: context.engineTitles.get(e.engine) ?? e.engine })),
  }));
  return {
    columns,
    rows,
    notes,
    notApplicable,
    unsupported,
    hasNotPlanned,
    wide: columns.length > PORTRAIT_COLUMNS,
  };
}
