import type { ComplexMatrix } from "../src/linalg/complex-matrix.js";
import type { BathCurrents, Engine, EngineOptions } from "../src/plugins/engine.js";
import { supportsSafely } from "../src/plugins/engine-support.js";
import { formatNumber, notApplicable } from "../src/plugins/outcome.js";
import { defineProperty, type PropertyContext } from "../src/plugins/property.js";

/** Largest |ρ_ij − ρ'_ij| two implementations of one master equation may differ by: round-off of two solves. */
const STATE_TOLERANCE = 1e-8;
/**
 * Largest current difference, relative to the largest current, or to CURRENT_FLOOR·‖H_S‖ where the
 * currents vanish (at equilibrium they are round-off, 1e-17 or so, on both sides).
 */
const CURRENT_TOLERANCE = 1e-7;
const CURRENT_FLOOR = 1e-5;

/** The other engines that claim this engine's approximation and treat this problem. */
function peersOf(context: PropertyContext): { engine: Engine; options: EngineOptions }[] {
  const { problem, traits } = context;
  return context.engines
    .engines()
    .filter((e) => e.id !== context.engine.id && e.steadyState !== undefined)
    .map((engine) => ({ engine, options: context.engines.optionsFor(engine, problem) }))
    .filter(({ engine, options }) => {
      const theirs = engine.traitsFor(options);
      return theirs.wraps === undefined && theirs.approximation === traits.approximation;
    })
    .filter(({ engine, options }) => supportsSafely(engine, problem, options) === true);
}

/** The largest element-wise difference of two matrices, where, and both values there. */
function largestStateDifference(a: ComplexMatrix, b: ComplexMatrix) {
  let worst = { difference: 0, row: 0, col: 0, ours: [0, 0], theirs: [0, 0] };
  for (let i = 0; i < a.rows; i++) {
    for (let j = 0; j < a.cols; j++) {
      const difference = Math.hypot(a.re(i, j) - b.re(i, j), a.im(i, j) - b.im(i, j));
      if (difference > worst.difference) {
        worst = {
          difference,
          row: i,
          col: j,
          ours: [a.re(i, j), a.im(i, j)],
          theirs: [b.re(i, j), b.im(i, j)],
        };
      }
    }
  }
  return worst;
}

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

/** A value to ten digits, enough to show where two engines part. */
const precise = (x: number) => String(Number(x.toPrecision(10)));
const complex = ([re, im]: number[]) =>
  im === 0 ? precise(re) : `${precise(re)}${im < 0 ? "−" : "+"}${precise(Math.abs(im))}i`;

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
    return peersOf(context).length > 0
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
    for (const { engine, options } of peersOf(context)) {
      const theirs = engine.steadyState!(context.problem, options);
      if (!theirs.rho) {
        agree = false;
        findings.push(`${engine.id} finds ${theirs.dimension} independent steady states, this engine one`);
        details.push({ engine: engine.id, dimension: theirs.dimension });
        continue;
      }
      const state = largestStateDifference(rho, theirs.rho);
      largest = Math.max(largest, state.difference);
      const stateAgrees = state.difference <= STATE_TOLERANCE;
      let text =
        `vs ${engine.id}: max |Δρ| = ${formatNumber(state.difference)} at ρ[${state.row}][${state.col}] ` +
        `(${complex(state.ours)} vs ${complex(state.theirs)})`;
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
          text += `; max |ΔJ| = ${formatNumber(currents.difference)} at ${currents.at} (${precise(currents.ours)} vs ${precise(currents.theirs)})`;
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
