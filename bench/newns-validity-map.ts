import { availableParallelism } from "node:os";
import { computeValidityMap } from "../src/papers/004-newns-exact/validity-grid.js";
import { builtinEngineRegistry } from "../src/builtins/engines.js";
import { taskContext } from "../src/builtins/task-context.js";
import { COUPLING_MAP_RANGES, couplingMapPoint } from "../src/papers/004-newns-exact/validity-maps.js";

/** The Markovian engines graded against the exact one. */
const APPROXIMATE_ENGINES = ["local-lindblad", "global-lindblad", "redfield", "newns-epa"];
import { logPoints } from "../src/runner/sweep.js";

const GRID = 100;

/**
 * Wall time of the paper 004 validity map over (g, Γ) on a 100 × 100 log grid: newns-exact (eq. 32, Landauer
 * eqs. 43-45) and the four approximate engines at every point, on all cores. Target (issue 4): < 1 min on 2 cores.
 */
export async function measureNewnsValidityMap(): Promise<void> {
  const started = process.hrtime.bigint();
  const map = await computeValidityMap(taskContext({ plugins: [] }, builtinEngineRegistry()), {
    caseId: "newns-double-dot",
    exact: "newns-exact",
    xs: logPoints(...COUPLING_MAP_RANGES.g, GRID),
    ys: logPoints(...COUPLING_MAP_RANGES.Gamma, GRID),
    parametersAt: couplingMapPoint,
    engines: APPROXIMATE_ENGINES,
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const failed = Object.values(map.z)
    .flatMap((quantities) => quantities.particleCurrent.flat())
    .filter((v) => v === null).length;
  console.log(
    `newns validity map ${GRID}×${GRID}, 5 engines (${availableParallelism()} cores)`.padEnd(52) +
      ` ${seconds.toFixed(2).padStart(10)} s  (${failed} engine points without a result)`,
  );
}
