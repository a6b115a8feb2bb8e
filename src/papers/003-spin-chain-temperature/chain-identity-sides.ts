import type { ComplexMatrix } from "../../linalg/complex-matrix.js";
import { parseOperatorString } from "../../operators/operator-string.js";
import type { SiteSpace } from "../../operators/site-space.js";

/** The couplings of eq. (150): H_I(l,l+1) = Σ α_jk σ^j σ^k (eq. (118)), α_+ = α_xx + α_yy, and the bath t's. */
export interface ChainIdentityCouplings {
  alphaZZ: number;
  alphaPlus: number;
  tL: number;
  tR: number;
}

/** Both sides of eq. (150) and the correlations they are made of (sites 0 … N−1, the paper's 1 … N). */
export interface ChainIdentity {
  /** t_l = −⟨σz_l⟩ (Fig. 3). */
  t: number[];
  /** t_N − t_1. */
  lhs: number;
  rhs: number;
  /** ⟨σz_{l−1} ρA_{l,l+1}⟩ of eq. (151) for l = 1 … N−2 (0-based middle sites). */
  leftCorrelations: number[];
  /** ⟨ρA_{l−1,l} σz_{l+1}⟩ of eq. (152). */
  rightCorrelations: number[];
  /** ⟨ρA_{0,1}⟩ and ⟨ρA_{N−2,N−1}⟩, the bath terms. */
  edgeCorrelations: [number, number];
}

function expectation(rho: ComplexMatrix, space: SiteSpace, text: string): number {
  return parseOperatorString(text, space).expectation(rho)[0];
}

/** ⟨ρA_{a,b} X⟩ with ρA_{a,b} = σx_a σx_b + σy_a σy_b (eq. (79)) and X an extra factor string ("" for none). */
function flipFlop(rho: ComplexMatrix, space: SiteSpace, a: number, b: number, extra: string): number {
  return expectation(rho, space, `X${a} X${b} ${extra}`) + expectation(rho, space, `Y${a} Y${b} ${extra}`);
}

/**
 * The chain identity of 003_cb0e800cb11a91bb.txt eq. (150), for a spin chain whose bath coupling has the
 * form of the spin-spin coupling (Sec. IV B):
 *   t_N − t_1 = (α_zz/α_+) { Σ_{l=2}^{N−1} (⟨σz_{l−1} ρA_{l,l+1}⟩ − ⟨ρA_{l−1,l} σz_{l+1}⟩)
 *                            − t_L ⟨ρA_{1,2}⟩ + ⟨ρA_{N−1,N}⟩ t_R },
 * exact for the zeroth-order state (it follows from P0 L1 ρ0 = 0, eq. (46)), and the limit λ → 0 of any
 * weak-coupling steady state (Fig. 6). A temperature difference needs α_zz ≠ 0 and the three-body
 * correlations of eqs. (151)-(152). Operators in the frame of eq. (105) (the field along z).
 */
export function chainIdentitySides(
  rho: ComplexMatrix,
  space: SiteSpace,
  couplings: ChainIdentityCouplings,
): ChainIdentity {
  const N = space.size;
  const t = Array.from({ length: N }, (_, l) => -expectation(rho, space, `Z${l}`));
  const leftCorrelations: number[] = [];
  const rightCorrelations: number[] = [];
  for (let l = 1; l + 1 < N; l++) {
    leftCorrelations.push(flipFlop(rho, space, l, l + 1, `Z${l - 1}`));
    rightCorrelations.push(flipFlop(rho, space, l - 1, l, `Z${l + 1}`));
  }
  const edgeCorrelations: [number, number] = [
    flipFlop(rho, space, 0, 1, ""),
    flipFlop(rho, space, N - 2, N - 1, ""),
  ];
  let sum = 0;
  for (let k = 0; k < leftCorrelations.length; k++) sum += leftCorrelations[k] - rightCorrelations[k];
  sum += -couplings.tL * edgeCorrelations[0] + edgeCorrelations[1] * couplings.tR;
  return {
    t,
    lhs: t[N - 1] - t[0],
    rhs: (couplings.alphaZZ / couplings.alphaPlus) * sum,
    leftCorrelations,
    rightCorrelations,
    edgeCorrelations,
  };
}
