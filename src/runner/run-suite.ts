import type { PreparedCase } from "../cases/build-problem.js";
import { trajectoryTimeGrid } from "../cases/trajectory-checks.js";
import { sourceModuleUrl } from "../package-root.js";
import type { Engine } from "../plugins/engine.js";
import type { Figure } from "../plugins/figure.js";
import type { Property } from "../plugins/property.js";
import type { TaskContext } from "../plugins/task-context.js";
import { assembleResults, type RunFrame } from "./assemble-results.js";
import { figureResults } from "./figure-results.js";
import { parallelMap } from "./parallel-map.js";
import { provenance } from "./provenance.js";
import type { FigureResults, RunResults, UnitResult } from "./results.js";
import { planFingerprint, planRun, type RunUnit } from "./run-plan.js";
import { interleavedShard, type Shard } from "./shard.js";
import { DEFAULT_SEED } from "./default-seed.js";
import { declaredTrajectory, runUnit, sweepValues, type UnitTask } from "./run-units.js";

export interface SuiteSelection {
  /** The run's registry and cases (option validation, engine context, worker threads). */
  tasks: TaskContext;
  cases: PreparedCase[];
  engines: Engine[];
  properties: Property[];
  /** Figures that may be drawn; each is computed for the selected cases that list it. */
  figures?: Figure[];
  /** Called after each unit of the plan with done/total counts and what it was. */
  onProgress?: (done: number, total: number, label: string) => void;
  /** Seed for randomised checks. */
  seed?: number;
  version: string;
  /** Only this part of the plan (`--shard k/n`); the results can be merged with the other parts'. */
  shard?: Shard;
  /** Worker threads for the checks and sweeps (default: all cores); the results do not depend on it. */
  workers?: number;
}

const UNIT_TASK = {
  moduleUrl: sourceModuleUrl("runner/run-units.js"),
  exportName: "runUnit",
  local: runUnit,
};

function labelOf(unit: RunUnit): string {
  if (unit.kind === "checks") return `${unit.caseId}/${unit.scenario} ${unit.engine}`;
  if (unit.kind === "sweep") return `${unit.caseId} sweep ${unit.sweep} ${unit.engine}`;
  if (unit.kind === "trajectory") return `${unit.caseId} trajectory ${unit.trajectory} ${unit.engine}`;
  return `${unit.caseId} figure ${unit.figure}`;
}

async function computeFigure(
  figure: Figure,
  prepared: PreparedCase,
  selection: SuiteSelection,
): Promise<FigureResults> {
  try {
    const result = await figure.compute({
      prepared,
      engines: selection.engines,
      tasks: selection.tasks,
      seed: selection.seed ?? DEFAULT_SEED,
    });
    return figureResults(figure, result);
  } catch (error) {
    const failed = figureResults(figure, { charts: [] });
    return { ...failed, error: `${(error as Error).name}: ${(error as Error).message}` };
  }
}

/** The cases of the results with every scenario, sweep and trajectory, before any unit's result is in. */
function frameOf(selection: SuiteSelection, units: readonly RunUnit[], started: number): RunFrame {
  return {
    tool: { name: "qmebench", version: selection.version },
    provenance: provenance(selection.version),
    seed: selection.seed ?? DEFAULT_SEED,
    plan: {
      fingerprint: planFingerprint(units),
      units: units.length,
      ...(selection.shard ? { shard: selection.shard } : {}),
    },
    startedAt: new Date(started).toISOString(),
    durationSeconds: 0,
    engines: selection.engines.map((e) => ({ id: e.id, title: e.title, description: e.description })),
    properties: selection.properties.map((p) => ({ id: p.id, title: p.title, source: p.source })),
    cases: selection.cases.map((prepared) => ({
      id: prepared.definition.id,
      title: prepared.definition.title,
      source: prepared.sourceText,
      description: prepared.definition.description ?? "",
      parameters: prepared.problemAt({}).parameters,
      scenarios: prepared.scenarios.map((scenario) => ({
        name: scenario.name,
        description: scenario.description ?? "",
        overrides: scenario.set ?? {},
        engines: [],
      })),
      sweeps: (prepared.definition.sweeps ?? []).map((sweep) => ({
        name: sweep.name,
        description: sweep.description ?? "",
        parameter: sweep.parameter,
        values: sweepValues(sweep),
        series: [],
      })),
      trajectories: (prepared.definition.trajectories ?? []).map((trajectory, i) => ({
        id: trajectory.id,
        title: trajectory.title,
        description: trajectory.description ?? "",
        initial: trajectory.initial,
        overrides: trajectory.set ?? {},
        times: sweepValues(trajectoryTimeGrid(trajectory, i, prepared.file)),
        observables: trajectory.observables.map((text) => text.trim()),
        series: [],
      })),
      figures: [],
    })),
  };
}

