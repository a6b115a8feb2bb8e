import { caseKeyOf } from "../../cases/build-problem.js";
import type { FigureContext } from "../../plugins/figure.js";
import { normalisedChsh, normalisedI3322 } from "./bell-functions.js";
import { solveBellPoint } from "./bell-point.js";

/**
 * The concurrence C and the normalised Bell functions I2 (CHSH) and I3 (I3322) of one engine's steady
 * state at `set`, the three quantities of Figs. 8 and 12 (001 Sec. V); NaN where the engine has no state.
 */
export function bellMeasuresAt(context: FigureContext, engineId: string, set: Record<string, number>) {
  const point = solveBellPoint(
    { caseId: caseKeyOf(context.prepared), engineId, set, i3322Seed: context.seed },
    context.tasks,
  );
  return {
    C: point?.concurrence ?? Number.NaN,
    I2: point ? normalisedChsh(point.chsh) : Number.NaN,
    I3: point && point.i3322 !== null ? normalisedI3322(point.i3322) : Number.NaN,
  };
}
