import type { FigureContext } from "../../plugins/figure.js";
import { figureOptions } from "../figure-engines.js";

function approximationOf(context: FigureContext, id: string): string | undefined {
  const engine = context.engines.find((e) => e.id === id);
  if (!engine) return undefined;
  const problem = context.prepared.problemAt({}, "figure");
  return engine.traitsFor(figureOptions(context, engine, problem)).approximation;
}

/**
 * The engine among `engineIds` that solves the paper's own master equation: 002_2a2ed7907f7a4e96.txt
 * eq. (13) is Born-Markov with the secular approximation (a global Lindblad equation, Sec. 2); the
 * claims of the figures are judged on its curves. Undefined when no secular engine is in the run.
 */
export function paperEquationOf(context: FigureContext, engineIds: readonly string[]): string | undefined {
  return engineIds.find((id) => approximationOf(context, id) === "secular");
}

/**
 * Why a local master equation draws what it draws on this machine, when one is in the run: H_S of eq. (1)
 * has no single-qubit term, so the local jump operators of σx have Bohr frequency 0, where J(ω) = χω
 * vanishes (spin baths: no dissipation at all, no unique steady state with noise, and from |x+ x+⟩ the
 * state dephased by H_S alone, B = 2 of eq. (24) with Γ1 = Γ2) and J(ω)n(ω) → χT (bosonic baths: σx
 * jumps at that rate only).
 */
export function localEquationNote(context: FigureContext, engineIds: readonly string[]): string[] {
  return engineIds
    .filter((id) => approximationOf(context, id) === "local")
    .map(
      (id) =>
        `${id} is not the paper's equation (13): H_S of eq. (1) has no single-qubit term, so its local jump ` +
        "operators have Bohr frequency 0, where J(ω) = χω vanishes — spin baths do not dissipate at all (from " +
        "|x+ x+⟩: B = 2, eq. (24) with Γ1 = Γ2; with noise: no unique steady state) and bosonic baths only " +
        "apply σx at the rate χT (J(ω)n(ω) → χT as ω → 0).",
    );
}
