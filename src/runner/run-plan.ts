import { createHash } from "node:crypto";
import type { PreparedCase } from "../cases/build-problem.js";
import { caseKeyOf } from "../cases/build-problem.js";
import type { TrajectoryDefinition } from "../cases/schema.js";
import type { Engine } from "../plugins/engine.js";
import type { Figure } from "../plugins/figure.js";

/**
 * One unit of a run, the grain of its progress, its worker threads and its shards: one engine's checks
 * at one scenario of a case, one engine's series of one sweep, one engine's evolution of one declared
 * trajectory, or one figure of a case. Plain data, so
 * that a worker thread can take it (`case` is the case's key for TaskContext.openCase).
 */
export type RunUnit =
  | { kind: "checks"; case: string; caseId: string; scenario: string; engine: string }
  | { kind: "sweep"; case: string; caseId: string; sweep: string; engine: string }
  | { kind: "trajectory"; case: string; caseId: string; trajectory: string; engine: string }
  | { kind: "figure"; case: string; caseId: string; figure: string };

/** The figures of a case among those selected, in the case's order. */
export function figuresOf(prepared: PreparedCase, figures: readonly Figure[]): Figure[] {
  return (prepared.definition.figures ?? []).flatMap((id) => figures.filter((f) => f.id === id));
}

/**
 * The selected engines that evolve a declared trajectory: those with `evolve`, and among them those it
 * names when it names any (whether an engine supports the case is for its unit to find out).
 */
export function trajectoryEngines(trajectory: TrajectoryDefinition, engines: readonly Engine[]): Engine[] {
  return engines.filter(
    (engine) =>
      engine.evolve !== undefined &&
      (trajectory.engines === undefined || trajectory.engines.includes(engine.id)),
  );
}

/**
 * Every unit of a run in its one order: case by case, its scenarios × engines, then its sweeps × engines,
 * then its trajectories × the engines that evolve them, then its figures. Shards and worker threads split this list; results are assembled in this order
 * whatever the split, so that a sharded or threaded run equals the plain one.
 */
export function planRun(
  cases: readonly PreparedCase[],
  engines: readonly Engine[],
  figures: readonly Figure[],
): RunUnit[] {
  const units: RunUnit[] = [];
  for (const prepared of cases) {
    const [key, caseId] = [caseKeyOf(prepared), prepared.definition.id];
    for (const scenario of prepared.scenarios) {
      for (const engine of engines)
        units.push({ kind: "checks", case: key, caseId, scenario: scenario.name, engine: engine.id });
    }
    for (const sweep of prepared.definition.sweeps ?? []) {
      for (const engine of engines)
        units.push({ kind: "sweep", case: key, caseId, sweep: sweep.name, engine: engine.id });
    }
    for (const trajectory of prepared.definition.trajectories ?? []) {
      for (const engine of trajectoryEngines(trajectory, engines))
        units.push({ kind: "trajectory", case: key, caseId, trajectory: trajectory.id, engine: engine.id });
    }
    for (const figure of figuresOf(prepared, figures))
      units.push({ kind: "figure", case: key, caseId, figure: figure.id });
  }
  return units;
}

/** A fingerprint of a plan (its units, without machine paths), so that shards of different runs are not merged. */
export function planFingerprint(units: readonly RunUnit[]): string {
  const portable = units.map(({ case: _path, ...unit }) => unit);
  return createHash("sha256").update(JSON.stringify(portable)).digest("hex").slice(0, 16);
}
