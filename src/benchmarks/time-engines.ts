import type { PreparedCase } from "../cases/build-problem.js";
import type { Engine } from "../plugins/engine.js";
import { supportsSafely } from "../plugins/engine-support.js";
import type { TaskContext } from "../plugins/task-context.js";
import { sweepUnit } from "../runner/run-units.js";
import { solveProblem } from "../runner/solve.js";
import type { EngineCaseTiming } from "./benchmark-records.js";
import { type TimingBudget, time } from "./timing.js";

/** What `bench` spends: per timing, and on the size ladder. */
export interface BenchBudget extends TimingBudget {
  /** The size ladder stops after a steady state slower than this (the next size costs several times more). */
  sizeSeconds: number;
  /** Largest step up the ladder from the default size. */
  maxSizeSteps: number;
}

export const DEFAULT_BENCH_BUDGET: BenchBudget = {
  maxSeconds: 1,
  minSamples: 3,
  sizeSeconds: 1,
  maxSizeSteps: 10,
};

/** A structural parameter with a whole-number default: a size (a chain's N) that can be stepped up. */
function sizeParameter(prepared: PreparedCase): { name: string; value: number } | undefined {
  const defaults = prepared.problemAt({}).parameters;
  for (const name of prepared.structuralParameters) {
    const value = defaults[name];
    if (typeof value === "number" && Number.isInteger(value)) return { name, value };
  }
  return undefined;
}

/**
 * Times one engine on one case: the steady state at the case's defaults (problem built anew each time, so
 * nothing is reused between operations), the case's first sweep as `run` computes it, and, for a case with
 * a size parameter, one steady state at each size from the default up while the engine supports it and
 * a steady state takes less than budget.sizeSeconds.
 */
export function timeEngineOnCase(
  context: TaskContext,
  caseKey: string,
  engine: Engine,
  budget: BenchBudget = DEFAULT_BENCH_BUDGET,
): EngineCaseTiming {
  const prepared = context.openCase(caseKey);
  const { registry } = context;
  const id = prepared.definition.id;
  const atDefaults = prepared.problemAt({});
  const base = { case: id, engine: engine.id, dimension: atDefaults.dimension };
  const supported = supportsSafely(engine, atDefaults, registry.optionsFor(engine, atDefaults));
  if (supported !== true) return { ...base, skipped: supported.reason };
  const solveAt = (set: Record<string, number>) => () => {
    const problem = prepared.problemAt(set);
    solveProblem(problem, engine, registry.optionsFor(engine, problem));
  };
  let steadyState;
  try {
    steadyState = time(solveAt({}), budget);
  } catch (error) {
    return { ...base, skipped: `${(error as Error).name}: ${(error as Error).message}` };
  }
  const timing: EngineCaseTiming = { ...base, steadyState };
  const sweep = prepared.definition.sweeps?.[0];
  if (sweep) {
    const unit = { kind: "sweep" as const, case: caseKey, caseId: id, sweep: sweep.name, engine: engine.id };
    const series = () => sweepUnit({ unit, properties: [], seed: 0 }, context);
    if (series() !== null) {
      const sweepTiming = time(() => void series(), budget);
      timing.sweep = {
        name: sweep.name,
        points: sweep.points,
        timing: sweepTiming,
        perPoint: sweepTiming.seconds / sweep.points,
      };
    }
  }
  const size = sizeParameter(prepared);
  if (size)
    timing.sizes = { parameter: size.name, ...sizeLadder(prepared, size, solveAt, engine, context, budget) };
  return timing;
}

/** One steady state at each size from the default up, until the engine's limit, the budget or an error. */
function sizeLadder(
  prepared: PreparedCase,
  size: { name: string; value: number },
  solveAt: (set: Record<string, number>) => () => void,
  engine: Engine,
  context: TaskContext,
  budget: BenchBudget,
): Omit<NonNullable<EngineCaseTiming["sizes"]>, "parameter"> {
  const points: NonNullable<EngineCaseTiming["sizes"]>["points"] = [];
  const top = size.value + budget.maxSizeSteps;
  for (let value = size.value; value <= top; value++) {
    try {
      const problem = prepared.problemAt({ [size.name]: value });
      const supported = supportsSafely(engine, problem, context.registry.optionsFor(engine, problem));
      if (supported !== true) return { points, stopped: `${size.name} = ${value}: ${supported.reason}` };
      const timing = time(solveAt({ [size.name]: value }), { ...budget, minSamples: 2 });
      points.push({ value, dimension: problem.dimension, timing });
      if (timing.seconds > budget.sizeSeconds) {
        return {
          points,
          stopped: `one steady state above ${budget.sizeSeconds} s at ${size.name} = ${value}`,
        };
      }
    } catch (error) {
      return {
        points,
        stopped: `${size.name} = ${value}: ${(error as Error).name}: ${(error as Error).message}`,
      };
    }
  }
  return { points, stopped: `${size.name} = ${top}, the last size asked for` };
}
