/** The bath and coupling data of the two-spin tilted Ising model of 003_cb0e800cb11a91bb.txt App. B. */
export interface TwoSpinParameters {
  theta: number;
  /** t_L = tanh(β_L h), t_R = tanh(β_R h). */
  tL: number;
  tR: number;
  /** c = (c_L + c_R)/2 and d = (d_L + d_R)/2 of eqs. (B30)-(B31). */
  c: number;
  d: number;
}

/**
 * K of eq. (114) (= (B29)): the share of the bath difference that reaches the spins, 0 ≤ K ≤ 1; K = 0 for
 * θ = π/2 (transverse field, flat profile), K = 1 for θ = 0.
 */
export function twoSpinK({ theta, tL, tR, c, d }: TwoSpinParameters): number {
  const [cos, sin] = [Math.cos(theta), Math.sin(theta)];
  const gradient = c * (tL - tR) ** 2 * cos ** 4;
  return gradient / (gradient + sin * sin * (2 * d * cos * cos + c * sin * sin));
}

/**
 * The zeroth-order t_1, t_2 of the two end spins, eqs. (111)-(112): t_{1,2} = (t_L + t_R)/2 ± (K/2)(t_L − t_R),
 * exact as λ → 0 for c_L = c_R, d_L = d_R (the text before Fig. 4), to second order in t_L − t_R otherwise.
 */
export function twoSpinT(parameters: TwoSpinParameters): [number, number] {
  const { tL, tR } = parameters;
  const K = twoSpinK(parameters);
  return [(tL + tR) / 2 + (K / 2) * (tL - tR), (tL + tR) / 2 - (K / 2) * (tL - tR)];
}

/** The local temperature T = h / atanh(t) of a spin in local equilibrium (Fig. 3). */
export function localTemperature(t: number, h = 1): number {
  return h / Math.atanh(t);
}
