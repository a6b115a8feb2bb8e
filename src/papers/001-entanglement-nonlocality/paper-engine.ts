import type { ClaimOutcome, FigureClaim, FigureContext } from "../../plugins/figure.js";
import { figureEngines } from "../figure-engines.js";

/**
 * The engine of paper 001's own equation among those selected for the run — the Bloch-Redfield equation
 * eqs. (19)-(20) (001_a04d396bbf339a9e.txt Sec. 3.2), chosen by its trait, never by id — whose curves the
 * claims of its figures are judged on; undefined when none is selected.
 */
export function paperEngineId(
  context: FigureContext,
  set: Record<string, number | string> = {},
): string | undefined {
  return figureEngines(context, {
    approximations: ["bloch-redfield"],
    needs: ["steadyState", "currents"],
    set,
  })[0]?.id;
}

/** The verdict on every claim of a figure when the paper's engine was not selected: inconclusive, saying why. */
export function withoutPaperEngine(claims: readonly FigureClaim[]): ClaimOutcome[] {
  return claims.map((claim) => ({
    claim: claim.id,
    verdict: "inconclusive",
    evidence: "no Bloch-Redfield engine selected: the paper's equation (19)-(20) was not computed",
  }));
}
