import type { ComplexMatrix } from "../../linalg/complex-matrix.js";
import { steadyStateObservables } from "../../measures/steady-state-observables.js";
import type { SiteSpace } from "../../operators/site-space.js";
import type { Engine } from "../../plugins/engine.js";
import type { FigureContext } from "../../plugins/figure.js";
import { isPointFailure } from "../../runner/point-failure.js";
import { figureOptions } from "../figure-engines.js";
import { localTemperature } from "./two-spin-temperatures.js";

/** A chain's profile at one parameter point: T_l = h/atanh(t_l), t_l = −⟨σz_l⟩, the state and how it was solved. */
export interface TemperatureProfile {
  t: number[];
  T: number[];
  rho: ComplexMatrix;
  space: SiteSpace;
  residual: number;
  conditionEstimate?: number;
}

/**
 * The local-temperature profile of one engine's steady state on the figure's case at `set`
 * (003_cb0e800cb11a91bb.txt Fig. 3: T_l = h/atanh(t_l)), or the reason there is none (unsupported,
 * degenerate, no zeroth-order state), which the figure writes into its notes instead of a curve.
 */
export function temperatureProfile(
  context: FigureContext,
  engine: Engine,
  set: Record<string, number | string>,
): TemperatureProfile | string {
  const problem = context.prepared.problemAt(set, "figure");
  const options = figureOptions(context, engine, problem);
  const supported = engine.supports(problem, options);
  if (supported !== true) return `${engine.id}: ${supported}`;
  try {
    const result = engine.steadyState!(problem, options);
    if (!result.rho) return `${engine.id}: ${result.dimension} independent steady states`;
    const h = Number(problem.parameters.h ?? 1);
    const t = (steadyStateObservables(result.rho, problem).sz ?? []).map((sz) => -(sz ?? Number.NaN));
    return {
      t,
      T: t.map((value) => localTemperature(value, h)),
      rho: result.rho,
      space: problem.space,
      residual: result.residual,
      conditionEstimate: result.conditionEstimate,
    };
  } catch (error) {
    if (isPointFailure(error)) return `${engine.id}: ${error.message}`;
    throw error;
  }
}

/**
 * The x positions of a profile drawn as in Figs. 4-5: the left bath at 0, the spins at 1 … N, the right
 * bath at N + 1, with the bath temperatures at the ends.
 */
export function withBaths(T: readonly number[], TL: number, TR: number): { x: number[]; y: number[] } {
  const y = [TL, ...T, TR];
  return { x: y.map((_, k) => k), y };
}
