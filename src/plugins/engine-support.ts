import type { Problem } from "../physics/problem.js";
import type { Engine, EngineOptions } from "./engine.js";

/** Why an engine does not treat a problem: its own answer, or the error it threw instead of answering. */
export interface Unsupported {
  reason: string;
  threw: boolean;
}

/**
 * engine.supports(), with an engine that throws instead of answering (a broken plugin) taken as not
 * supporting the problem, for the reason it threw: a run reports it as an error and goes on.
 */
export function supportsSafely(engine: Engine, problem: Problem, options: EngineOptions): true | Unsupported {
  try {
    const answer = engine.supports(problem, options);
    return answer === true ? true : { reason: answer, threw: false };
  } catch (error) {
    return {
      reason: `engine ${engine.id} threw in supports(): ${(error as Error).name}: ${(error as Error).message}`,
      threw: true,
    };
  }
}
