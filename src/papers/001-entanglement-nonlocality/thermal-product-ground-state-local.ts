import { ComplexMatrix, scale, subtract } from "../../linalg/complex-matrix.js";
import { hermitianEigen } from "../../linalg/eigen.js";
import { horodeckiChshMaximum } from "../../measures/chsh.js";
import { concurrence } from "../../measures/concurrence.js";
import { maximiseI3322 } from "../../measures/i3322.js";
import { gibbsState } from "../../physics/gibbs-state.js";
import type { Problem } from "../../physics/problem.js";
import { formatNumber, notApplicable } from "../../plugins/outcome.js";
import { defineProperty } from "../../plugins/property.js";

const TOLERANCE = 1e-9;

/**
 * Why the statement of paper 001 Sec. 4.1 does not apply, or null: two sites at one temperature and
 * chemical potential, a non-degenerate product ground state of H_S − μN, and a Gibbs state of the
 * "X" form eq. (2) (the excitation-conserving structure of eq. (12) the argument relies on).
 */
function inapplicable(problem: Problem): string | null {
  if (problem.sites.length !== 2) return "needs exactly two qubits";
  if (problem.baths.length === 0) return "the system has no bath";
  if (problem.extraDissipators.length > 0) return "non-thermal dissipators (noise) are present";
  const [first] = problem.baths;
  if (
    !problem.baths.every(
      (b) => b.temperature === first.temperature && b.chemicalPotential === first.chemicalPotential,
    )
  ) {
    return "the baths differ in temperature or chemical potential";
  }
  if (!(first.temperature > 0)) return "the common temperature is zero";
  const grand = subtract(
    problem.hamiltonian.dense(),
    scale(problem.numberOperator.dense(), first.chemicalPotential),
  );
  const { values, vectors } = hermitianEigen(grand);
  const gap = values[1] - values[0];
  if (!(gap > 1e-9 * Math.max(1, Math.abs(values[0])))) return "the ground state is degenerate";
  const ground = new ComplexMatrix(4, 4);
  for (let i = 0; i < 4; i++) {
    for (let j = 0; j < 4; j++) {
      // |g⟩⟨g|_ij = v_i conj(v_j)
      const [ar, ai, br, bi] = [vectors.re(i, 0), vectors.im(i, 0), vectors.re(j, 0), -vectors.im(j, 0)];
      ground.set(i, j, ar * br - ai * bi, ar * bi + ai * br);
    }
  }
  if (concurrence(ground) > 1e-9) return "the ground state is entangled (κ > 2√(ε1ε2) in paper 001)";
  const gibbs = gibbsState(
    problem.hamiltonian.dense(),
    first.temperature,
    problem.numberOperator.dense(),
    first.chemicalPotential,
  );
  for (let i = 0; i < 4; i++) {
    for (let j = 0; j < 4; j++) {
      if (i !== j && i + j !== 3 && Math.hypot(gibbs.re(i, j), gibbs.im(i, j)) > 1e-12) {
        return "the thermal state is not an X state (eq. (2))";
      }
    }
  }
  return null;
}

/**
 * Thermal two-qubit states whose ground state is a product state never violate the CHSH or the I3322
 * inequality: the entangled excited states cannot outweigh the product ground state in a thermal mixture
 * (001_a04d396bbf339a9e.txt Sec. 4.1, with the Horodecki criterion eq. (9)). Checked on the engine's
 * equilibrium steady state; the value is its maximal CHSH value, the bound the local bound 2.
 */
export default defineProperty({
  id: "thermal-product-ground-state-local",
  title: "Thermal states with a product ground state are Bell local",
  source: "001_a04d396bbf339a9e.txt Sec. 4.1, eqs. (9), (13), (28)",
  appliesTo(context) {
    if (!context.engine.steadyState) return "the engine computes no steady state";
    return inapplicable(context.problem) ?? true;
  },
  check(context) {
    const reason = inapplicable(context.problem);
    if (reason) return notApplicable(reason);
    const rho = context.steadyState()?.rho;
    if (!rho) return notApplicable("no unique steady state (see the warnings)");
    const chsh = horodeckiChshMaximum(rho);
    const i3322 = maximiseI3322(rho, { seed: context.seed }).value;
    const holds = chsh <= 2 + TOLERANCE && i3322 <= 4 + TOLERANCE;
    return {
      status: holds ? "pass" : "fail",
      value: chsh,
      bound: 2,
      tolerance: TOLERANCE,
      message: `CHSH ${formatNumber(chsh)} ${chsh <= 2 + TOLERANCE ? "≤" : ">"} 2 and I3322 ${formatNumber(i3322)} ${i3322 <= 4 + TOLERANCE ? "≤" : ">"} 4`,
      details: holds ? undefined : { steadyState: rho.toJSON() },
    };
  },
});
