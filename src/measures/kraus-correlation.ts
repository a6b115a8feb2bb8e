import { checkTimes, type Evolution } from "../dynamics/evolution.js";
import { ComplexMatrix, frobeniusNorm, scale, subtract } from "../linalg/complex-matrix.js";
import { expm, oneNorm } from "../linalg/expm.js";
import { applySuperoperatorInto } from "../linalg/superoperator.js";
import type { Operator } from "../operators/operator.js";
import { denseSuperoperator, type Superoperator } from "../superoperators/superoperator.js";
import { applyKraus, type KrausDecomposition, krausDecomposition } from "./kraus-decomposition.js";
import { correlationOfMap, type TwoTimeCorrelation } from "./regression-correlation.js";

/**
 * Largest Hilbert-space dimension n of the Kraus route: it builds exp(Lτ) and decomposes the n²×n² Choi
 * matrix at every τ (at n = 16 a 256×256 exponential and eigendecomposition, about 0.5 s per τ).
 */
export const KRAUS_ROUTE_DIMENSION_LIMIT = 16;

/** Unit round-off of double precision. */
const UNIT_ROUND_OFF = 2 ** -53;

/**
 * Thrown when exp(Lτ) has no Kraus form with positive weights (its Choi matrix has an eigenvalue below
 * −round-off: the map is not completely positive, as for a Redfield generator). The message gives the
 * most negative eigenvalue and its τ.
 */
export class NotCompletelyPositiveError extends Error {
  override name = "NotCompletelyPositiveError";
}

/**
 * ⟨A(t + τ)B(t)⟩ = Tr[A Σ_μ K_μ(τ) (B ρ(t)) K_μ(τ)†]: paper 000 (000_47becd3a7196453b.txt) eq. (17), with
 * the projectors Π⁺ replaced by any A and B, i.e. the quantum regression theorem with the dynamical map
 * E(τ) = exp(Lτ) in the Kraus form of eq. (4) instead of the generator (regression-correlation.ts).
 */
export function krausRouteCorrelation(
  liouvillian: Superoperator,
  a: Operator,
  b: Operator,
  rho: ComplexMatrix,
  taus: readonly number[],
): TwoTimeCorrelation {
  return correlationOfMap(a, b, rho, (bRho) => krausPropagation(liouvillian, bRho, taus));
}

/**
 * E(τ_k)(X) = Σ_μ K_μ(τ_k) X K_μ(τ_k)† with the Kraus operators of exp(Lτ_k) from its Choi matrix
 * (kraus-decomposition.ts, Choi 1975), one exponential and one decomposition per τ.
 *
 * A Choi eigenvalue counts as negative beyond round-off when it is below −u(n²λ_max + ‖L‖₁τ‖E‖_F): the
 * eigensolver's absolute accuracy (a few ulps of ‖C‖ = λ_max per row) plus the Padé backward error
 * u‖L‖₁τ of exp(Lτ) (Higham 2005), carried to C by the reshuffling, which keeps the Frobenius norm. Then the
 * map is not completely positive and a NotCompletelyPositiveError names the most negative eigenvalue over the
 * grid and its τ. Otherwise the Kraus form keeps the positive eigenvalues only (eq. (4)).
 *
 * Error estimate: the largest ‖Σ_μ K_μ X K_μ† − exp(Lτ)X‖_F over the grid (the decomposition against the
 * exponential it came from, measured) plus the Padé backward error u‖L‖₁τ‖X‖_F of the exponential.
 */
export function krausPropagation(
  liouvillian: Superoperator,
  x: ComplexMatrix,
  taus: readonly number[],
): Evolution {
  const n = liouvillian.dimension;
  if (n > KRAUS_ROUTE_DIMENSION_LIMIT) {
    throw new RangeError(
      `invalid argument. The Kraus route decomposes the n²×n² Choi matrix up to n = ${KRAUS_ROUTE_DIMENSION_LIMIT}. Value: ${n}.`,
    );
  }
  checkTimes(taus);
  const matrix = denseSuperoperator(liouvillian, "the Kraus route");
  const norm = oneNorm(matrix);
  const xNorm = frobeniusNorm(x);
  const states: ComplexMatrix[] = [];
  const counts: number[] = [];
  let errorEstimate = 0;
  let worst: { tau: number; eigenvalue: number; roundOff: number } | undefined;
  let failing = 0;
  for (const tau of taus) {
    const propagator = expm(scale(matrix, tau));
    const decomposition = krausDecomposition(propagator, n);
    const largest = Math.max(...decomposition.weights);
    const roundOff = UNIT_ROUND_OFF * (n * n * largest + norm * tau * frobeniusNorm(propagator));
    if (decomposition.mostNegativeEigenvalue < -roundOff) {
      failing++;
      if (!worst || decomposition.mostNegativeEigenvalue < worst.eigenvalue) {
        worst = { tau, eigenvalue: decomposition.mostNegativeEigenvalue, roundOff };
      }
      continue;
    }
    const kraus = positivePart(decomposition);
    const state = applyKraus(kraus, x);
    const direct = applySuperoperatorInto(propagator, x, new ComplexMatrix(n, n));
    errorEstimate = Math.max(
      errorEstimate,
      frobeniusNorm(subtract(state, direct)) + norm * UNIT_ROUND_OFF * tau * xNorm,
    );
    counts.push(kraus.operators.length);
    states.push(state);
  }
  if (worst) {
    throw new NotCompletelyPositiveError(
      `exp(Lτ) is not completely positive, so it has no Kraus form: its Choi matrix has the eigenvalue ${worst.eigenvalue.toExponential(2)} at τ = ${Number(worst.tau.toPrecision(6))} (round-off ${worst.roundOff.toExponential(2)}; negative at ${failing} of ${taus.length} τ)`,
    );
  }
  const fewest = Math.min(...counts);
  const most = Math.max(...counts);
  return {
    states,
    method: `Kraus operators of exp(Lτ) from its ${n * n}×${n * n} Choi matrix, ${fewest === most ? fewest : `${fewest}-${most}`} per τ`,
    errorEstimate,
    steps: taus.length,
    warnings: [],
  };
}

/** The Kraus operators of the positive Choi eigenvalues (those below round-off dropped). */
function positivePart(decomposition: KrausDecomposition): KrausDecomposition {
  const keep = decomposition.signs.map((sign) => sign > 0);
  return {
    ...decomposition,
    operators: decomposition.operators.filter((_, mu) => keep[mu]),
    signs: decomposition.signs.filter((_, mu) => keep[mu]),
    weights: decomposition.weights.filter((_, mu) => keep[mu]),
  };
}
