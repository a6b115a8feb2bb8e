import type { FigureContext } from "../../plugins/figure.js";
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

/** The evidence of a claim the paper's engine was not selected for. */
export const NO_PAPER_ENGINE =
  "no Bloch-Redfield engine selected: the paper's equation (19)-(20) was not computed";
