import { entryText, largestEntryDifference, preciseText } from "../src/measures/entry-difference.js";
import { approximationPeers } from "../src/plugins/approximation-peers.js";
import type { BathCurrents } from "../src/plugins/engine.js";
import { formatNumber, notApplicable } from "../src/plugins/outcome.js";
import { defineProperty } from "../src/plugins/property.js";

/** Largest |ρ_ij − ρ'_ij| two implementations of one master equation may differ by: round-off of two solves. */
const STATE_TOLERANCE = 1e-8;
/**
 * Largest current difference, relative to the largest current, or to CURRENT_FLOOR·‖H_S‖ where the
 * currents vanish (at equilibrium they are round-off, 1e-17 or so, on both sides).
 */
const CURRENT_TOLERANCE = 1e-7;
const CURRENT_FLOOR = 1e-5;

/** The largest difference of two engines' currents, where, both values, and the largest current (its scale). */
function largestCurrentDifference(a: Record<string, BathCurrents>, b: Record<string, BathCurrents>) {
  let worst = { difference: 0, at: "", ours: 0, theirs: 0, scale: 0 };
  for (const bath of Object.keys(a)) {
    for (const kind of ["energy", "particle", "heat"] as const) {
      const difference = Math.abs(a[bath][kind] - b[bath][kind]);
      worst.scale = Math.max(worst.scale, Math.abs(a[bath][kind]), Math.abs(b[bath][kind]));
      if (difference > worst.difference) {
        worst = { ...worst, difference, at: `${bath}.${kind}`, ours: a[bath][kind], theirs: b[bath][kind] };
      }
    }
  }
  return worst;
}

/**
 * Engines that declare the same approximation compute the same master equation, so they must give the
 * same steady state and currents to round-off: qmebench's redfield and qutip-redfield, global-lindblad and
 * qutip-global-lindblad, local-lindblad and qutip-local-lindblad, or any two plugins. A difference is a bug
 * in one of them, a convention that differs (basis order, vectorisation, the sign of ω, a spectrum), or
 * options that change the equation (a case's partial-secular redfield); the finding gives both values.
 */
export default defineProperty({
  id: "engine-agreement",
  title: "Engines of one approximation agree",
  source:
    "Cross-check: two implementations of one master equation have one steady state (e.g. against QuTiP)",
  requires: { capabilities: ["steadyState"], sameApproximationPeer: true },
  appliesTo(context) {
    if (!context.steadyState()?.rho) return "no unique steady state (see the warnings)";
    return approximationPeers(context, "steadyState").length > 0
      ? true
      : `no other engine of the ${context.traits.approximation} approximation supports this problem`;
  },
  check(context) {
    const rho = context.steadyState()?.rho;
    if (!rho) return notApplicable("no unique steady state (see the warnings)");
    const ours = context.currents();
    const findings: string[] = [];
    const details: Record<string, unknown>[] = [];
    let largest = 0;
    let agree = true;
    for (const { engine, options } of approximationPeers(context, "steadyState")) {
      const theirs = engine.steadyState!(context.problem, options);
      if (!theirs.rho) {
        agree = false;
        findings.push(`${engine.id} finds ${theirs.dimension} independent steady states, this engine one`);
        details.push({ engine: engine.id, dimension: theirs.dimension });
        continue;
      }
      const state = largestEntryDifference(rho, theirs.rho);
      largest = Math.max(largest, state.difference);
      const stateAgrees = state.difference <= STATE_TOLERANCE;
      let text =
        `vs ${engine.id}: max |Δρ| = ${formatNumber(state.difference)} at ρ[${state.row}][${state.col}] ` +
        `(${entryText(state.ours)} vs ${entryText(state.theirs)})`;
      const detail: Record<string, unknown> = { engine: engine.id, state };
      const theirCurrents =
        ours && engine.currents ? engine.currents(context.problem, options, theirs.rho) : undefined;
      let currentsAgree = true;
      if (ours && theirCurrents) {
        const currents = largestCurrentDifference(ours, theirCurrents);
        const scale = Math.max(currents.scale, CURRENT_FLOOR * context.problem.hamiltonian.entryBound);
        currentsAgree = currents.difference <= CURRENT_TOLERANCE * scale;
        detail.currents = currents;
        if (currents.at !== "") {
          text += `; max |ΔJ| = ${formatNumber(currents.difference)} at ${currents.at} (${preciseText(currents.ours)} vs ${preciseText(currents.theirs)})`;
        }
      }
      agree &&= stateAgrees && currentsAgree;
      findings.push(text);
      details.push(detail);
    }
    return {
      status: agree ? "pass" : "fail",
      value: largest,
      bound: 0,
      tolerance: STATE_TOLERANCE,
      message: `${findings.join("; ")} (tolerances ${formatNumber(STATE_TOLERANCE)} on ρ, ${formatNumber(CURRENT_TOLERANCE)} of the largest current on J)`,
      details,
    };
  },
});
