import type { PreparedCase } from "../cases/build-problem.js";
import type { Engine } from "../plugins/engine.js";
import type { Figure } from "../plugins/figure.js";
import type { Property, PropertyContext, PropertyOutcome } from "../plugins/property.js";
import { EngineSolution } from "./engine-solution.js";
import { flattenSolveResult } from "./flatten.js";
import type {
  CaseResults,
  CheckResult,
  EngineScenarioResults,
  FigureResults,
  RunResults,
  SweepResults,
} from "./results.js";
import { solveProblem } from "./solve.js";
import { linearPoints } from "./sweep.js";

export interface SuiteSelection {
  cases: PreparedCase[];
  engines: Engine[];
  properties: Property[];
  /** Figures of the papers to reproduce; each is computed when its case is selected. */
  figures?: Figure[];
  /** Called after each unit of work (a property check or a sweep point) with done/total counts. */
  onProgress?: (done: number, total: number, label: string) => void;
  /** Seed for randomised checks. */
  seed?: number;
  version: string;
}

function runCheck(property: Property, context: PropertyContext): PropertyOutcome {
  try {
    const applies = property.appliesTo(context);
    if (applies !== true) return { status: "not-applicable", message: applies };
    return property.check(context);
  } catch (error) {
    return { status: "error", message: `${(error as Error).name}: ${(error as Error).message}` };
  }
}

function scenariosOf(prepared: PreparedCase) {
  const declared = prepared.definition.scenarios ?? [];
  return declared.length > 0
    ? declared
    : [
        {
          name: "defaults",
          description: "the case's default parameters",
          set: {} as Record<string, number | string>,
        },
      ];
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
      seed: selection.seed ?? DEFAULT_SEED,
    });
    return { ...about, ...result };
  } catch (error) {
    return { ...about, charts: [], error: `${(error as Error).name}: ${(error as Error).message}` };
  }
}

const DEFAULT_SEED = 20261123;

/**
 * Runs every selected property for every selected engine at every scenario of every case, the case's
 * sweeps, and the figures of the selected cases.
 */
export async function runSuite(selection: SuiteSelection): Promise<RunResults> {
  const started = Date.now();
  const { cases, engines, properties, onProgress } = selection;
  const seed = selection.seed ?? DEFAULT_SEED;
  const figuresOf = (prepared: PreparedCase) =>
    (selection.figures ?? []).filter((f) => f.caseId === prepared.definition.id);
  const total = cases.reduce(
    (acc, c) =>
      acc +
      scenariosOf(c).length * engines.length * properties.length +
      (c.definition.sweeps ?? []).reduce((s, sw) => s + sw.points * engines.length, 0) +
      figuresOf(c).length,
    0,
  );
  let done = 0;
  const tick = (label: string) => onProgress?.(++done, total, label);

  const caseResults: CaseResults[] = [];
  for (const prepared of cases) {
    const definition = prepared.definition;
    const scenarios = scenariosOf(prepared).map((scenario) => {
      const problem = prepared.problemAt(scenario.set ?? {});
      const engineResults: EngineScenarioResults[] = engines.map((engine) => {
        const supported = engine.supports(problem);
        if (supported !== true) {
          for (const _ of properties) tick(`${definition.id} ${engine.id}`);
          return { engine: engine.id, unsupported: supported, warnings: [], checks: [] };
        }
        const options = prepared.engineOptions(engine.id);
        const solution = new EngineSolution(problem, engine, options);
        const context: PropertyContext = {
          problem,
          engine,
          options,
          generator: solution.generator,
          steadyState: solution.steadyState,
          currents: solution.currents,
          observables: solution.observables,
          entropyProduction: solution.entropyProduction,
          problemAt: (overrides) => prepared.problemAt(overrides),
          references: prepared.referencesAt(problem.parameters, engine.id, scenario.name),
          seed,
        };
        const checks: CheckResult[] = properties.map((property) => {
          const outcome = runCheck(property, context);
          tick(`${definition.id}/${scenario.name} ${engine.id} ${property.id}`);
          const expectation = prepared.expectationFor(property.id, engine.id, scenario.name);
          return {
            property: property.id,
            ...outcome,
            expectedFailure: expectation !== undefined,
            expectedReason: expectation?.reason,
          };
        });
        let warnings: string[] = [];
        let observables: Record<string, unknown> | undefined;
        try {
          warnings = solution.steadyState()?.warnings ?? [];
          observables = solution.observables();
        } catch (error) {
          warnings = [`steady state failed: ${(error as Error).message}`];
        }
        return { engine: engine.id, observables, warnings, checks };
      });
      return {
        name: scenario.name,
        description: scenario.description ?? "",
        overrides: scenario.set ?? {},
        engines: engineResults,
      };
    });
    const sweeps: SweepResults[] = (definition.sweeps ?? []).map((sweep) => {
      const values = linearPoints(sweep.from, sweep.to, sweep.points);
      // Engines that do not support the case are left out of its plots (the matrix gives their reason).
      const atDefaults = prepared.problemAt(sweep.set ?? {});
      const sweepEngines = engines.filter((engine) => engine.supports(atDefaults) === true);
      done += (engines.length - sweepEngines.length) * values.length; // their points count as done
      const series = sweepEngines.map((engine) => {
        const quantities: Record<string, (number | null)[]> = Object.fromEntries(
          sweep.quantities.map((q) => [q, []]),
        );
        for (const value of values) {
          let flat: Record<string, number> | undefined;
          try {
            const problem = prepared.problemAt({ ...(sweep.set ?? {}), [sweep.parameter]: value });
            if (engine.supports(problem) === true) {
              flat = flattenSolveResult(solveProblem(problem, engine, prepared.engineOptions(engine.id)));
            }
          } catch {
            flat = undefined;
          }
          for (const q of sweep.quantities) quantities[q].push(flat?.[q] ?? null);
          tick(`${definition.id} sweep ${sweep.name} ${engine.id}`);
        }
        return { engine: engine.id, quantities };
      });
      return {
        name: sweep.name,
        description: sweep.description ?? "",
        parameter: sweep.parameter,
        values,
        series,
      };
    });
    const figures: FigureResults[] = [];
    for (const figure of figuresOf(prepared)) {
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
        for (const check of e.checks) {
          if (check.status === "pass") summary.pass++;
          else if (check.status === "not-applicable") summary.notApplicable++;
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
    properties: properties.map((p) => ({ id: p.id, title: p.title, source: p.source })),
    cases: caseResults,
    summary,
  };
}
