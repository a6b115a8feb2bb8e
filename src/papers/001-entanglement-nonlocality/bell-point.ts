import { horodeckiChshMaximum } from "../../measures/chsh.js";
import { concurrence } from "../../measures/concurrence.js";
import { entropyProduction } from "../../measures/entropy-production.js";
import { maximiseI3322 } from "../../measures/i3322.js";
import { parseInitialState } from "../../physics/named-states.js";
import type { TaskContext } from "../../plugins/task-context.js";

/**
 * One steady state of a two-qubit case for the figures of papers 001 and 002, as plain data so that
 * `parallelMap` can compute many in worker threads.
 */
export interface BellPointRequest {
  caseId: string;
  engineId: string;
  set: Record<string, number | string>;
  /** Named initial state (src/physics/named-states.ts) for degenerate steady states. */
  initial?: string;
  /** Also maximise I3322 (the slow part), with this seed. */
  i3322Seed?: number;
}

export interface BellPoint {
  /** Horodecki CHSH maximum (0 … 2√2). */
  chsh: number;
  concurrence: number;
  /** max Tr[B3322 ρ], or null when not requested. */
  i3322: number | null;
  /** Energy, particle and heat currents per bath (positive into the system). */
  currents: Record<string, { energy: number; particle: number; heat: number }>;
  entropyProduction: number;
}

/**
 * See-saw starts per I3322 maximisation in the figures: fewer than the default (24), since neighbouring
 * points of a curve are smooth and a missed global maximum would show as an outlier.
 */
const FIGURE_I3322_STARTS = 12;

/**
 * Solves one point (the parallelMap task of the paper 001/002 figures); null when the engine finds no
 * unique steady state there and no initial state was given (the curve has a gap).
 */
export function solveBellPoint(request: BellPointRequest, context: TaskContext): BellPoint | null {
  const prepared = context.openCase(request.caseId);
  const engine = context.registry.engine(request.engineId);
  if (!engine.steadyState || !engine.currents) {
    throw new RangeError(
      `invalid argument. Engine must compute steady states and currents. Value: ${request.engineId}.`,
    );
  }
  const problem = prepared.problemAt(request.set, "figure");
  const options = context.registry.optionsFor(engine, problem);
  const initialState = request.initial ? parseInitialState(request.initial, problem.space) : undefined;
  const { rho } = engine.steadyState(problem, options, { initialState });
  if (!rho) return null;
  const currents = engine.currents(problem, options, rho);
  return {
    chsh: horodeckiChshMaximum(rho),
    concurrence: concurrence(rho),
    i3322:
      request.i3322Seed === undefined
        ? null
        : maximiseI3322(rho, { seed: request.i3322Seed, starts: FIGURE_I3322_STARTS }).value,
    currents,
    entropyProduction: entropyProduction(currents, problem.baths),
  };
}
