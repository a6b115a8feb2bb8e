import type { Problem } from "../problem.js";

/**
 * The two-mode model of paper 004 (004_3bda4ae6cebee785.txt) at one parameter point, with the derived
 * quantities every formula of the exact solution and the EPA uses:
 * H_S = hL nL + hR nR − (g/2)(cL† cR + h.c.), hL,R = h ± δ/2 (eq. 10); the eigenmodes d = R c with
 * R of eq. (16), Δ = √(g² + δ²), E1,2 = h ± Δ/2 (eq. 17); leads with J_N(ω) = Γ/(2π)√(1 − ω²/Ω²) (eq. 19)
 * at (TL, μL) and (TR, μR); shifted energies E'_j and widths Γ_j of eq. (36).
 */
export interface NewnsModel {
  h: number;
  delta: number;
  g: number;
  Gamma: number;
  Omega: number;
  temperatures: readonly [number, number];
  chemicalPotentials: readonly [number, number];
  /** Δ = √(g² + δ²). */
  splitting: number;
  /** R of eq. (16), row-major [[R11, R12], [R21, R22]]: d_j = Σ_α R_jα c_α with α = L, R. */
  rotation: readonly [readonly [number, number], readonly [number, number]];
  /** E_j = h ± Δ/2 (eq. 17). */
  energies: readonly [number, number];
  /** E'_j = (1 − Γ/2Ω)/(1 − Γ/Ω) E_j (eq. 36). */
  shiftedEnergies: readonly [number, number];
  /** Γ_j = √(1 − Γ/Ω − E_j²/Ω²)/(1 − Γ/Ω) Γ (eq. 36). */
  widths: readonly [number, number];
}

/** The numbers of the model; throws a RangeError when the relaxation condition eq. (34) fails. */
export function newnsModel(p: {
  h: number;
  delta: number;
  g: number;
  Gamma: number;
  Omega: number;
  TL: number;
  TR: number;
  muL: number;
  muR: number;
}): NewnsModel {
  const { h, delta, g, Gamma, Omega } = p;
  for (const [name, value] of Object.entries(p)) {
    if (!Number.isFinite(value))
      throw new RangeError(`invalid argument. ${name} must be a finite number. Value: ${value}.`);
  }
  if (!(Gamma > 0 && Omega > 0 && p.TL >= 0 && p.TR >= 0)) {
    throw new RangeError(
      `invalid argument. Gamma and Omega must be positive, TL and TR non-negative. Value: Gamma=${Gamma}, Omega=${Omega}, TL=${p.TL}, TR=${p.TR}.`,
    );
  }
  const splitting = Math.hypot(g, delta);
  const energies: [number, number] = [h + splitting / 2, h - splitting / 2];
  for (const e of energies) {
    // eq. (34): √(E_j² + ΓΩ) < Ω, the levels lie well inside the band
    if (!(Math.sqrt(e * e + Gamma * Omega) < Omega)) {
      throw new RangeError(
        `invalid argument. The relaxation condition √(E_j² + ΓΩ) < Ω (004 eq. 34) fails. Value: E_j=${e}, Gamma=${Gamma}, Omega=${Omega}.`,
      );
    }
  }
  const s = Gamma / Omega;
  const shiftedEnergies: [number, number] = [
    ((1 - s / 2) / (1 - s)) * energies[0],
    ((1 - s / 2) / (1 - s)) * energies[1],
  ];
  const widths: [number, number] = [
    (Math.sqrt(1 - s - (energies[0] / Omega) ** 2) / (1 - s)) * Gamma,
    (Math.sqrt(1 - s - (energies[1] / Omega) ** 2) / (1 - s)) * Gamma,
  ];
  // eq. (16); at g = δ = 0 the modes are the sites
  const plus = splitting === 0 ? 1 : Math.sqrt((splitting + delta) / (2 * splitting));
  const minus = splitting === 0 ? 0 : Math.sqrt((splitting - delta) / (2 * splitting)) * Math.sign(g || 1);
  const rotation = [
    [plus, -minus],
    [minus, plus],
  ] as const;
  return {
    h,
    delta,
    g,
    Gamma,
    Omega,
    temperatures: [p.TL, p.TR],
    chemicalPotentials: [p.muL, p.muR],
    splitting,
    rotation,
    energies,
    shiftedEnergies,
    widths,
  };
}

/** The parameter names of case newns-double-dot (DESIGN.md contract). */
const PARAMETERS = ["h", "delta", "g", "Gamma", "Omega", "TL", "TR", "muL", "muR"] as const;

/** The model of a newns-double-dot problem, or the reason the problem is not one. */
export function newnsModelOfProblem(problem: Problem): NewnsModel | string {
  if (problem.caseId !== "newns-double-dot") {
    return "the exact solution (paper 004) holds only for two fermionic modes between uniform tight-binding leads, case newns-double-dot";
  }
  const values: Record<string, number> = {};
  for (const name of PARAMETERS) {
    const value = problem.parameters[name];
    if (typeof value !== "number") return `parameter ${name} is missing or not a number`;
    values[name] = value;
  }
  return newnsModel(values as Parameters<typeof newnsModel>[0]);
}