/**
 * What the case file cannot check on its own about its trajectories, checked before any work: the
 * engines they name are registered, and the initial states resolve (`steady:<engine>` names an engine, a
 * `.json` file must hold a state). An InputError names the case file and the field.
 */
function checkDeclaredTrajectories(selection: SuiteSelection): void {
  const { registry } = selection.tasks;
  for (const prepared of selection.cases) {
    (prepared.definition.trajectories ?? []).forEach((trajectory, i) => {
      trajectory.engines?.forEach((id, j) =>
        registry.engine(id, `${prepared.file}: trajectories[${i}].engines[${j}]`),
      );
      declaredTrajectory(prepared, i, registry.context);
    });
  }
}

/**
 * Runs the plan (run-plan.ts) or one shard of it: every selected engine's checks at every scenario of
 * every case (the general properties that apply and those the case invokes), its sweep series, its
 * evolutions of the trajectories the cases declare, and the figures the cases list. Checks, sweeps and
 * trajectories run on worker threads, figures in this thread (they use the threads themselves); the
 * results are assembled in plan order, the same for any number of threads or shards. A shard's results
 * carry its unit results for `qmebench merge`.
 */
export async function runSuite(selection: SuiteSelection): Promise<RunResults> {
  const started = Date.now();
  checkDeclaredTrajectories(selection);
  const units = planRun(selection.cases, selection.engines, selection.figures ?? []);
  const positions = interleavedShard(units.length, selection.shard);
  const seed = selection.seed ?? DEFAULT_SEED;
  const properties = selection.properties.map((p) => p.id);
  const total = positions.length;
  let done = 0;
  const tick = (unit: RunUnit) => selection.onProgress?.(++done, total, labelOf(unit));
  const work = positions.filter((k) => units[k].kind !== "figure");
  const results: UnitResult[] = [];
  await parallelMap<UnitTask, UnitResult["result"]>(
    UNIT_TASK,
    work.map((k) => ({ unit: units[k], properties, seed })),
    {
      context: selection.tasks,
      workers: selection.workers,
      minimumForThreads: 16,
      chunkSize: 1,
      onResult: (result, index) => {
        const position = work[index];
        const unit = units[position];
        results.push({ position, ...withoutPath(unit), result } as UnitResult);
        tick(unit);
      },
    },
  );
  for (const position of positions) {
    const unit = units[position];
    if (unit.kind !== "figure") continue;
    const prepared = selection.tasks.openCase(unit.case);
    const figure = selection.tasks.registry.figure(unit.figure);
    results.push({
      position,
      kind: "figure",
      caseId: unit.caseId,
      figure: unit.figure,
      result: await computeFigure(figure, prepared, selection),
    });
    tick(unit);
  }
  const frame = frameOf(selection, units, started);
  frame.durationSeconds = (Date.now() - started) / 1000;
  const assembled = assembleResults(frame, results);
  return selection.shard ? { ...assembled, unitResults: results } : assembled;
}

/** A unit as recorded in the results: without its machine path. */
function withoutPath(unit: RunUnit): Omit<RunUnit, "case"> {
  const { case: _path, ...rest } = unit;
  return rest;
}
