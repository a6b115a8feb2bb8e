import type { PreparedCase } from "../../cases/build-problem.js";
import type { Engine, EngineOptions } from "../../plugins/engine.js";
import type { TaskContext } from "../../plugins/task-context.js";
import { parseDichotomicObservable } from "../../measures/dichotomic-observable.js";
import { engineCorrelation } from "./engine-correlation.js";
import { type MlgiDefinition, mlgiOf } from "./mlgi-definition.js";
import { RootFindingError } from "../../measures/root-finding.js";
import { biasCurvature, firstSignChange } from "./borderline-search.js";

/**
 * The borderlines of paper 000 Fig. 3a (000_47becd3a7196453b.txt Sec. IV, eq. (25), App. B) at one
 * coupling Γ: the mean temperature T_M where (a) the equilibrium violation vanishes, MLGI(ΔT = 0) = 0
 * (paper: T_M ~ Γ⁻¹), and (b) the curvature ∂²MLGI/∂ΔT²|_{ΔT=0} changes sign, i.e. a small temperature
 * bias stops enhancing the violation (paper: T_M ~ Γ^(−1/3), eq. (25)). Parameters `Gamma`, `TM`, `dT`
 * are those of the case flipflop-qubits (its Gamma is twice the paper's Γ̃: paper-coupling.ts).
 */

export interface BorderlineTask {
  /** The case, by id or absolute path (opened through the task context). */
  caseId: string;
  engineId: string;
  /** Engine options from the command line (the case's are added). */
  options: EngineOptions;
  /** Other parameter overrides (--set). */
  overrides: Record<string, string | number>;
  observable: string;
  /** The case's Gamma. */
  gamma: number;
  /** Which MLGI (default `maximum`, the paper's Sec. III B definition). */
  definition?: MlgiDefinition;
}

export interface BorderlinePoint {
  gamma: number;
  /** T_M where MLGI(ΔT = 0) falls to 0, or null (with a warning) when not found in the scan range. */
  violationTM: number | null;
  /** T_M where ∂²MLGI/∂ΔT² at ΔT = 0 changes sign, or null. */
  curvatureTM: number | null;
  warnings: string[];
}

/** MLGI at (T_M, ΔT) for fixed Γ: one steady state, one scan and refinement (or one F at τ̃ = π/6). */
export function mlgiFunction(
  context: TaskContext,
  prepared: PreparedCase,
  engine: Engine,
  task: Omit<BorderlineTask, "caseId" | "engineId" | "options"> & { options?: EngineOptions },
): (TM: number, dT: number) => number {
  return (TM, dT) => {
    const problem = prepared.problemAt({ ...task.overrides, Gamma: task.gamma, TM, dT });
    const observable = parseDichotomicObservable(task.observable, problem.space);
    const options = context.registry.optionsFor(engine, problem, task.options ?? {});
    const correlation = engineCorrelation(problem, engine, options, observable);
    return mlgiOf(correlation, task.definition ?? "maximum", Number(problem.parameters.V));
  };
}

/** Both borderline temperatures at one Γ (a parallelMap task: opens the case through the task context). */
export function borderlinesAtGamma(task: BorderlineTask, context: TaskContext): BorderlinePoint {
  const prepared = context.openCase(task.caseId);
  const engine = context.registry.engine(task.engineId);
  const mlgi = mlgiFunction(context, prepared, engine, task);
  const warnings: string[] = [];
  const attempt = (what: string, f: (T: number) => number): number | null => {
    try {
      return firstSignChange(f, what);
    } catch (error) {
      if (!(error instanceof RootFindingError)) throw error;
      warnings.push(`Γ = ${task.gamma}: ${error.message}`);
      return null;
    }
  };
  // (a) +1 while the LGI is violated at equilibrium, −1 once it is not: bisection on the indicator.
  const violationTM = attempt("MLGI(ΔT = 0) = 0", (T) => (mlgi(T, 0) > 0 ? 1 : -1));
  // (b) the second difference in ΔT at ΔT = 0.
  const curvatureTM = attempt("∂²MLGI/∂ΔT² = 0", (T) => biasCurvature(mlgi, T));
  return { gamma: task.gamma, violationTM, curvatureTM, warnings };
}
