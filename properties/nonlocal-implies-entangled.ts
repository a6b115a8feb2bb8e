import { horodeckiChshMaximum } from "../src/measures/chsh.js";
import { concurrence } from "../src/measures/concurrence.js";
import { maximiseI3322 } from "../src/measures/i3322.js";
import { formatNumber, notApplicable } from "../src/plugins/outcome.js";
import { defineProperty } from "../src/plugins/property.js";

/** Margin by which a Bell value must exceed its local bound to count as a violation. */
const VIOLATION_MARGIN = 1e-9;

/**
 * Bell nonlocal states are a strict subset of entangled states (001_a04d396bbf339a9e.txt Sec. 1 and 4.1):
 * a steady state that violates CHSH (B > 2, eq. (4)) or I3322 (> 4, eq. (7)) must have a positive
 * concurrence (eq. (1)). The value is the concurrence; the property passes trivially for local states.
 */
export default defineProperty({
  id: "nonlocal-implies-entangled",
  title: "Bell nonlocal ⇒ entangled",
  source: "Werner, Phys. Rev. A 40, 4277 (1989); 001_a04d396bbf339a9e.txt eqs. (1), (4), (7)",
  requires: { capabilities: ["steadyState"], maxDimension: 4 },
  appliesTo: (context) =>
    context.problem.sites.length === 2 && context.problem.space.isQubitSpace
      ? true
      : "needs exactly two qubits",
  check(context) {
    const rho = context.steadyState()?.rho;
    if (!rho) return notApplicable("no unique steady state (see the warnings)");
    const chsh = horodeckiChshMaximum(rho);
    const i3322 = maximiseI3322(rho, { seed: context.seed }).value;
    const entanglement = concurrence(rho);
    const nonlocal = chsh > 2 + VIOLATION_MARGIN || i3322 > 4 + VIOLATION_MARGIN;
    const holds = !nonlocal || entanglement > 0;
    const bell = `CHSH ${formatNumber(chsh)}, I3322 ${formatNumber(i3322)}`;
    return {
      status: holds ? "pass" : "fail",
      value: entanglement,
      bound: 0,
      tolerance: VIOLATION_MARGIN,
      message: nonlocal
        ? `${bell}: nonlocal, concurrence ${formatNumber(entanglement)} ${holds ? "> 0" : "= 0 (separable!)"}`
        : `${bell}: Bell local, nothing to check (concurrence ${formatNumber(entanglement)})`,
      details: holds ? undefined : { steadyState: rho.toJSON() },
    };
  },
});
