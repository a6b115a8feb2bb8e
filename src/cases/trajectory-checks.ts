import { InputError } from "../input-error.js";
import type { Problem } from "../physics/problem.js";
import { observedOperator } from "./observed-operators.js";
import { MAX_TRAJECTORY_POINTS, type TrajectoryDefinition } from "./schema.js";
import { parseTimeGrid, type TimeGrid } from "./time-grid.js";

/** The times of a case's declared trajectory (`trajectories[index].times`), at most MAX_TRAJECTORY_POINTS. */
export function trajectoryTimeGrid(trajectory: TrajectoryDefinition, index: number, file: string): TimeGrid {
  const where = { file, path: `trajectories[${index}].times` };
  const grid = parseTimeGrid(trajectory.times, where);
  if (grid.points > MAX_TRAJECTORY_POINTS) {
    throw new InputError({
      ...where,
      expected: `at most ${MAX_TRAJECTORY_POINTS} points (the report embeds every point of every engine)`,
      got: `${grid.points} points`,
    });
  }
  return grid;
}

/**
 * What a case file can say about its trajectories without the engines: unique ids, valid times, and
 * observables that are operator strings of the system at the trajectory's parameters (`problem`). The
 * initial state may name an engine (`steady:<engine>`) and is resolved by the run (src/runner).
 */
export function checkTrajectories(
  trajectories: readonly TrajectoryDefinition[],
  file: string,
  problemAt: (trajectory: TrajectoryDefinition, index: number) => Problem,
): void {
  trajectories.forEach((trajectory, i) => {
    const first = trajectories.findIndex((other) => other.id === trajectory.id);
    if (first !== i) {
      throw new InputError({
        file,
        path: `trajectories[${i}].id`,
        expected: "an id not used before",
        got: `${JSON.stringify(trajectory.id)}, already the id of trajectories[${first}]`,
      });
    }
    trajectoryTimeGrid(trajectory, i, file);
    const problem = problemAt(trajectory, i);
    trajectory.observables.forEach((text, j) =>
      observedOperator(text.trim(), problem, { file, path: `trajectories[${i}].observables[${j}]` }),
    );
  });
}
