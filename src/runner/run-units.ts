import { dirname, resolve } from "node:path";
import type { PreparedCase } from "../cases/build-problem.js";
import { observedOperator } from "../cases/observed-operators.js";
import { trajectoryTimeGrid } from "../cases/trajectory-checks.js";
import { requirementsMet } from "../plugins/applicability.js";
import type { EngineContext } from "../plugins/engine.js";
import { resolveInitialState } from "../plugins/initial-state.js";
import type { TaskContext } from "../plugins/task-context.js";
import { checkProperty } from "./check-property.js";
import { EngineSolution } from "./engine-solution.js";
import { supportsSafely } from "../plugins/engine-support.js";
import { flattenSolveResult } from "./flatten.js";
import { propertiesIn } from "./planned-checks.js";
import { type CheckSite, propertyContextAt } from "./property-context.js";
import { evolveTrajectory } from "./evolve-trajectory.js";
import type { CheckResult, EngineScenarioResults, SweepResults, TrajectorySeries } from "./results.js";
import type { RunUnit } from "./run-plan.js";
import { solveProblem } from "./solve.js";
import { linearPoints, logPoints } from "./sweep.js";

/** A unit as a worker thread takes it: the unit, the ids of the selected properties, the seed. */
export interface UnitTask<U extends RunUnit = RunUnit> {
  unit: U;
  properties: readonly string[];
  seed: number;
}

/**
 * One engine at one scenario (a `checks` unit, run in any thread): every property that applies checked,
 * with its outcome, the case's expectation and its time; those that do not apply at this point listed
 * with the reason; those whose requirements rule the engine out left out altogether.
 */
