import { adjoint, ComplexMatrix, maxAbs, multiply, subtract } from "../../linalg/complex-matrix.js";
import {
  adjointSuperoperator,
  applySuperoperator,
  hamiltonianSuperoperator,
} from "../../linalg/superoperator.js";
import { eigenmodeOperators } from "../../physics/newns/epa-generator.js";
import { epaRates } from "../../physics/newns/epa-rates.js";
import { newnsModelOfProblem } from "../../physics/newns/newns-model.js";
import { compareWithBound, notApplicable } from "../../plugins/outcome.js";
import { defineProperty } from "../../plugins/property.js";

/** Round-off tolerance relative to the largest entry of the generator (L_int is obtained by subtraction). */
const RELATIVE_TOLERANCE = 1e-12;

/**
 * The interference term of the asymptotic EPA generator, L_int = L + i[H_S, ·] − L_L − L_R (eq. 56), obeys
 * eq. (68) of 004_3bda4ae6cebee785.txt: L_int†(d_j† d_j) = 0 (it leaves the populations alone) and
 * L_int†(d_1† d_2) = Λ⁺₁₂ (times the identity), Λ⁺ of eq. (55). The value is the largest deviation.
 */
export default defineProperty({
  id: "epa-interference-invariants",
  title: "EPA interference term: populations untouched, L_int†(d1†d2) = Λ⁺12",
  source: "004_3bda4ae6cebee785.txt eqs. (55), (56), (65), (68)",
  scope: "case",
  requires: { approximations: ["asymptotic"], capabilities: ["generator"] },
  check(context) {
    const generator = context.denseGenerator();
    const model = newnsModelOfProblem(context.problem);
    if (!generator || typeof model === "string") return notApplicable("no EPA generator for this problem");
    let interference = subtract(
      generator.liouvillian,
      hamiltonianSuperoperator(context.problem.hamiltonian.dense()),
    );
    for (const dissipator of Object.values(generator.bathDissipators))
      interference = subtract(interference, dissipator);
    const heisenberg = adjointSuperoperator(interference);
    const [d1, d2] = eigenmodeOperators(model);
    const populationChange = Math.max(
      ...[d1, d2].map((d) => maxAbs(applySuperoperator(heisenberg, multiply(adjoint(d), d)))),
    );
    const gain12 = epaRates(model).gain;
    const expected = ComplexMatrix.identity(4);
    for (let i = 0; i < 4; i++) expected.set(i, i, gain12.re(0, 1), gain12.im(0, 1));
    const coherenceMismatch = maxAbs(
      subtract(applySuperoperator(heisenberg, multiply(adjoint(d1), d2)), expected),
    );
    const value = Math.max(populationChange, coherenceMismatch);
    const tolerance = RELATIVE_TOLERANCE * Math.max(1, maxAbs(generator.liouvillian));
    return compareWithBound({
      value,
      bound: 0,
      tolerance,
      holds: value <= tolerance,
      quantity: "max(|L_int†(d_j†d_j)|, |L_int†(d1†d2) − Λ⁺12|)",
      relation: "=",
      details: { populationChange, coherenceMismatch, lambdaPlus12: [gain12.re(0, 1), gain12.im(0, 1)] },
    });
  },
});
