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

/**
 * The model of a problem, read from its structure (not from its parameter names), or the reason the
 * problem is not paper 004's: two fermionic modes with a number-conserving quadratic
 * H_S = Σ_ij h_ij c_i†c_j + const with real hopping, and two fermionic leads with the Newns spectral
 * density of one Γ and Ω, the first coupled through c0, the second through c1.
 */
export function newnsModelOfProblem(problem: Problem): NewnsModel | string {
  const what =
    "the exact solution (paper 004) holds for two fermionic modes between two uniform tight-binding (Newns) leads";
  if (problem.sites.length !== 2 || problem.sites.some((site) => site.kind !== "fermion")) {
    return `${what}; this system is not two fermionic modes`;
  }
  if (problem.extraDissipators.length > 0) return `${what}, without extra dissipators`;
  const [left, right] = problem.baths;
  if (problem.baths.length !== 2 || problem.baths.some((bath) => bath.statistics !== "fermion")) {
    return `${what}; this system does not have two fermionic leads`;
  }
  const couplings = problem.baths.map((bath) => bath.couplingLabel.trim());
  if (couplings[0] !== "c0" || couplings[1] !== "c1") {
    return `${what}; the leads must couple through c0 and c1 (found ${couplings.join(", ")})`;
  }
  const [sl, sr] = [left.spectralDensity, right.spectralDensity];
  if (sl.kind !== "newns" || sr.kind !== "newns" || sl.Gamma !== sr.Gamma || sl.Omega !== sr.Omega) {
    return `${what}; both leads need the Newns spectral density (eq. 19) with the same Γ and Ω`;
  }
  const hopping = singleParticleHamiltonian(problem);
  if (typeof hopping === "string") return `${what}; ${hopping}`;
  const [[hL, t], [, hR]] = hopping;
  return newnsModel({
    h: (hL + hR) / 2,
    delta: hL - hR,
    g: -2 * t,
    Gamma: sl.Gamma,
    Omega: sl.Omega,
    TL: left.temperature,
    TR: right.temperature,
    muL: left.chemicalPotential,
    muR: right.chemicalPotential,
  });
}

/**
 * The single-particle matrix h_ij of H_S = Σ h_ij c_i†c_j + E_0 on two modes, or why H_S is not of that
 * form with a real h: h_ij = ⟨0|c_i H c_j†|0⟩ − E_0 δ_ij on the vacuum |0⟩ (both modes empty, basis state
 * 3), checked by rebuilding H from h.
 */
function singleParticleHamiltonian(problem: Problem): [[number, number], [number, number]] | string {
  const h = problem.hamiltonian.dense();
  const vacuum = 3;
  // c0† |0⟩ = |01⟩ (index 1), c1† |0⟩ = σz0 σ+1 |11⟩ = −|10⟩ (index 2): c_j† |0⟩ = s_j |e_j⟩
  const single = [1, 2];
  const sign = [1, -1];
  const e0 = h.re(vacuum, vacuum);
  const m = [
    [0, 0],
    [0, 0],
  ];
  for (let i = 0; i < 2; i++) {
    for (let j = 0; j < 2; j++) {
      if (Math.abs(h.im(single[i], single[j])) > 1e-12) return "the hopping between the modes must be real";
      m[i][j] = sign[i] * sign[j] * h.re(single[i], single[j]) - (i === j ? e0 : 0);
    }
  }
  // the doubly occupied state has E_0 + h_00 + h_11, and nothing else may couple
  const expected = [
    [e0 + m[0][0] + m[1][1], 0, 0, 0],
    [0, e0 + m[0][0], sign[0] * sign[1] * m[0][1], 0],
    [0, sign[0] * sign[1] * m[1][0], e0 + m[1][1], 0],
    [0, 0, 0, e0],
  ];
  for (let i = 0; i < 4; i++) {
    for (let j = 0; j < 4; j++) {
      if (Math.hypot(h.re(i, j) - expected[i][j], h.im(i, j)) > 1e-12 * Math.max(1, Math.abs(e0))) {
        return "H_S is not a number-conserving quadratic Hamiltonian of the two modes";
      }
    }
  }
  return [
    [m[0][0], m[0][1]],
    [m[1][0], m[1][1]],
  ];
}
