import type { PreparedCase } from "../cases/build-problem.js";
import type { Problem } from "../physics/problem.js";
import type { Engine } from "../plugins/engine.js";
import type { Figure } from "../plugins/figure.js";
import type { Property } from "../plugins/property.js";
import type { TaskContext } from "../plugins/task-context.js";
import { requirementsMet } from "../plugins/applicability.js";
import { checkProperty } from "./check-property.js";
import { supportsSafely } from "./engine-support.js";
import { propertiesIn } from "./planned-checks.js";
import { EngineSolution } from "./engine-solution.js";
import { flattenSolveResult } from "./flatten.js";
import { type CheckSite, propertyContextAt } from "./property-context.js";
import type {
  CaseResults,
  CheckResult,
  EngineScenarioResults,
  FigureResults,
  RunResults,
  SweepResults,
} from "./results.js";
import { solveProblem } from "./solve.js";
import { linearPoints, logPoints } from "./sweep.js";

export interface SuiteSelection {
  /** The run's registry and cases (option validation, engine context, worker threads). */
  tasks: TaskContext;
  cases: PreparedCase[];
  engines: Engine[];
  properties: Property[];
  /** Figures that may be drawn; each is computed for the selected cases that list it. */
  figures?: Figure[];
  /** Called after each unit of work (a property check or a sweep point) with done/total counts. */
  onProgress?: (done: number, total: number, label: string) => void;
  /** Seed for randomised checks. */
  seed?: number;
  version: string;
}

export const DEFAULT_SEED = 20261123;

/** The figures of a case among those selected, in the case's order. */
function figuresOf(prepared: PreparedCase, figures: readonly Figure[]): Figure[] {
  return (prepared.definition.figures ?? []).flatMap((id) => figures.filter((f) => f.id === id));
}

async function computeFigure(
  figure: Figure,
  prepared: PreparedCase,
  selection: SuiteSelection,
): Promise<FigureResults> {
  const about = {
    id: figure.id,
    title: figure.title,
    source: figure.source,
    description: figure.description,
  };
  try {
    const result = await figure.compute({
      prepared,
      engines: selection.engines,
      tasks: selection.tasks,
      seed: selection.seed ?? DEFAULT_SEED,
    });
    return { ...about, ...result };
  } catch (error) {
    return { ...about, charts: [], error: `${(error as Error).name}: ${(error as Error).message}` };
  }
}

/** One engine at one scenario: every applicable property checked, the others listed with their reason. */
function engineAtScenario(
  prepared: PreparedCase,
  scenario: { name: string; set?: Record<string, number | string> },
  problem: Problem,
  engine: Engine,
  selection: SuiteSelection,
  tick: (label: string) => void,
): EngineScenarioResults {
  const { registry } = selection.tasks;
  const planned = propertiesIn(prepared, scenario.name, selection.properties);
  const options = registry.optionsFor(engine, problem);
  const supported = supportsSafely(engine, problem, options);
  if (supported !== true && supported.threw) {
    // an engine that throws where it should answer is an error on its checks here, not the end of the run
    for (const _ of planned) tick(`${prepared.definition.id} ${engine.id}`);
    return {
      engine: engine.id,
      warnings: [],
      checks: planned.map(({ property }) => ({
        property: property.id,
        status: "error" as const,
        message: supported.reason,
        expectedFailure: false,
      })),
      notApplicable: [],
    };
  }
  if (supported !== true) {
    for (const _ of planned) tick(`${prepared.definition.id} ${engine.id}`);
    return { engine: engine.id, unsupported: supported.reason, warnings: [], checks: [], notApplicable: [] };
  }
  const site: CheckSite = {
    prepared,
    scenario,
    solution: new EngineSolution(problem, engine, options),
    engines: registry.context,
    seed: selection.seed ?? DEFAULT_SEED,
  };
  const { solution } = site;
  const checks: CheckResult[] = [];
  const notApplicable: { property: string; reason: string }[] = [];
  for (const { property, with: given } of planned) {
    const context = propertyContextAt(site, property, given);
    tick(`${prepared.definition.id}/${scenario.name} ${engine.id} ${property.id}`);
    // what the engine is (or what the case declares for it) rules the property out: not a check at all
    if (requirementsMet(property, context) !== true) continue;
    const outcome = checkProperty(property, context);
    if (outcome.status === "not-applicable") {
      notApplicable.push({ property: property.id, reason: outcome.message });
      continue;
    }
    const expectation = prepared.expectationFor(property.id, engine.id, scenario.name);
    checks.push({
      property: property.id,
      ...outcome,
      expectedFailure: expectation !== undefined,
      expectedReason: expectation?.reason,
    });
  }
  let warnings: string[] = [];
  let observables: Record<string, unknown> | undefined;
  try {
    warnings = solution.warnings();
    observables = solution.observables();
  } catch (error) {
    warnings = [`steady state failed: ${(error as Error).message}`];
  }
  return { engine: engine.id, observables, warnings, checks, notApplicable };
}

