import { availableParallelism } from "node:os";
import { FIG3A_GAMMA_RANGE, FIG3A_TM_RANGE } from "../src/papers/000-leggett-garg/fig3a.js";
import { computeMlgiMap } from "../src/papers/000-leggett-garg/mlgi-grid.js";
import { builtinEngineRegistry } from "../src/builtins/engines.js";
import { taskContext } from "../src/builtins/task-context.js";
import { logPoints } from "../src/runner/sweep.js";

const GRID = 60;

/**
 * Wall time of the paper 000 Fig. 3a map (equilibrium MLGI of the global equation, eq. (19)) on a
 * 60 × 60 log grid over the figure's (Γ, T_M) ranges, on all cores. Target (issue 5): < 2 min on 2 cores.
 */
export async function measureMlgiMap(): Promise<void> {
  const started = process.hrtime.bigint();
  const map = await computeMlgiMap(taskContext({ plugins: [] }, builtinEngineRegistry()), {
    caseId: "flipflop-qubits",
    engineId: "global-lindblad",
    gamma: logPoints(...FIG3A_GAMMA_RANGE, GRID),
    TM: logPoints(...FIG3A_TM_RANGE, GRID),
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const failed = map.z.flat().filter((v) => v === null).length;
  console.log(
    `Fig. 3a MLGI map ${GRID}×${GRID} (${availableParallelism()} cores)`.padEnd(52) +
      ` ${seconds.toFixed(2).padStart(10)} s  (${failed} points without a result)`,
  );
}
