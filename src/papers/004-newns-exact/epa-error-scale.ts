import type { NewnsModel } from "../../physics/newns/newns-model.js";

/**
 * The scale of the EPA's error, (Γ/Ω)·max_j Ω²/(Ω − |E_j|)²: the Appendix E bound on |G_j(t) − e^{−iE_j t − Γ_j t/2}|
 * of 004_3bda4ae6cebee785.txt to leading order in Γ/Ω (its last line, with |E_j| for levels of either sign).
 * The paper bounds G_j only ("we have not been able to derive a bound on the error induced by calculating
 * general expectation values", Sec. IV B); C(t) is quadratic in G, so the figures accept twice this scale.
 */
export function epaErrorScale(model: NewnsModel): number {
  const { Gamma, Omega, energies } = model;
  return (Gamma / Omega) * Math.max(...energies.map((E) => (Omega / (Omega - Math.abs(E))) ** 2));
}

/** How many times the error scale the figures accept on expectation values (C is quadratic in G). */
export const EPA_ERROR_FACTOR = 2;