export function checksUnit(
  task: UnitTask<Extract<RunUnit, { kind: "checks" }>>,
  context: TaskContext,
): EngineScenarioResults {
  const { unit } = task;
  const { registry } = context;
  const prepared = context.openCase(unit.case);
  const scenario = prepared.scenario(unit.scenario);
  const problem = prepared.problemAt(scenario.set ?? {}, `scenario ${scenario.name}`);
  const engine = registry.engine(unit.engine);
  const properties = task.properties.map((id) => registry.property(id));
  const planned = propertiesIn(prepared, scenario.name, properties);
  const options = registry.optionsFor(engine, problem);
  const supported = supportsSafely(engine, problem, options);
  if (supported !== true && supported.threw) {
    // an engine that throws where it should answer is an error on its checks here, not the end of the run
    const errors = planned.map(({ property }) => ({
      property: property.id,
      status: "error" as const,
      message: supported.reason,
      expectedFailure: false,
    }));
    return { engine: engine.id, warnings: [], checks: errors, notApplicable: [] };
  }
  if (supported !== true) {
    return { engine: engine.id, unsupported: supported.reason, warnings: [], checks: [], notApplicable: [] };
  }
  const site: CheckSite = {
    prepared,
    scenario,
    solution: new EngineSolution(problem, engine, options),
    engines: registry.context,
    seed: task.seed,
  };
  const { solution } = site;
  const { approximation } = engine.traitsFor(options);
  const checks: CheckResult[] = [];
  const notApplicable: { property: string; reason: string }[] = [];
  for (const { property, with: given } of planned) {
    const context = propertyContextAt(site, property, given);
    // what the engine is (or what the case declares for it) rules the property out: not a check at all
    if (requirementsMet(property, context) !== true) continue;
    const started = performance.now();
    const outcome = checkProperty(property, context);
    if (outcome.status === "not-applicable") {
      notApplicable.push({ property: property.id, reason: outcome.message });
      continue;
    }
    const expectation = prepared.expectationFor(property.id, { id: engine.id, approximation }, scenario.name);
    checks.push({
      property: property.id,
      ...outcome,
      expectedFailure: expectation !== undefined,
      ...(expectation ? { expectedOutcome: expectation.outcome } : {}),
      expectedReason: expectation?.reason,
      seconds: (performance.now() - started) / 1000,
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

/** The points of a case's sweep. */
export function sweepValues(sweep: {
  from: number;
  to: number;
  points: number;
  spacing?: "linear" | "log";
}): number[] {
  return sweep.spacing === "log"
    ? logPoints(sweep.from, sweep.to, sweep.points)
    : linearPoints(sweep.from, sweep.to, sweep.points);
}

/**
 * One engine's series of one sweep of a case (a `sweep` unit): its quantities at every point, null where
 * the engine has no value, and the first failure with its point. Null when the engine does not support
 * the case at the sweep's fixed parameters (it is then left out of the plots).
 */
export function sweepUnit(
  task: UnitTask<Extract<RunUnit, { kind: "sweep" }>>,
  context: TaskContext,
): SweepResults["series"][number] | null {
  const { unit } = task;
  const { registry } = context;
  const prepared = context.openCase(unit.case);
  const sweep = (prepared.definition.sweeps ?? []).find((s) => s.name === unit.sweep)!;
  const engine = registry.engine(unit.engine);
  const atDefaults = prepared.problemAt(sweep.set ?? {});
  if (supportsSafely(engine, atDefaults, registry.optionsFor(engine, atDefaults)) !== true) return null;
  const quantities: Record<string, (number | null)[]> = Object.fromEntries(
    sweep.quantities.map((q) => [q, []]),
  );
  let failure: string | undefined;
  for (const value of sweepValues(sweep)) {
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
  }
  return { engine: engine.id, quantities, ...(failure ? { failure } : {}) };
}

/** A density-matrix file named by a case (`initial: rho0.json`) is read beside the case file, wherever the run is started. */
function initialBesideCase(initial: string, caseFile: string): string {
  const name = initial.trim();
  return name.endsWith(".json") ? resolve(dirname(caseFile), name) : initial;
}

/**
 * A case's declared trajectory (`trajectories[index]`) at its parameters: the problem, the initial state,
 * the times and the observed operators, each error an InputError naming the case file and the field.
 */
export function declaredTrajectory(prepared: PreparedCase, index: number, engines: EngineContext) {
  const trajectory = prepared.definition.trajectories![index];
  const field = `trajectories[${index}]`;
  const problem = prepared.problemAt(trajectory.set ?? {}, `${field}.set`);
  return {
    trajectory,
    problem,
    rho0: resolveInitialState(
      initialBesideCase(trajectory.initial, prepared.file),
      problem,
      engines,
      `${prepared.file}: ${field}.initial`,
    ),
    times: sweepValues(trajectoryTimeGrid(trajectory, index, prepared.file)),
    observed: trajectory.observables.map((text, j) =>
      observedOperator(text.trim(), problem, { file: prepared.file, path: `${field}.observables[${j}]` }),
    ),
    timesWhere: { file: prepared.file, path: `${field}.times` },
  };
}

/**
 * One engine's evolution of a trajectory the case declares (a `trajectory` unit), by the code path of
 * `qmebench evolve` (evolve-trajectory.ts): the observables along ρ(t), the method and its error
 * estimate, the warnings. Null when the engine does not support the case at the trajectory's
 * parameters (it is then left out of the charts); an engine that fails gives a series with the failure.
 */
export function trajectoryUnit(
  task: UnitTask<Extract<RunUnit, { kind: "trajectory" }>>,
  context: TaskContext,
): TrajectorySeries | null {
  const { unit } = task;
  const { registry } = context;
  const prepared = context.openCase(unit.case);
  const index = prepared.definition.trajectories!.findIndex((t) => t.id === unit.trajectory);
  const engine = registry.engine(unit.engine);
  const declared = declaredTrajectory(prepared, index, registry.context);
  const options = registry.optionsFor(engine, declared.problem);
  if (supportsSafely(engine, declared.problem, options) !== true) return null;
  try {
    const result = evolveTrajectory(engine, declared.problem, options, {
      ...declared,
      initial: declared.trajectory.initial,
      stateTimes: [],
    });
    return {
      engine: engine.id,
      evolution: result.evolution,
      observables: result.observables,
      warnings: result.warnings,
    };
  } catch (error) {
    // an engine that fails to evolve is a note under the charts, not the end of the run
    return {
      engine: engine.id,
      observables: {},
      warnings: [],
      failure: `${(error as Error).name}: ${(error as Error).message}`,
    };
  }
}

/** The task of a worker thread of `run`: a checks, sweep or trajectory unit (figures run in the command's thread). */
export function runUnit(
  task: UnitTask,
  context: TaskContext,
): EngineScenarioResults | SweepResults["series"][number] | TrajectorySeries | null {
  const { unit } = task;
  if (unit.kind === "checks") return checksUnit({ ...task, unit }, context);
  if (unit.kind === "sweep") return sweepUnit({ ...task, unit }, context);
  if (unit.kind === "trajectory") return trajectoryUnit({ ...task, unit }, context);
  throw new TypeError(
    `invalid argument. A ${unit.kind} unit runs in the command's own thread. Value: ${unit.kind}.`,
  );
}