/** The case's sweeps: one series per engine that supports the case and quantity. */
function sweepsOf(
  prepared: PreparedCase,
  selection: SuiteSelection,
  tick: (label: string) => void,
  skip: (count: number) => void,
): SweepResults[] {
  const { registry } = selection.tasks;
  return (prepared.definition.sweeps ?? []).map((sweep) => {
    const values =
      sweep.spacing === "log"
        ? logPoints(sweep.from, sweep.to, sweep.points)
        : linearPoints(sweep.from, sweep.to, sweep.points);
    // Engines that do not support the case are left out of its plots (the matrix gives their reason).
    const atDefaults = prepared.problemAt(sweep.set ?? {});
    const sweepEngines = selection.engines.filter(
      (engine) => supportsSafely(engine, atDefaults, registry.optionsFor(engine, atDefaults)) === true,
    );
    skip((selection.engines.length - sweepEngines.length) * values.length);
    const series = sweepEngines.map((engine) => {
      const quantities: Record<string, (number | null)[]> = Object.fromEntries(
        sweep.quantities.map((q) => [q, []]),
      );
      let failure: string | undefined;
      for (const value of values) {
        let flat: Record<string, number> | undefined;
        try {
          const problem = prepared.problemAt({ ...(sweep.set ?? {}), [sweep.parameter]: value });
          const options = registry.optionsFor(engine, problem);
          const supported = supportsSafely(engine, problem, options);
          if (supported === true) flat = flattenSolveResult(solveProblem(problem, engine, options));
          else failure ??= `${sweep.parameter} = ${value}: ${supported.reason}`;
        } catch (error) {
          // one point's failure (or a plugin's) is a gap in the plot and a note, not the end of the run
          failure ??= `${sweep.parameter} = ${value}: ${(error as Error).name}: ${(error as Error).message}`;
        }
        for (const q of sweep.quantities) {
          const y = flat?.[q];
          quantities[q].push(y === undefined || !Number.isFinite(y) ? null : y);
        }
        tick(`${prepared.definition.id} sweep ${sweep.name} ${engine.id}`);
      }
      return { engine: engine.id, quantities, ...(failure ? { failure } : {}) };
    });
    return {
      name: sweep.name,
      description: sweep.description ?? "",
      parameter: sweep.parameter,
      values,
      series,
    };
  });
}

/**
 * Runs, for every selected case, scenario and engine, the properties that apply (the general ones and
 * those the case invokes), the case's sweeps, and the figures the case lists.
 */
export async function runSuite(selection: SuiteSelection): Promise<RunResults> {
  const started = Date.now();
  const { cases, engines } = selection;
  const total = cases.reduce(
    (acc, c) =>
      acc +
      c.scenarios.reduce(
        (s, sc) => s + propertiesIn(c, sc.name, selection.properties).length * engines.length,
        0,
      ) +
      (c.definition.sweeps ?? []).reduce((s, sw) => s + sw.points * engines.length, 0) +
      figuresOf(c, selection.figures ?? []).length,
    0,
  );
  let done = 0;
  const tick = (label: string) => selection.onProgress?.(++done, total, label);
  const skip = (count: number) => {
    done += count;
  };

  const caseResults: CaseResults[] = [];
  for (const prepared of cases) {
    const definition = prepared.definition;
    const scenarios = prepared.scenarios.map((scenario) => {
      const problem = prepared.problemAt(scenario.set ?? {});
      return {
        name: scenario.name,
        description: scenario.description ?? "",
        overrides: scenario.set ?? {},
        engines: engines.map((engine) =>
          engineAtScenario(prepared, scenario, problem, engine, selection, tick),
        ),
      };
    });
    const sweeps = sweepsOf(prepared, selection, tick, skip);
    const figures: FigureResults[] = [];
    for (const figure of figuresOf(prepared, selection.figures ?? [])) {
      figures.push(await computeFigure(figure, prepared, selection));
      tick(`${definition.id} figure ${figure.id}`);
    }
    caseResults.push({
      id: definition.id,
      title: definition.title,
      source: prepared.sourceText,
      description: definition.description ?? "",
      parameters: prepared.problemAt({}).parameters,
      scenarios,
      sweeps,
      figures,
    });
  }

  const summary = { pass: 0, fail: 0, expectedFail: 0, notApplicable: 0, error: 0, unexpectedFailures: 0 };
  for (const c of caseResults) {
    for (const s of c.scenarios) {
      for (const e of s.engines) {
        summary.notApplicable += e.notApplicable.length;
        for (const check of e.checks) {
          if (check.status === "pass") summary.pass++;
          else if (check.status === "error") {
            summary.error++;
            summary.unexpectedFailures++;
          } else if (check.expectedFailure) summary.expectedFail++;
          else {
            summary.fail++;
            summary.unexpectedFailures++;
          }
        }
      }
    }
  }
  return {
    tool: { name: "qmebench", version: selection.version },
    startedAt: new Date(started).toISOString(),
    durationSeconds: (Date.now() - started) / 1000,
    engines: engines.map((e) => ({ id: e.id, title: e.title, description: e.description })),
    properties: selection.properties.map((p) => ({ id: p.id, title: p.title, source: p.source })),
    cases: caseResults,
    summary,
  };
}
